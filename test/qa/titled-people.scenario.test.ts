/**
 * Scenarios: a person asked by title and surname ("how old is Mr Hollowell?") of a story that names
 * them in full once ("Dennis Hollowell, 71, from Chittlehampton, …") and then by title and surname in
 * many shorter sentences (session 35, `titled-surname.ts`). Stories written for these tests
 * (test/fixtures/titled-people, one story a folder).
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const storyOf = storyFolders(new URL('../fixtures/titled-people/', import.meta.url));

const reply = async (story: string, question: string) => (await storyOf(story)).ask(question);

describe('a title and a surname stand for the full name the story gave', () => {
  it('"how old is Mr Hollowell": 71, from the sentence naming Dennis Hollowell', async () => {
    const answer = await reply('village-hall', 'how old is Mr Hollowell?');
    expect(answer.answer?.text).toBe('71');
    expect(answer.passages[0]?.text).toMatch(/^Dennis Hollowell, 71/);
    // A title of the other sex lends no name: "Mrs Hollowell" is not Dennis.
    expect((await reply('village-hall', 'how old is Mrs Hollowell?')).answer?.text).not.toBe('71');
  });

  it('typed in lower case, and asked where he is from', async () => {
    expect((await reply('village-hall', 'how old is mr hollowell')).answer?.text).toBe('71');
    expect((await reply('village-hall', 'where is Mr Hollowell from?')).answer?.text).toBe('Chittlehampton');
  });
});
