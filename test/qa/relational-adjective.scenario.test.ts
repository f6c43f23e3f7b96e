/**
 * A capitalised adjective before its noun ("46 Roman brooches") names no one, though the tagger knows
 * such a word as a first name: it is neither who found them nor the "he" of the story.
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const story = storyFolders(new URL('../fixtures/relational-adjective/', import.meta.url));
const ask = async (question: string) => (await story('hoard')).ask(question, { conversation: true });

describe('a relational adjective is no person', () => {
  it('"who found the brooches" is not "Roman"', async () => {
    expect((await ask('who found the brooches')).answer?.text ?? '').not.toMatch(/Roman/);
  });

  it('"he" is not read as "Roman"', async () => {
    expect((await ask('how long has he been detecting')).readAs?.people ?? []).not.toContain('Roman');
  });
});
