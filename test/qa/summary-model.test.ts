/**
 * The summary model: its features, the conditional-logit fit (deterministic, learns what it is shown)
 * and the committed weights (written by `npm run train:summary` with the current fit settings; the
 * reference summaries it was trained on are not part of the project, so the file records their hash).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitSummary, formatSummaryModel, SUMMARY_FIT, type Choice } from '../../scripts/summary-fit.js';
import { parseArticle } from '../../src/knowledge/article.js';
import {
  isQuoteFragment,
  opensMidSentence,
  storyFeatures,
  SUMMARY_FEATURES,
} from '../../src/qa/summary-features.js';
import { parseSummaryModel, summarize, SUMMARY_TUNING } from '../../src/qa/summary.js';

const row = (length: number, centrality: number) => ({
  centrality,
  headline: 0,
  position: 0,
  length,
  quoteFragment: 0,
});

describe('features', () => {
  it('tells a piece of a quotation with no speaker from a quotation that names one', () => {
    expect(isQuoteFragment('"I\'ve not jumped indoors before and I just wanted the qualifying mark.')).toBe(
      true,
    );
    expect(isQuoteFragment("“That's not good enough for a striker at a club like this.")).toBe(true);
    expect(isQuoteFragment('"We will appeal," the club said.')).toBe(false);
    expect(isQuoteFragment('Her coach told the Times: "Not before 2006."')).toBe(false);
    expect(isQuoteFragment('The club will appeal against the ban.')).toBe(false);
  });

  it('tells the rest of a broken sentence from one opening on a name written with a small letter', () => {
    expect(opensMidSentence("also set a new championship mark in the men's triple jump title.")).toBe(true);
    expect(opensMidSentence('he asked.')).toBe(true);
    expect(opensMidSentence('iPod sales doubled in the last quarter.')).toBe(false);
    expect(opensMidSentence('eBay bought the firm for $2bn.')).toBe(false);
    expect(opensMidSentence('Idowu also set a new championship mark.')).toBe(false);
  });

  it('never shows the rest of a broken sentence, however central', () => {
    const article = parseArticle(
      'jump.txt',
      'Athletes shine at Sheffield championships\n\n' +
        'Gardener won the 60m title at the Sheffield championships.\n\n' +
        // The page lost the name that opened this paragraph.
        "also set a championship record at Sheffield, where the 60m, hurdles and triple jump titles went to Britain's athletes.\n\n" +
        'Idowu won the triple jump with the longest leap of the year. ' +
        'The hurdles title went to a teenager in a personal best. ' +
        'Tickets for next year go on sale in May.',
    );
    const summary = summarize(article, 3);
    expect(summary).toHaveLength(3);
    expect(summary.some((s) => s.startsWith('also'))).toBe(false);
  });

  it('a story no longer than the summary still leaves out the rest of a broken sentence', () => {
    const article = parseArticle(
      'jump.txt',
      'Athletes shine at Sheffield championships\n\n' +
        'Gardener won the 60m title at the Sheffield championships.\n\n' +
        "also set a championship record at Sheffield in the men's triple jump.",
    );
    expect(summarize(article, 3)).toEqual(['Gardener won the 60m title at the Sheffield championships.']);
  });

  it('scales centrality so the most central sentence is 1, and halves position sentence by sentence', () => {
    const article = parseArticle(
      'bridge.txt',
      'Council approves bridge\n\nThe council approved the new bridge on Tuesday. The bridge will carry trams. ' +
        'Work on the bridge starts in May. Penguins live in Antarctica.',
    );
    const { sentences } = storyFeatures(article, SUMMARY_TUNING);
    expect(Math.max(...sentences.map((s) => s.values.centrality))).toBe(1);
    expect(sentences.map((s) => s.values.position)).toEqual([1, 0.5, 0.25, 0.125]);
    expect(sentences[0]?.values.headline).toBeGreaterThan(sentences[3]?.values.headline ?? 1);
  });
});

describe('fitting', () => {
  // In every story the reference took the longest sentence, not the most central one.
  const choices: Choice[] = [0, 1, 2, 3].map((k) => ({
    rows: [row(2, 1), row(3 + (k % 2), 0.5), row(1, 0.8 - k / 10)],
    chosen: [false, true, false],
  }));

  it('learns the rule it is shown: the longer sentence, not the more central one', () => {
    const w = fitSummary(choices);
    expect(w.length).toBeGreaterThan(0);
    expect(w.centrality).toBeLessThan(w.length);
    expect(w.headline).toBe(0); // a feature that never varies learns nothing
    const scoreOf = (r: ReturnType<typeof row>) => SUMMARY_FEATURES.reduce((sum, f) => sum + w[f] * r[f], 0);
    for (const c of choices) {
      const scores = c.rows.map(scoreOf);
      expect(scores.indexOf(Math.max(...scores))).toBe(c.chosen.indexOf(true));
    }
  });

  it('gives the same weights every time, and fits only the features named', () => {
    expect(formatSummaryModel(fitSummary(choices), {})).toBe(formatSummaryModel(fitSummary(choices), {}));
    expect(fitSummary(choices, ['centrality']).length).toBe(0);
  });
});

describe('the committed model', () => {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../../src/qa/summary-model.json', import.meta.url), 'utf8'),
  );

  it('weighs the features the summariser computes, written with the current fit settings', () => {
    expect(Object.keys(parseSummaryModel(json))).toEqual([...SUMMARY_FEATURES]);
    expect((json as { provenance: { fit: unknown } }).provenance.fit).toEqual(SUMMARY_FIT);
  });

  it('refuses a model of other features', () => {
    expect(() => parseSummaryModel({ features: ['centrality'], weights: [1], provenance: {} })).toThrow(
      /features/,
    );
  });
});
