/**
 * Stories pasted from a browser down to the page's foot, whose last line is the paper's copyright
 * notice ("© Pellbury Gazette 2026", "Copyright 2026 Westbury Courier. All rights reserved."): when
 * nothing else on the page names the paper, the notice says which paper it is. A photographer's "©"
 * under the photo stays the photo's credit, and a map's "© OpenStreetMap contributors" names no paper.
 * The stories (test/fixtures/copyright-footers) are invented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeInArticle } from '../../src/format/citation.js';
import { formatAnswer } from '../../src/format/text.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { summarize } from '../../src/qa/summary.js';

const article = (name: string) =>
  parseArticle(name, readFileSync(new URL(`../fixtures/copyright-footers/${name}`, import.meta.url), 'utf8'));

describe('a pasted page whose footer names its paper', () => {
  it.each([
    ['lanterns.txt', 'Pellbury Gazette'],
    ['ferry.txt', 'Westbury Courier'],
  ])('%s: "which paper is this from?" is the paper of the copyright line', (file, paper) => {
    const engine = new Engine([article(file)]);
    for (const question of [
      'which paper is this from?',
      'which newspaper is this from',
      'what site is this from?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer?.text).toBe(paper);
      expect(answer.passages[0] === undefined ? undefined : placeInArticle(answer.passages[0])).toBe(
        'site name (page metadata)',
      );
    }
  });

  it('"who published this?" names the paper (after the writer, when the page has a byline)', () => {
    expect(new Engine([article('ferry.txt')]).ask('who published this?').answer?.text).toBe(
      'Westbury Courier',
    );
    expect(formatAnswer(new Engine([article('lanterns.txt')]).ask('who published this?'))).toContain(
      'Pellbury Gazette',
    );
  });

  it("the photographer's © under the photo is still who took it, and the paper is not", () => {
    const answer = new Engine([article('lanterns.txt')]).ask('who took the photo?');
    expect(answer.answer?.text).toBe('Ada Brennan');
    expect(answer.passages.map((p) => p.text).join('\n')).not.toContain('Gazette');
  });

  it('the copyright line is no sentence of the story, so in no passage or summary', () => {
    for (const file of ['lanterns.txt', 'ferry.txt']) {
      const a = article(file);
      const texts = a.sentences.map((s) => s.text).join('\n');
      expect(texts).not.toMatch(/Pellbury Gazette 2026|Westbury Courier\./);
      expect(summarize(a, 3).join('\n')).not.toContain('©');
    }
  });

  it('a paper named by the headline wins over the group a footer names as its owner', () => {
    const engine = new Engine([article('regatta.txt')]);
    expect(engine.ask('which paper is this from?').answer?.text).toBe('Ellbrook Gazette');
  });
});
