/**
 * The part of a negative contraction before its "'t" is an auxiliary: "won" of "won't" is "will", not the
 * past of "win", and "didn" of "didn't" is no word a question asks. A story's "repairs won't start" is
 * no match for "what year did she win", and the index reads it as the tokenizer does.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/qa/text.js';
import { storyFolders } from '../support/story-folders.js';

const story = storyFolders(new URL('../fixtures/negative-contraction/', import.meta.url));

describe('a negative contraction is a function word', () => {
  it('tokenize marks "won" of "won\'t" and "didn" of "didn\'t" as function words, not "won" alone', () => {
    const stops = tokenize("Repairs won't start, he didn't say; Kelby won the cup").map((t) => [
      t.word,
      t.stop,
    ]);
    expect(stops).toContainEqual(['won', true]);
    expect(stops).toContainEqual(['didn', true]);
    expect(stops.at(-3)).toEqual(['won', false]);
  });

  it('"what year did she win" is not answered with her "We won\'t forget this…", which says no year', async () => {
    expect((await (await story('pool')).ask('what year did she win')).answered).toBe(false);
  });
});
