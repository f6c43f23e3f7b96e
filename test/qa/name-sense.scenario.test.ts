/**
 * A question's common word is read in its common senses: "son" is a male child, not "Son" ("Word",
 * "Logos"), a name WordNet gives Christ. A story that never mentions a son does not answer "whats his
 * sons name" with a sentence that says "word".
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const story = storyFolders(new URL('../fixtures/name-sense/', import.meta.url));

describe("a common word is not read in a name's sense", () => {
  it(`"whats his sons name" of a story with no son is not answered from "I'll say a word"`, async () => {
    const answer = await (await story('stall')).ask('whats his sons name');
    expect(answer.answered).toBe(false);
  });
});
