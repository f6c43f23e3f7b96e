/**
 * Scenarios: a measure question is answered by a number of the kind it asks, or not at all. "How high
 * did the water get?" is never answered by a resident's age, "how much rain fell?" never by how long it
 * fell; a margin is the number after "by" in a win; "who led the trial?" is the person a "who led…"
 * clause hangs on, not the hospital its apposition ends on. Own small stories (test/fixtures/measures).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { marginsIn } from '../../src/qa/margin.js';
import { measureAsked, measuresAt } from '../../src/qa/measure.js';

const story = (name: string) =>
  new Engine([
    parseArticle(
      `${name}.txt`,
      readFileSync(new URL(`../fixtures/measures/${name}.txt`, import.meta.url), 'utf8'),
    ),
  ]);

/** The kinds of measure of the first number written `number` in the text. */
const kinds = (text: string, number: string) => {
  const at = text.indexOf(number);
  return measuresAt(text, at, at + number.length);
};

describe('the kind of measure a number gives, by its unit', () => {
  it('reads lengths, times, money, shares, ages and temperatures', () => {
    expect(kinds('The river reached 3.9 metres.', '3.9')).toEqual(['length']);
    expect(kinds('64mm of rain had fallen in 48 hours.', '64')).toEqual(['length']);
    expect(kinds('64mm of rain had fallen in 48 hours.', '48')).toEqual(['duration']);
    expect(kinds('a fund of £80,000', '80,000')).toEqual(['money']);
    expect(kinds('Turnout was 33 percent.', '33')).toEqual(['share']);
    expect(kinds('said Owen Price, 67, who keeps a shop', '67')).toEqual(['age']);
    expect(kinds('a 91-year-old woman', '91')).toEqual(['age']);
    expect(kinds('It reached 40 degrees.', '40')).toEqual(['temperature']);
    // A plural WordNet lists as a word of its own ("minutes" of a meeting) is still its singular's unit.
    expect(kinds('The storm lasted less than ten minutes.', 'ten')).toEqual(['duration']);
    expect(kinds('It was over in 20 minutes.', '20')).toEqual(['duration']);
    // A count, a multiple or a bare number gives no measure.
    expect(kinds('Berg received 2,140 votes.', '2,140')).toEqual([]);
    expect(kinds('they eat 10 times their own weight', '10')).toEqual([]);
  });

  it('reads the measure a question asks from its measure word', () => {
    expect(measureAsked('how high did the water get')?.measures).toContain('length');
    expect(measureAsked('how high did the water get')?.measures).not.toContain('age');
    expect(measureAsked('how much rain fell')?.measures).toContain('length');
    expect(measureAsked('how much rain fell')?.measures).not.toContain('duration');
    expect(measureAsked('how much time is left')).toBeUndefined();
  });
});

describe('a measure question is not answered by a number of another kind', () => {
  it('"how high did the water get" is not answered by the age of the only sentence saying "water", which still answers "how old"', () => {
    const engine = story('storm');
    // The river's level is how high its water got: an age, "67", fills no height (slot.ts), so the
    // passage that gives a length comes first.
    expect(engine.ask('how high did the water get').answer?.text).toBe('3.9 metres');
    expect(engine.ask('how old is owen price').answer?.text).toBe('67');
  });

  it('"how much rain fell" → the depth of rain, not the hours it fell in; "how high did the river get" → its level', () => {
    const engine = story('storm');
    expect(engine.ask('how much rain fell').answer?.text).toBe('64mm');
    expect(engine.ask('how high did the river get').answer?.text).toBe('3.9 metres');
  });
});

describe('a margin is the number after "by" in a win', () => {
  it('"whats the margin" → the votes the seat was won by', () => {
    const answer = story('vote').ask('whats the margin');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('312 votes');
  });

  it('finds "by N" only after a verb of winning or leading', () => {
    expect(marginsIn('Berg wins the seat by 312 votes').map((m) => m.text)).toEqual(['312 votes']);
    expect(marginsIn('Prices rose by 4 percent.')).toEqual([]);
    expect(marginsIn('The hall was built by 200 volunteers.')).toEqual([]);
  });
});

describe('"who <verb>" answered by a relative clause "who <verb>"', () => {
  it('"who led the trial" → the person the clause hangs on, past her apposition', () => {
    expect(story('trial').ask('who led the trial').answer?.text).toBe('Dr Helen Marsh');
  });
});
