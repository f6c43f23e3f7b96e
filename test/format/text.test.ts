/** The plain-text answer of the CLI and the console: the source line and the confidence. */
import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../src/format/text.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const TEXT = `Harbour Council Approves New Ferry Terminal

14:05 GMT 3 March 2026

Council member Ada Moreno said the first ferries would leave from the new terminal in 2028.
`;

describe('the text answer', () => {
  it('cites "Title, date" and the link; the file only when there is no link; confidence in words', () => {
    const article = parseArticle('ferry.txt', TEXT);
    const withLink = { ...article, meta: { url: 'https://news.example/ferry' } };
    const linked = formatAnswer(new Engine([withLink]).ask('when will the first ferries leave?'));
    expect(linked).toContain(
      '— Harbour Council Approves New Ferry Terminal, 3 March 2026 https://news.example/ferry',
    );
    expect(linked).not.toContain('ferry.txt');
    const plain = formatAnswer(new Engine([article]).ask('when will the first ferries leave?'));
    expect(plain).toContain('— Harbour Council Approves New Ferry Terminal, 3 March 2026 (ferry.txt)');
    expect(plain).not.toContain('body');
    expect(plain).toMatch(/^confidence: (high|medium|low)$/m);
  });
});
