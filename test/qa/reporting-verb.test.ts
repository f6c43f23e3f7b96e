import { describe, expect, it } from 'vitest';
import { isReportingVerb } from '../../src/qa/reporting-verb.js';
import { verbFrames } from '../../src/qa/wordnet.js';

describe("verbFrames: WordNet's sentence frames of a verb's senses", () => {
  it('"say" in its first sense is a verb of communication (32) with frame 26, "Somebody ----s that CLAUSE"', () => {
    const [first] = verbFrames('say');
    expect(first?.lexFile).toBe(32);
    expect(first?.frames).toContain(26);
  });

  it('a frame given to one word of a synset only is that word\'s ("tell" has 26 where its synset-mates may not)', () => {
    expect(verbFrames('tell').some((s) => s.frames.includes(26))).toBe(true);
  });

  it('none for a word WordNet has no verb for', () => {
    expect(verbFrames('xyzzy')).toEqual([]);
  });
});

describe('isReportingVerb: a verb of communication that takes a that-clause', () => {
  it.each(['said', 'says', 'told', 'added', 'explained', 'confirmed', 'testified', 'wrote'])('%s', (word) => {
    expect(isReportingVerb(word)).toBe(true);
  });

  it.each(['died', 'found', 'believed', 'swam', 'phoned', 'the'])('not %s', (word) => {
    expect(isReportingVerb(word)).toBe(false);
  });
});
