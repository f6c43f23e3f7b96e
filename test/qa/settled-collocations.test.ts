/**
 * A first question on a large folder, once the bot's background warm-up is done (`Engine.settle`),
 * still converted each of its words to its verb bases (four of compromise's conversions a word) to find
 * the multi-word lemmas it may start ("passed" of "passed away"). The folder's words are now looked up
 * ahead with the rest: the question finds the same phrases without converting them again.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Nlp from '../../src/nlp/nlp.js';

const converted = vi.hoisted(() => [] as string[]);

vi.mock('../../src/nlp/nlp.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Nlp>();
  return {
    ...actual,
    verbBases: (word: string) => {
      converted.push(word);
      return actual.verbBases(word);
    },
  };
});

const { collocations } = await import('../../src/qa/collocations.js');
const { settleVocabulary } = await import('../../src/qa/settle.js');
const { Engine } = await import('../../src/qa/engine.js');
const { parseArticle } = await import('../../src/knowledge/article.js');

beforeEach(() => {
  converted.length = 0;
});

describe("a folder's words looked up ahead (settle)", () => {
  it('gives a question the phrases its words start without converting them again', async () => {
    const story = parseArticle(
      'mayor.txt',
      'Mayor dies\n\nMayor Tom Reid passed away on Sunday. The council set up a fund in his name.\n',
    );
    await settleVocabulary(new Engine([story]).index);
    converted.length = 0;
    expect(collocations('when did the mayor pass away?').map((c) => c.lemma)).toEqual(['pass_away']);
    expect(collocations('who passed away?').map((c) => c.lemma)).toEqual(['pass_away']);
    expect(collocations('who set up the fund?').map((c) => c.lemma)).toEqual(['set_up']);
    // "passed", "set", "mayor", "fund" are the story's: none is converted again. "pass" and "when" are
    // not in the story, and are.
    expect(converted).not.toContain('passed');
    expect(converted).not.toContain('set');
    expect(converted).not.toContain('mayor');
    expect(converted).toContain('pass');
  });

  it('reads a word typed as a stopword apart from the same word read as a name ("us", "US")', async () => {
    const story = parseArticle('us.txt', 'Talks\n\nThe US said it would not sign, and told us so.\n');
    await settleVocabulary(new Engine([story]).index);
    converted.length = 0;
    // The settled reading of "us" is the stopword's; the acronym's is looked up on first use, as before.
    collocations('what did the US say?');
    expect(converted).toContain('us');
    converted.length = 0;
    collocations('what did the US say?');
    expect(converted).not.toContain('us');
  });
});
