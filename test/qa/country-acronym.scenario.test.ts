/**
 * Scenarios: WordNet lists a country's acronym among its names ("US", "U.S.", "USA" for the United
 * States; "TV" for television), and a story writes the acronym where a reader writes the name, or the
 * reverse. The acronym is read as the index reads a story's capitals, not as the pronoun "us" or a
 * two-letter word. Own small stories.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const TRADE = parseArticle(
  'trade.txt',
  [
    'Steel deal agreed after long talks',
    '',
    'Ministers met in Brussels on Monday for a third round of talks on steel.',
    '',
    'The US will lift its tariff on Welsh steel from 1 March, the trade minister said.',
    '',
    'Canada will lift its tariff on Welsh steel in June, its embassy said.',
    '',
    'The UK will cut its duty on Welsh lamb in April.',
    '',
    'France will cut its duty on Welsh lamb in September.',
    '',
    'Workers at the Port Talbot plant told us they were relieved.',
    '',
    'The plant employs 4,000 people and makes steel for car makers.',
    '',
  ].join('\n'),
);

const TOUR = parseArticle(
  'tour.txt',
  [
    'Choir sets off on first foreign tour',
    '',
    'The Cardiff youth choir has raised £30,000 over two years of concerts.',
    '',
    'Its forty singers will perform in America for three weeks in July.',
    '',
    'They will perform in Ireland for a week in October.',
    '',
    'The choir was founded in 1998 by a retired teacher, Gwen Hughes.',
    '',
  ].join('\n'),
);

const SHOW = parseArticle(
  'show.txt',
  [
    'Baking contest winner named',
    '',
    'A nurse from Swansea has won the baking contest after ten weeks.',
    '',
    'The final was watched on TV by more than eight million people.',
    '',
    'Two million people watched the final in cinemas across Wales.',
    '',
    'She said she would open a bakery in the town next year.',
    '',
  ].join('\n'),
);

const engine = new Engine([TRADE, TOUR, SHOW]);

describe("a country's acronym and its name meet", () => {
  it('"when will america lift the steel tariff?" finds the sentence saying "The US"', () => {
    const answer = engine.ask('when will america lift the steel tariff?');
    expect(answer.passages[0]?.text).toMatch(/^The US will lift its tariff/);
    expect(answer.answered).toBe(true);
  });

  it('"how many people watched the final on television?" finds the sentence saying "on TV"', () => {
    const answer = engine.ask('how many people watched the final on television?');
    expect(answer.passages[0]?.text).toMatch(/^The final was watched on TV/);
    expect(answer.answered).toBe(true);
  });

  it('"when will britain cut the duty on lamb?" finds the sentence saying "The UK"', () => {
    const answer = engine.ask('when will britain cut the duty on lamb?');
    expect(answer.passages[0]?.text).toMatch(/^The UK will cut its duty/);
  });
});
