/**
 * A story about a building, not a person: its "he" is the scheme's director every time it is used, so a
 * reader's first "how old is he?" asks his age, and the reply says whom "he" was read as. In a story
 * whose "he" stands for two men in turn, the bot does not pick one.
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const story = storyFolders(new URL('../fixtures/story-pronoun/', import.meta.url));
const ask = async (name: string, question: string) =>
  (await story(name)).ask(question, { conversation: true });

describe('a reader\'s first "he" in a story whose every "he" is one man', () => {
  it('"how old is he" → 41, read as Tom Reyes', async () => {
    const answer = await ask('chapel', 'how old is he');
    expect(answer.answer?.text).toBe('41');
    expect(answer.readAs?.people).toEqual(['Tom Reyes']);
  });

  it('"what did he used to do for a living" → his former job', async () => {
    const answer = await ask('chapel', 'what did he used to do for a living');
    expect(answer.answer?.text).toBe('former session drummer');
  });

  it('"what is he doing with the profits" → not "Mr Reyes", whom "he" was read as', async () => {
    const answer = await ask('chapel', 'what is he doing with the profits');
    expect(answer.passages[0]?.text).toMatch(/new organ/);
    expect(answer.answer?.text ?? '').not.toMatch(/Reyes/);
  });

  it('two men each called "he" in turn: "how old is he" is read as neither', async () => {
    const answer = await ask('two-men', 'how old is he');
    expect(answer.readAs).toBeUndefined();
    expect(answer.answer?.text).not.toBe('41');
  });
});

describe('a yes/no question asks whether the event happened', () => {
  it('"did he grow up in the town" keeps its "he" unread: the passage need not name him', async () => {
    const answer = await ask('chapel', 'did he grow up in the town');
    expect(answer.readAs).toBeUndefined();
  });
});
