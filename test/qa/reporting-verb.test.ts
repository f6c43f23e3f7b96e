import { describe, expect, it } from 'vitest';
import { isReportingVerb } from '../../src/qa/reporting-verb.js';
import { verbFrames } from '../../src/qa/wordnet.js';

describe("verbFrames: WordNet's sentence frames of a verb's senses", () => {
  it('"say" in its first sense is a verb of communication (32) with frame 26, "Somebody ----s that CLAUSE"', () => {
    const [first] = verbFrames('say');
    expect(first?.lexFile).toBe(32);
    expect(first?.frames).toContain(26);
  });

  it('a frame given to one word of a synset only is that word\'s: "comment" has 26, "remark" beside it not', () => {
    // WordNet's synset 01060446 "comment, notice, remark, point out" gives frame 26 to "comment" (w_num 01).
    const sense = (word: string) => verbFrames(word).find((s) => s.offset === 1060446);
    expect(sense('comment')?.frames).toContain(26);
    expect(sense('remark')?.frames).toBeDefined();
    expect(sense('remark')?.frames).not.toContain(26);
  });

  it('none for a word WordNet has no verb for', () => {
    expect(verbFrames('xyzzy')).toEqual([]);
  });
});

describe('isReportingVerb: a verb of communication that takes a that-clause in one of its commonest senses', () => {
  it.each(['said', 'says', 'told', 'added', 'explained', 'confirmed', 'testified', 'wrote'])('%s', (word) => {
    expect(isReportingVerb(word)).toBe(true);
  });

  // A report only in a rarer sense: "return" as "reply", "call" as "declare", "show" as "say".
  it.each([
    'died',
    'found',
    'believed',
    'swam',
    'phoned',
    'the',
    'returned',
    'called',
    'signed',
    'showed',
    'proved',
    'learned',
  ])('not %s', (word) => {
    expect(isReportingVerb(word)).toBe(false);
  });
});
