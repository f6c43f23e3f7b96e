/**
 * Scenarios: why-questions in a reader's words, on stories written for them, where news gives what came
 * first without a cause ("appointed after leaving Barnsley"), writes a cause with an age inside it ("after 15-year-old Amy Hart
 * went missing") or ascribes a thing to its cause ("put her long life down to porridge").
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { reasonStarts } from '../../src/qa/reason-cues.js';

const story = (file: string, lines: string[]) => parseArticle(file, lines.join('\n\n'));

const coach = story('coach.txt', [
  'Hartley named new Dunmore manager',
  'Dunmore City have appointed Rob Hartley as their new manager.',
  'Hartley, 48, was appointed after leaving Barnsley in the summer.',
  'He signs a three-year deal and takes charge on Saturday.',
]);

const search = story('search.txt', [
  'Search for missing girl',
  'Police launched a search of Hollin Woods on Sunday after 15-year-old Amy Hart went missing.',
  'Amy was last seen leaving her home in Carr Lane on Saturday evening.',
  'Officers asked anyone with information to call 101.',
]);

const birthday = story('birthday.txt', [
  'Great-grandmother turns 105',
  'Edna Pike from Selby celebrated her 105th birthday on Friday with a party at her care home.',
  'She put her long life down to porridge and a daily walk.',
  'Mrs Pike has four children and nine grandchildren.',
]);

const burglary = story('burglary.txt', [
  'Burglaries rise in Kent',
  'Burglaries in Kent rose by 12% last year, police figures show.',
  'Chief Constable Alan Ward put the rise down to a shortage of officers on patrol.',
  'The force has promised to recruit 80 new officers.',
]);

describe('why-questions: a sequence, an age and "put … down to"', () => {
  it('"why was he appointed?" of "appointed after leaving Barnsley": a step told in order, no cause in bold', () => {
    const answer = new Engine([coach]).ask('why was he appointed?');
    expect(answer.answer?.text ?? '').not.toMatch(/Barnsley/);
  });

  it('"why were police searching the woods?" → the girl went missing, "15-year-old" no time', () => {
    const answer = new Engine([search]).ask('why were police searching the woods?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('15-year-old Amy Hart went missing');
  });

  it('"why has she lived so long?" → what she put it down to', () => {
    const answer = new Engine([birthday]).ask('why has she lived so long?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('porridge and a daily walk');
  });

  it('"what caused the rise?" → the sentence that puts the rise down to something, first, with its cause', () => {
    const engine = new Engine([burglary]);
    const caused = engine.ask('what caused the rise?');
    expect(caused.passages[0]?.text).toContain('put the rise down to');
    expect(caused.answer?.text).toBe('a shortage of officers on patrol');
    expect(engine.ask('why has there been a rise?').answer?.text).toBe('a shortage of officers on patrol');
  });

  it('in one folder of all four, each answer stays in its own story', () => {
    const folder = new Engine([coach, search, birthday, burglary]);
    expect(folder.ask('why were police searching hollin woods?').answer?.text).toBe(
      '15-year-old Amy Hart went missing',
    );
    expect(folder.ask('why has edna pike lived so long?').answer?.text).toBe('porridge and a daily walk');
    expect(folder.ask('why was hartley appointed?').answer?.text ?? '').not.toMatch(/Barnsley/);
  });

  it('what stays a cause: an act on something, a journey with its preposition, a thing said of a thing, a failing', () => {
    const after = (s: string) => reasonStarts(s).map((i) => s.slice(i));
    expect(after('He was sacked after losing to Leeds on Saturday.')).toEqual([
      'losing to Leeds on Saturday.',
    ]);
    expect(after('He was arrested after travelling to Syria in 2015.')).toEqual([
      'travelling to Syria in 2015.',
    ]);
    expect(after('The LSE rejected the offer, saying it undervalued the business.')).toEqual([
      'it undervalued the business.',
    ]);
    expect(after('The judge jailed Smith, saying he was a danger to the public.')).toEqual([
      'he was a danger to the public.',
    ]);
    // Session 33's review: verbs of motion or social life that are causes, and names in -ing.
    expect(after('Cole was jailed for life after murdering Sarah Mills.')).toEqual([
      'murdering Sarah Mills.',
    ]);
    expect(after('He was arrested after entering Britain illegally.')).toEqual([
      'entering Britain illegally.',
    ]);
    expect(after('They left after fleeing the Taliban.')).toEqual(['fleeing the Taliban.']);
    expect(after('The line closed after Flying Scotsman broke down.')).toEqual([
      'Flying Scotsman broke down.',
    ]);
    // A judgement said of a person is the reason for a deed on them.
    expect(after('Mrs Doyle sacked her, saying she was a liar who could not be trusted.')).toEqual([
      'she was a liar who could not be trusted.',
    ]);
    // A unit of time in a hyphened word that is no age stays a time.
    expect(after('He was convicted after a two-week trial at Bristol Crown Court.')).toEqual([]);
    // "put … down to" in the passive.
    expect(reasonStarts('The rise was put down to a fall in officer numbers.').length).toBe(1);
    expect(after('The shop closed after 15 years.')).toEqual([]);
  });
});
