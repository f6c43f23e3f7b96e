/**
 * A headline says its news in the passive without "be": "Bronze statue found in canal returned to
 * village green" is "a bronze statue was found". Asked "who found the statue?", the word before the
 * asked thing's noun ("Bronze") qualifies what was found, and the headline names no finder: no name
 * is given from it. An active headline or body sentence still names who did it.
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const story = storyFolders(new URL('../fixtures/headline-passive/', import.meta.url));
const ask = async (name: string, question: string) => (await story(name)).ask(question);

describe('a headline passive names no doer', () => {
  it('"who found the statue?" is not answered "Bronze" from "Bronze statue found in canal…"', async () => {
    const answer = await ask('statue', 'who found the statue?');
    expect(answer.answer?.text ?? '').not.toMatch(/Bronze/);
    // With no one named as the finder, the reply is not sure of itself.
    expect(answer.confidence).toBeLessThan(0.6);
  });

  it('"who found the statue" said in the active still names the diver', async () => {
    const answer = await ask('diver', 'who found the statue');
    expect(answer.answer?.text).toMatch(/Carl Benton/);
  });
});
