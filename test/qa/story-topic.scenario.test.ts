/**
 * A question that names nothing but what it asks ("where was it?", "when did it happen?") is about the
 * story itself: its headline's words stand in for the question's, and the answer is a sentence holding
 * what was asked. Before, each got "That question has no words I can look up" (a newcomer's walk).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { formatAnswer } from '../../src/format/text.js';
import { seedKnowledge } from '../support/seed.js';

describe('the seed article, asked with nothing named', () => {
  it('"where was it?" → the place of the signing, read as about the story', async () => {
    const { engine } = await loadEngine(seedKnowledge());
    const answer = engine.ask('where was it?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('St.Petersburg');
    expect(answer.topic?.title).toBe('Iraq, Russia Sign Military-Technical Cooperation Agreement');
    // The headline stood for the question: it is not its own answer.
    expect(answer.passages.every((p) => p.section !== 'title')).toBe(true);
    expect(formatAnswer(answer)).toContain(
      '(read the question as about "Iraq, Russia Sign Military-Technical Cooperation Agreement")',
    );
  });

  it('"when did it happen" → the day of the signing', async () => {
    const { engine } = await loadEngine(seedKnowledge());
    const answer = engine.ask('when did it happen');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toContain('17 October 2019');
  });

  it('a question naming something is read as written', async () => {
    const { engine } = await loadEngine(seedKnowledge());
    expect(engine.ask('where was the meeting held?').topic).toBeUndefined();
  });

  it.each(['what is it?', 'how many?', 'why?'])(
    '"%s" names nothing a headline answers: still refused',
    async (q) => {
      const { engine } = await loadEngine(seedKnowledge());
      expect(engine.ask(q).refused).toBe('no-keywords');
    },
  );
});

describe('with several stories', () => {
  const story = (file: string, title: string, body: string) => parseArticle(file, `${title}\n\n${body}\n`);
  const engine = new Engine([
    story(
      'bridge.txt',
      'Footbridge Reopens After Repairs',
      'The Riverside footbridge in Lowtown reopened on 2 May 2025 after repairs costing £4.2m. Crowds crossed it on the first morning.',
    ),
    story(
      'fair.txt',
      'Harvest Fair Draws Record Crowd',
      'The harvest fair in York drew 12,000 visitors on 6 September 2025. Organisers said the weather helped.',
    ),
  ]);

  it('is read as about the story named or talked about, searched in it alone', () => {
    const answer = engine.ask('where was it?', { article: 'fair.txt' });
    expect(answer.topic?.id).toBe('fair.txt');
    expect(answer.passages.every((p) => p.article.id === 'fair.txt')).toBe(true);
    expect(answer.answer?.text).toBe('York');
  });

  it('is not searched when no story is named or talked about: which story is asked', () => {
    expect(engine.ask('where was it?').refused).toBe('which-article');
  });
});
