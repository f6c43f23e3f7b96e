/**
 * Scenarios: a story about a body whose name the tagger takes for no name ("Kettle Lane Larder, the
 * volunteer-run food bank…"), and a person named in full once and then by title and surname, asked
 * about by first name (session 46, `described-body.ts`'s `untaggedBody`, `titled-surname.ts`). The
 * story is written for these tests (test/fixtures/untagged-body, one story a folder).
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';
import { chat, story } from '../support/chat.js';

const storyOf = storyFolders(new URL('../fixtures/untagged-body/', import.meta.url));

describe('a first "they" is the body the lead names and describes, though the tagger missed its name', () => {
  it('"where are they?" first thing: the food bank, and the reply says so', async () => {
    const said = chat(await storyOf('larder'))('where are they?');
    expect(said).toContain('(read "they" as Kettle Lane Larder)');
    expect(said).toContain('Methodist hall');
  });
});

describe('a first name alone asks about the person the story then calls by title and surname', () => {
  it('"what does imogen run?": the sentence saying what Mrs Castellan runs', async () => {
    const answer = (await storyOf('larder')).ask('what does imogen run?');
    expect(answer.passages[0]?.text).toContain('said Mrs Castellan, now 68 and still running');
    expect(answer.answer?.text).toBe('Tuesday breakfast club');
  });

  it('"what does imogen do on tuesdays": the same sentence first', async () => {
    const answer = (await storyOf('larder')).ask('what does imogen do on tuesdays');
    expect(answer.passages[0]?.text).toContain('Mrs Castellan');
  });
});

describe('no surname lent where it may be someone else', () => {
  it('"Mr Trask" of an uncle and a niece who share the surname is not the niece asked by first name', () => {
    const ferry = story(
      'ferry.txt',
      'Island ferry gets a new skipper',
      'Retired fisherman Gideon Trask has handed the island ferry to his niece, marine engineer Rowena Trask.',
      'Mr Trask, 74, ran the crossing for thirty years and never missed a winter sailing.',
    );
    const answer = ferry.ask('what does rowena do?');
    expect(answer.answer?.text).toBe('marine engineer');
    expect(answer.passages.map((p) => p.text).join('\n')).not.toContain('Mr Trask');
  });
});
