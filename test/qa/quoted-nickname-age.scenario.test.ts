/**
 * Scenarios: a nickname in quotes inside a full name ('Dennis "Denny" Haworth, 68,') is one of that
 * person's names, so the age apposed to the name answers "how old is denny?"; and a time between two
 * events ("41 days later") is no one's age (session 44, a held-out story answered "how old is peggy?"
 * with "112" of "112 days later"). On a story written for these tests (test/fixtures/age-owners).
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const storyOf = storyFolders(new URL('../fixtures/age-owners/', import.meta.url));

const ask = async (question: string) => (await storyOf('canal-row')).ask(question);

describe('an age asked by the nickname a full name carries in quotes', () => {
  it.each(['how old is denny', 'How old is Denny?', 'how old is Denny Haworth?', 'how old is dennis'])(
    '"%s" → 68, not the 41 of "41 days later"',
    async (question) => {
      const answer = await ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer?.text).toBe('68');
    },
  );
});
