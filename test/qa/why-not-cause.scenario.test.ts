/**
 * Scenarios: where "after", "following" or "blame" gives no cause, a why-question gets no short answer
 * from it (review32a's findings, on a story written for this test): an "After …," opening a sentence sets
 * its time; "looked after" is a phrasal verb; "were following" is the verb; a blame denied names no
 * cause; and a clause that holds the question's own words says what was asked, not why.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { givesReason, reasonStarts } from '../../src/qa/reason-cues.js';

const court = new Engine([
  parseArticle(
    'court.txt',
    [
      'Man jailed for attack on pensioner',
      'A man who attacked a pensioner in a row over a parking space has been jailed for two years.',
      'Police were following a stolen car when they saw the attack in Hexham.',
      'After the hearing, the victim’s daughter said the family were relieved.',
      'She said her father had looked after his neighbours for forty years.',
      'Police said they did not blame the council for the lack of cameras in the street.',
      'Northern Party leader Sarah Lyle resigned after the party lost 12 of its 20 seats in the election.',
    ].join('\n\n'),
  ),
]);

const short = (question: string) => court.ask(question).answer?.text ?? null;

describe('no cause where "after", "following" or "blame" gives none', () => {
  it('reads no cause in a time, a phrasal verb, a verb in -ing or a denied blame', () => {
    expect(reasonStarts('After the hearing, the family said they were relieved.')).toEqual([]);
    expect(reasonStarts('She had looked after his neighbours for years.')).toEqual([]);
    expect(reasonStarts('Police were following a stolen car when they saw it.')).toEqual([]);
    expect(givesReason('Police said they did not blame the council for it.')).toBe(false);
    expect(givesReason('Nobody was to blame for the crash.')).toBe(false);
    expect(givesReason('Residents blamed the council for the delays.')).toBe(true);
  });

  it('reads a count or a score after "after" as a cause, a year or a clock time as a time', () => {
    expect(reasonStarts('Price was sacked after a 5-0 defeat.')).toHaveLength(1);
    expect(reasonStarts('The road was closed after 3 people were injured.')).toHaveLength(1);
    expect(reasonStarts('The shop closed after 9pm.')).toEqual([]);
    expect(reasonStarts('It reopened after 2019.')).toEqual([]);
    expect(givesReason('They did not blame the club, because the fans were to blame.')).toBe(true);
  });

  it('answers a why-question with no cause taken from those', () => {
    expect(short('why were the family relieved?')).not.toBe('the hearing');
    expect(short('why were police following the car?')).toBeNull();
    expect(short('why did she look after her neighbours')).not.toBe('his neighbours for forty years');
  });

  it('gives no clause that repeats the question as its reason', () => {
    expect(short('why did the party lose seats?')).toBeNull();
  });
});
