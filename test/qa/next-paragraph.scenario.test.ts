/**
 * The answer in the paragraph after a one-sentence paragraph: news prints one sentence to a paragraph,
 * so a question about the lead's event is answered by the next paragraph's time or count.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const news = parseArticle(
  'violin.txt',
  [
    'Rare violin stolen from concert hall',
    '',
    'A rare violin worth £2m has been stolen from a concert hall in Bristol during an overnight burglary, police have said.',
    '',
    'Intruders forced open a fire door at the Colston Street venue at about 03:15 on Sunday and took the instrument from a locked case.',
    '',
    'Detectives are appealing for witnesses and have asked dealers to look out for it.',
    '',
    'The orchestra said its leader, Anna Petrova, had played the violin for twelve years.',
  ].join('\n'),
);

const shown = (e: Engine, question: string, n = 2) =>
  e
    .ask(question)
    .passages.slice(0, n)
    .map((p) => p.text)
    .join(' ');

describe('a question about the lead whose answer is in the next paragraph', () => {
  const engine = new Engine([news]);

  it('what time did the burglary happen → the next paragraph, with the time, is shown beside the lead', () => {
    expect(shown(engine, 'what time did the burglary happen')).toContain('03:15');
  });

  it('when was the violin stolen from the concert hall? → the next paragraph is among the passages shown', () => {
    expect(shown(engine, 'when was the violin stolen from the concert hall?', 3)).toContain('on Sunday');
  });

  it('when did it happen? → answered from the next paragraph: Sunday', () => {
    const answer = engine.ask('when did it happen?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('03:15 on Sunday');
    expect(answer.answer?.text).toContain('Sunday');
  });
});
