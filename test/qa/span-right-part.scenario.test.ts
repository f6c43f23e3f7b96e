/**
 * Scenarios: the right passage with the wrong part of it in bold (session 54). A question ending on "in"
 * or "on" asks that preposition's object after the passage's verb, not a count beside it; "which
 * gallery…" asks a name headed by "gallery", not the town after "in"; "when did the ferries stop?" asks
 * the date after "until", not the one the building went up; "what happened in 1987?" is never answered
 * by a quotation's frame ('" he said'); "how long has the surgery been going?" is no distance. Own stories.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const engine = story(
  'mill-museum.txt',
  'Old flax mill to reopen as a museum',
  'A flax mill in Dunholme that has stood on the river for 160 years is to reopen as a museum next spring.',
  'The tools, 412 in all, were stored inside a sealed oak chest in the loft.',
  'Mrs Okafor, whose family has owned the mill since 1950, said she would spend her grant on repairing the old water wheel.',
  'The Riverside Gallery in Dunholme has said it wants to show the collection.',
  'The mill was built in 1862 to serve the river ferries, which ran until 1931.',
  '"My grandfather rebuilt the wheel by hand during a flood in 1987," he said.',
);

const surgery = story(
  'surgery.txt',
  'Village surgery to shut after 60 years',
  "A doctors' surgery that has served the village of Ashby Parva for 60 years will close in the spring.",
  'The two partners are retiring and no new doctor could be found, the health board said.',
  'Patients will be moved to the Mill Lane Surgery in Lutterworth, seven miles away, from 1 June.',
);

const short = (question: string) => engine.ask(question).answer?.text;

describe('the right part of the right passage', () => {
  it('"what were the tools in?": the object of "inside" after the passage\'s verb, not the count', () => {
    expect(short('what were the tools in')).toMatch(/^a sealed oak chest/u);
  });

  it('"what is she going to spend hers on?": what follows "spend … on", not "grant"', () => {
    expect(short('what is she going to spend her grant on')).toBe('repairing the old water wheel');
  });

  it('"which gallery wants to show the collection?": the gallery\'s name, not the town it is in', () => {
    expect(short('which gallery wants to show the collection')).toBe('Riverside Gallery');
  });

  it('"when did the ferries stop?": the date after "until", the end asked; "start" keeps the other', () => {
    expect(short('when did the ferries stop')).toBe('1931');
    expect(short('when did the ferries start')).toBe('1862');
  });

  it('"what happened in 1987?": the event, never the quotation\'s frame', () => {
    const answer = short('what happened in 1987');
    expect(answer).not.toMatch(/^\W*he said/u);
    expect(answer ?? '').toMatch(/rebuilt the wheel/u);
  });

  it('"how long has the surgery been going?": no distance is a length of time', () => {
    expect(surgery.ask('how long has the surgery been going').answer?.text).not.toBe('seven miles');
  });
});

describe('a passage that says the asked verb dates it itself', () => {
  const bench = story(
    'bench.txt',
    'Bench unveiled in memory of soldier',
    'A bench has been unveiled on the village green in memory of a soldier from Ashby.',
    'Sergeant Tom Bradley, who served with the Royal Anglian Regiment from 1998 to 2004, was killed in Helmand in 2009.',
    'The Harrow Museum, which has been closed since March, first opened in 1904 in a former bank.',
  );

  it('"when was Tom Bradley killed?" → 2009, not the end of his service', () => {
    expect(bench.ask('When was Tom Bradley killed?').answer?.text).toBe('2009');
  });

  it('"when did the museum open?" → 1904, not the start of its closure', () => {
    expect(bench.ask('When did the museum open?').answer?.text).toBe('1904');
  });
});
