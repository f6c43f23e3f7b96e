/**
 * Scenarios: a word English writes hyphenated or joined ("health-care" and "healthcare", "e-mail" and
 * "email", "front-runner" and "frontrunner"), written hyphenated by the story and joined by the reader,
 * is the same word: the sentence is indexed under the joined word too. Own small stories.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const MUSEUM = parseArticle(
  'museum.txt',
  [
    'Toy museum opens its doors',
    '',
    'A museum of old toys has opened in the former post office in Ludlow.',
    '',
    'Health workers at the council will get a 3% pay rise.',
    '',
    'The health-care workers on the site will get a 5% pay rise.',
    '',
    'Bookings for parties are taken by phone.',
    '',
    'Bookings for school visits are taken by e-mail.',
    '',
  ].join('\n'),
);

const RACE = parseArticle(
  'race.txt',
  [
    'Council leader contest opens',
    '',
    'Three councillors will stand to lead Powys council in the spring.',
    '',
    'The clear front-runners are Alun Price and Mair Jones, a poll of members found.',
    '',
    'Gareth Lloyd, who is standing for the first time, is given little chance.',
    '',
  ].join('\n'),
);

const engine = new Engine([MUSEUM, RACE]);

describe('a word written hyphenated by the story and joined by the reader', () => {
  it('"what pay rise will healthcare workers get?" finds the sentence saying "health-care workers"', () => {
    const answer = engine.ask('what pay rise will healthcare workers get?');
    expect(answer.passages[0]?.text).toMatch(/^The health-care workers on the site/);
    expect(answer.answered).toBe(true);
  });

  it('"which bookings are taken by email?" finds the sentence saying "by e-mail"', () => {
    const answer = engine.ask('which bookings are taken by email?');
    expect(answer.passages[0]?.text).toMatch(/^Bookings for school visits are taken by e-mail/);
  });

  it('"who are the frontrunners?" finds the sentence saying "front-runners"', () => {
    const answer = engine.ask('who are the frontrunners?');
    expect(answer.passages[0]?.text).toMatch(/^The clear front-runners are Alun Price/);
    expect(answer.answered).toBe(true);
  });
});
