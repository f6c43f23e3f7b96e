/**
 * Scenarios: a reader's plural that WordNet also lists as a noun of its own ("works": a factory) is no
 * better matched by that form in a sentence ("the sewage works") than by its singular ("Work is expected
 * to…"): rerank.ts's `surfaceForms`. And "how long has X been going?" asks a length of time, which the
 * day of a date ("opens on 21 August") never gives (slot.ts and answer-kind.ts with time-point.ts's
 * `dayOfDate`), and the year it began does ("since 1978": answerability.ts's `sinceSaid`). Own small
 * stories.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const BRIDGE = parseArticle(
  'path.txt',
  [
    'New riverside path for Ashcombe approved',
    '',
    'Plans for a £1.8m riverside path in Ashcombe have been approved by the district council.',
    '',
    'The 1.1km path, which will be up to 3 metres wide, will run along Quay Street from the station to the gas works.',
    '',
    'Councillor Ruth Ingram said the path would save walkers a long detour.',
    '',
    'Work is expected to start in May and take about 14 months.',
    '',
  ].join('\n'),
);
const bridge = new Engine([BRIDGE]);

const BAKERY = parseArticle(
  'bakery.txt',
  [
    'Village bakery wins national bread prize',
    '',
    'A bakery in the Somerset village of Wrexley has won the top prize at the National Bread Awards.',
    'The family bakery, which has baked on the same corner of Church Lane since 1978, beat more than 600 entries with its sourdough loaf.',
    'Owner Alan Pennock said he was proud of his team.',
    "The bakery's loaves will also be on sale at the county show, which opens on 21 August.",
    '',
  ].join('\n'),
);
const bakery = new Engine([BAKERY]);

describe('a plural that is a noun of its own', () => {
  it('"how long will the works take" is answered from the work, not the gas works', () => {
    const answer = bridge.ask('how long will the works take');
    expect(answer.passages[0]?.text).toContain('Work is expected');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toContain('14 months');
  });

  it('"which works will the path run to" still finds the gas works', () => {
    const answer = bridge.ask('which works will the path run to');
    expect(answer.passages[0]?.text).toContain('gas works');
  });
});

describe('the day of a date is no length of time', () => {
  it('"how long has the bakery been going" is answered from "since 1978", not "21 August"', () => {
    const answer = bakery.ask('how long has the bakery been going');
    expect(answer.passages[0]?.text).toContain('since 1978');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toContain('1978');
  });

  it('"how long has the bakery been open" gives no "21 August"', () => {
    const answer = bakery.ask('how long has the bakery been open');
    expect(answer.answer?.text ?? '').not.toContain('August');
  });

  it('"when does the county show open" still gives the date', () => {
    const answer = bakery.ask('when does the county show open');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toContain('21 August');
  });
});
