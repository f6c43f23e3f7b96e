/**
 * Scenarios: the right kind of answer about the wrong thing. A race report names its main race's
 * winner in the lead and a side race's later; "who won?" asks the main event, which a news story says
 * first (`leadFirst` in asked-first.ts). On 6364121 it was answered with the wheelchair race's
 * winner at high confidence. Own small stories.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const RACE = [
  'Amina Yusuf wins Riverside 10K as 9,000 take part',
  "Amina Yusuf won the women's race at the Riverside 10K on Sunday, as 9,000 runners took to the streets of Harbourtown.",
  'Yusuf, 24, finished in 31 minutes 12 seconds, a course record.',
  "Tom Hale won the men's wheelchair race in 22 minutes, his third win in a row.",
  "The men's race was won by Peter Odhiambo, who outsprinted two rivals on the final straight.",
  'First aid teams treated 85 people, mostly for blisters and sprains.',
];

const ENGINE = new Engine([parseArticle('riverside-10k.txt', RACE.join('\n\n') + '\n')]);

const ELECTION = new Engine([
  parseArticle(
    'by-election.txt',
    [
      "Labour's Ann Hale wins Penford by-election",
      "Labour's Ann Hale has won the Penford by-election with a majority of 812 votes.",
      'Hale won 9,431 votes, ahead of the Conservative candidate, Mark Fry, on 8,619.',
      'Turnout was 31%, down from 58% at the general election.',
      'In the same night, Green candidate Ruth Lowe won a seat on the county council for the first time, a win her party called historic.',
    ].join('\n\n') + '\n',
  ),
]);

describe('a vague "who won?" is the main event, said first', () => {
  it('"who won" of a race report is the winner its lead names; the side race asked is its own', () => {
    expect(ENGINE.ask('who won').answer?.text).toBe('Amina Yusuf');
    expect(ENGINE.ask('who won the wheelchair race?').answer?.text).toBe('Tom Hale');
  });

  it('"who won?" of a by-election report is the by-election winner, not a council seat won the same night', () => {
    expect(ELECTION.ask('who won?').answer?.text).toMatch(/Ann Hale/u);
    expect(ELECTION.ask('who won the council seat?').answer?.text).toBe('Ruth Lowe');
  });
});
