/**
 * A story that opens on a thing ("A watermill … is to grind flour again") and names the woman who led
 * it only from its third paragraph on, again and again: she is the only person a reader's "she" can
 * mean. Her quotation after "The restoration was led by retired engineer Joan Whitlock, 72, who…" is
 * hers (a passive's agent is its doer), and "what did Mrs Whitlock say?" asks her by surname.
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const story = storyFolders(new URL('../fixtures/only-one-fits/', import.meta.url));
const ask = async (question: string) => (await story('mill')).ask(question, { conversation: true });

describe('the only person a pronoun fits, named after the lead', () => {
  it('"how old is she" → 72, read as Joan Whitlock', async () => {
    const answer = await ask('how old is she');
    expect(answer.answer?.text).toBe('72');
    expect(answer.readAs?.people).toEqual(['Joan Whitlock']);
  });

  it('"where did she work" → Scotland', async () => {
    expect((await ask('where did she work')).answer?.text).toBe('Scotland');
  });

  it('"what did she say about the wheel" → her quotation about the wheel first', async () => {
    expect((await ask('what did she say about the wheel')).passages[0]?.text).toMatch(
      /^"The wheel is the heart/,
    );
  });

  it('"what did joan whitlock say about the wheel" → the quotation after the passive naming her', async () => {
    const answer = await ask('what did joan whitlock say about the wheel');
    expect(answer.passages[0]?.text).toMatch(/^"The wheel is the heart/);
  });

  it('"what did mrs whitlock say about the wheel" → the quotation a passive\'s agent spoke', async () => {
    const answer = await ask('what did mrs whitlock say about the wheel');
    expect(answer.passages[0]?.text).toMatch(/^"The wheel is the heart/);
  });

  it('"by the grandson of Tom Hale" is the grandson\'s deed: his quotation is not Tom Hale\'s', async () => {
    const answer = await (await story('grandson')).ask('What did Tom Hale say?', { conversation: true });
    expect(answer.passages[0]?.text ?? '').not.toMatch(/^"It means the world/);
  });
});
