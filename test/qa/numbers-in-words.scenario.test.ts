/**
 * Scenarios: a story gives a number in words ("three and a half miles", "voted five to two", "two pairs
 * of gloves", "nearly three decades"), and a reader asks for it as they would of digits.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { measuresGiven } from '../../src/qa/measure.js';
import { longerTimeUnit } from '../../src/qa/counted-noun.js';

const story = (file: string, lines: string[]) => new Engine([parseArticle(file, lines.join('\n\n'))]);

describe('numbers written in words', () => {
  const pool = story('lido.txt', [
    'Town lido to close after council vote',
    'Ashcombe lido will close at the end of the summer after a decision by the town council.',
    'Members of the council voted five to two on Monday night to shut the 1930s pool.',
    'Councillor Dev Patel, who voted against, said the lido was "part of the town".',
    'The footpath around the lido, which runs for three and a half miles along the river, will stay open.',
    'Lifeguard Carol Fenn, who has worked at the pool for nearly three decades, said she was heartbroken.',
    'She said she had gone through two pairs of goggles every summer.',
  ]);

  it('"how did the vote go" → the tally in words, not the sentence of one member who voted', () => {
    expect(pool.ask('how did the vote go').answer?.text).toBe('five to two');
  });

  it('"whats the vote result" → the tally', () => {
    expect(pool.ask('whats the vote result').answer?.text).toBe('five to two');
  });

  it('"and a half" is part of the number, so the unit after it says the measure', () => {
    expect(measuresGiven('which runs for three and a half miles along the river')).toEqual(['length']);
    expect(measuresGiven('which took two and a half years to build')).toEqual(['duration']);
  });

  it('"how long did the garden take" is as sure of "two and a half years" as of "2.5 years"', () => {
    const garden = (took: string) =>
      story('garden.txt', [
        'Reading garden opens at Elmford library',
        `The library's new reading garden, which took ${took} to build, opens next month.`,
        'Volunteers planted more than 400 bulbs in the beds.',
      ]).ask('how long did the garden take');
    const words = garden('two and a half years');
    const digits = garden('2.5 years');
    expect(words.answer?.text).toBe('two and a half years');
    expect(Math.abs(words.confidence - digits.confidence)).toBeLessThan(0.05);
  });

  it('"how many years…" is answered by a count of decades', () => {
    expect(longerTimeUnit('decades', 'years')).toBe(true);
    expect(longerTimeUnit('months', 'years')).toBe(false);
    const a = pool.ask('how many years has carol fenn worked at the pool');
    expect(a.answered).toBe(true);
    expect(a.answer?.text).toContain('three decades');
  });

  it('"how many goggles…" counts the pairs of goggles', () => {
    const a = pool.ask('how many goggles did she go through');
    expect(a.answered).toBe(true);
    expect(a.answer?.text).toContain('two pairs');
  });
});
