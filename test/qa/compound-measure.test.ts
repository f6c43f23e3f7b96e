import { describe, expect, it } from 'vitest';
import { compoundMeasures, wholeMeasure } from '../../src/qa/compound-measure.js';

const measuresIn = (text: string): string[] => compoundMeasures(text).map((m) => text.slice(m.start, m.end));

describe('compoundMeasures', () => {
  it.each([
    ['was jailed for four years and eight months at Carden', 'four years and eight months'],
    ['The rescue took two hours and 15 minutes, said Fraser', 'two hours and 15 minutes'],
    ['trained for a year and a half before', 'a year and a half'],
    ['has led the team for 3 years, 2 months.', '3 years, 2 months'],
    ['he is six feet two inches tall', 'six feet two inches'],
  ])('"%s" holds "%s"', (text, expected) => {
    expect(measuresIn(text)).toEqual([expected]);
  });

  it.each([
    'he trained five hours a day',
    'jailed for four years and given 200 hours of unpaid work',
    'stayed for six days',
    'jailed for two years and two years respectively',
    'won 3 games and 2 titles',
    // Two lengths, not one: a unit goes on only with a smaller one (WordNet: a month is part of a year).
    'Jail terms for the two men were 18 months and two years.',
  ])('none in "%s"', (text) => {
    expect(measuresIn(text)).toEqual([]);
  });
});

describe('wholeMeasure', () => {
  const text = 'was jailed for four years and eight months at Carden';
  const at = (part: string) => ({
    text: part,
    start: text.indexOf(part),
    end: text.indexOf(part) + part.length,
  });

  it('grows a part to the whole measure', () => {
    expect(wholeMeasure(text, at('four years')).text).toBe('four years and eight months');
    expect(wholeMeasure(text, at('eight months')).text).toBe('four years and eight months');
  });

  it('leaves a span holding the whole, or none of it', () => {
    expect(wholeMeasure(text, at('jailed for four years and eight months')).text).toBe(
      'jailed for four years and eight months',
    );
    expect(wholeMeasure(text, at('Carden')).text).toBe('Carden');
  });
});
