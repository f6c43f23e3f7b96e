/**
 * Stories pasted as local papers print them: the headline, then the paper's name alone on the next line
 * ("Ellbrook Gazette", "Thornbury Vale Echo"), or the paper's name above the headline. The paper's name
 * is where the story is from, not its headline: every citation names the headline, and "which paper is
 * this from?" the paper. The stories (test/fixtures/mastheads) are invented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeInArticle } from '../../src/format/citation.js';
import { formatAnswer } from '../../src/format/text.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/mastheads/${name}`, import.meta.url), 'utf8');

describe.each([
  ['beetle.txt', 'Rare beetle found in allotment compost heap', 'Ellbrook Gazette', 'who found the beetle?'],
  [
    'footbridge.txt',
    'Footbridge over the Thorn to close for six months',
    'Thornbury Vale Echo',
    'how much will the repairs cost?',
  ],
  [
    'regatta.txt',
    'Rowing club wins its first regatta in forty years',
    'Marlow Bridge Courier',
    'who is the captain?',
  ],
])("%s: the paper's name printed by the headline", (file, headline, paper, question) => {
  const article = parseArticle(file, fixture(file));
  const engine = new Engine([article]);

  it('the headline is the title, and every citation names it, not the paper', () => {
    expect(article.title).toBe(headline);
    const reply = formatAnswer(engine.ask(question));
    expect(reply).toContain(`— ${headline} (${file})`);
    expect(reply).not.toContain(`— ${paper}`);
  });

  it('"what\'s the headline?" is the headline; "which paper is this from?" the paper', () => {
    const asked = engine.ask("what's the headline?").passages[0];
    expect(asked?.text).toBe(headline);
    expect(asked === undefined ? undefined : placeInArticle(asked)).toBe('headline');
    expect(engine.ask('which paper is this from?').passages[0]?.text).toBe(paper);
  });

  it('the headline is no photo caption', () => {
    expect(engine.ask('what does the photo show?').answered).toBe(false);
  });
});
