/**
 * A question a chosen story does not answer (the console's `/article ID`, `/ask article:`, the CLI's
 * `--article`) is searched in that story and then once over the folder, to name the stories that may
 * answer it. The folder's reading of the question is made once: kept to the picked story, the question
 * was read over the folder already, and its folder-wide search starts from that reading. Counted here by
 * watching the question's reading and the retrieval, as the engine calls them.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Question from '../../src/qa/question.js';
import type * as Retrieval from '../../src/qa/retrieval.js';

const seen = vi.hoisted(() => ({ parsed: 0, searched: [] as number[] }));

vi.mock('../../src/qa/question.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Question>();
  return {
    ...actual,
    parseQuestion: (...args: Parameters<typeof actual.parseQuestion>) => {
      seen.parsed++;
      return actual.parseQuestion(...args);
    },
  };
});

vi.mock('../../src/qa/retrieval.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Retrieval>();
  return {
    ...actual,
    // The number of sentences of the index searched: the story's alone, or the folder's.
    retrieve: (...args: Parameters<typeof actual.retrieve>) => {
      seen.searched.push(args[0].docs.length);
      return actual.retrieve(...args);
    },
  };
});

const { loadEngine } = await import('../../src/qa/load-engine.js');
const { engine } = await loadEngine(new URL('../fixtures/articles', import.meta.url).pathname);
const FOLDER = engine.index.docs.length;
const BRIDGE = 'plain.txt';

beforeEach(() => {
  seen.parsed = 0;
  seen.searched = [];
});

describe("a chosen story's miss: its story searched, then the folder once", () => {
  it("console pin: read over the folder once (and by the story's own engine), the folder searched once", () => {
    const answer = engine.ask('when is the next one?', { context: BRIDGE, stay: true, conversation: true });
    expect(answer.answered).toBe(false);
    expect(answer.answeredIn?.length).toBeGreaterThan(0);
    // Before: read a third time over the folder for its folder-wide search.
    expect(seen.parsed).toBe(2);
    expect(seen.searched.filter((n) => n === FOLDER)).toHaveLength(1);
  });

  it('"they" read as two people of the chosen story: the question as written is not searched over the folder again', () => {
    const answer = engine.ask('when will they erupt again?', {
      article: BRIDGE,
      lastPeople: ['Anna Lindqvist', "Harbour Residents' Association"],
    });
    expect(answer.answered).toBe(false);
    expect(answer.readAs?.people).toHaveLength(2);
    // The story searched with "they" read, then as written; the folder once, for the stories to name.
    expect(seen.searched.filter((n) => n === FOLDER)).toHaveLength(1);
    expect(seen.searched.filter((n) => n < FOLDER)).toHaveLength(2);
  });
});
