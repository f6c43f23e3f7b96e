/**
 * "Who found him?" when the story says it in the passive with a kind of person after "by", no name: "was
 * discovered by a dog walker", "was spotted … by two surfers", "found on the rocks at Porthselau by a
 * beachcomber" (past phrases of where). That phrase is who did it, and its sentence goes first; the
 * passive's subject ("Dennis Ackroyd, 81, was discovered") is what it was done to, and a passive with
 * no "by" names no doer ("A pensioner … on Ilkley Moor has been found"). Each story asked alone.
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const story = storyFolders(new URL('../fixtures/who-role-agents/', import.meta.url));
const ask = async (name: string, question: string) => (await story(name)).ask(question);

describe('who did it, said of a kind of person after "by"', () => {
  it('"who found dennis ackroyd?" → the dog walker, not Mr Ackroyd', async () => {
    const answer = await ask('walker', 'who found dennis ackroyd?');
    expect(answer.answer?.text).toMatch(/dog walker/);
    expect(answer.passages[0]?.text).toMatch(/discovered by a dog walker/);
  });

  it('a passive with no "by" names no doer: "who found the pensioner?" is not "Ilkley Moor"', async () => {
    expect((await ask('walker', 'who found the pensioner?')).answer?.text ?? '').not.toMatch(/Ilkley/);
  });

  it('"who discovered mr ackroyd" → the dog walker, not Mr Ackroyd', async () => {
    expect((await ask('walker', 'who discovered mr ackroyd')).answer?.text).toMatch(/dog walker/);
  });

  it('"who found his paddle" → the beachcomber, past "on the rocks at Porthselau"', async () => {
    const answer = await ask('lifeboat', 'who found his paddle');
    expect(answer.answer?.text).toMatch(/beachcomber/);
    expect(answer.answer?.text ?? '').not.toMatch(/Porthselau/);
  });

  it('"who reported the damage?" → the shopkeeper, not the police it was reported to', async () => {
    expect((await ask('mural', 'who reported the damage?')).answer?.text).toMatch(/shopkeeper/);
  });

  it('a name after "by" still answers as before: "who painted the mural?" → Gwen Pritchard', async () => {
    expect((await ask('mural', 'who painted the mural?')).answer?.text).toMatch(/Gwen Pritchard/);
  });

  it('"who spotted the kayak?" → the two surfers (a count of people after "by"), not St Davids Head', async () => {
    const answer = await ask('lifeboat', 'who spotted the kayak?');
    expect(answer.answer?.text).toMatch(/two surfers/);
  });

  it('"who found the wellington?" → the divers, whose passive is said of "the remains of the Wellington"', async () => {
    const answer = await ask('wreck', 'who found the wellington?');
    expect(answer.answer?.text).toMatch(/divers/);
    expect(answer.passages[0]?.text).toMatch(/located by a team of amateur divers/);
  });

  it('a passive with no "by" names no doer: "who found the wreck?" is not answered with the bomber', async () => {
    const answer = await ask('wreck', 'who found the wreck?');
    expect(answer.answer?.text ?? '').not.toMatch(/bomber|Second World War|lake/i);
  });

  // The review of these readings (review37a): each of these was answered with no name by an earlier
  // version of them.
  it('a "by" that names no doer leaves the sentence\'s name: "who won the seat?" → Ffion Akers', async () => {
    expect((await ask('ward', 'who won the seat?')).answer?.text).toMatch(/Ffion Akers/);
  });

  it('a person right after "at" may be who: "who did the protesters jeer at?" → Rob Ellwood', async () => {
    expect((await ask('ward', 'who did the protesters jeer at?')).answer?.text).toMatch(/Rob Ellwood/);
  });
});
