/**
 * Scenarios: a word English writes hyphenated or joined ("lock-down" and "lockdown", "e-mail" and
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
    'The cafe will end its trial opening hours in June.',
    '',
    'Building work began in May, after the lock-down ended.',
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
  it('"when did the lockdown end?" finds the sentence saying "the lock-down ended"', () => {
    const answer = engine.ask('when did the lockdown end?');
    expect(answer.passages[0]?.text).toMatch(/after the lock-down ended/);
    expect(answer.answered).toBe(true);
  });

  it('"who are the frontrunners?" finds the sentence saying "front-runners"', () => {
    const answer = engine.ask('who are the frontrunners?');
    expect(answer.passages[0]?.text).toMatch(/^The clear front-runners are Alun Price/);
    expect(answer.answered).toBe(true);
  });
});
