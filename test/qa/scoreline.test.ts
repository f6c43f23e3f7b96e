import { describe, expect, it } from 'vitest';
import { givesResult, givesScoreline, scorelineOf, scorelinesIn } from '../../src/qa/scoreline.js';

describe('scorelines', () => {
  it.each([
    ['secured a 3-2 victory over holders', true],
    ['beat Wigan 13–12 at the DW', true],
    ['drew 1 - 1 with Leeds', true],
    ['lined up in a 4-3-3 formation', false],
    ['on 12-05-2020', false],
    ['the 2019-20 season', false],
    ['a 1.5-2 metre rise', false],
    ['built for supporters aged 18-24 at cheaper prices', false],
    ['tickets for 18-24 year-olds', false],
    ['came back from 0-2 down to draw 2-2', true],
  ])('"%s" gives a scoreline: %s', (text, gives) => {
    expect(givesScoreline(text)).toBe(gives);
  });

  it.each([
    ['sealed a 2-1 win over Brackley', true],
    ['suffered a 4-0 home defeat', true],
    ['Wigan won 3-1 at home', true],
    ['levelled it at 1-1 just after the hour', false],
    ['made it 2-2 in the 71st minute', false],
  ])('"%s" gives the result: %s', (text, result) => {
    expect(givesResult(text)).toBe(result);
  });

  it('the scoreline of a span that runs on from it; a span with two stays whole', () => {
    const text = 'secured a 3-2 victory over holders Castlebridge, after 52-3 and 54-9 wins';
    const runOn = { text: '3-2 victory over holders', start: 10, end: 34 };
    expect(scorelineOf(text, runOn)).toEqual({ text: '3-2', start: 10, end: 13 });
    const two = { text: '52-3 and 54-9', start: 55, end: 68 };
    expect(text.slice(two.start, two.end)).toBe(two.text);
    expect(scorelineOf(text, two)).toEqual(two);
  });
});

describe('a vote is no scoreline', () => {
  it('two numbers beside a form of "vote" count votes', () => {
    expect(givesScoreline("The council's transport committee voted 7-2 on Tuesday to fund a trial.")).toBe(
      false,
    );
    expect(givesScoreline('The plan was backed by a 6-3 vote.')).toBe(false);
    expect(scorelinesIn('Members voting 5-4 chose the new name.')).toEqual([]);
  });

  it('a game beside a vote still gives its score', () => {
    expect(
      scorelinesIn('They won 3-1 after the board voted to keep the manager.').map((s) => s.text),
    ).toEqual(['3-1']);
  });
});
