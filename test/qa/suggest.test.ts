/** The example questions /help, greetings and /ask autocomplete offer: ones the article answers. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { helpExamples, suggestedQuestions } from '../../src/qa/suggest.js';

const engine = (...body: string[]) =>
  new Engine([parseArticle('story.txt', ['Harbour news', '', ...body.flatMap((b) => [b, ''])].join('\n'))]);

describe('suggested questions', () => {
  it('ask who did what a sentence says a named actor did', () => {
    const e = engine('Council member Ada Moreno opened the new ferry terminal on Tuesday morning.');
    expect(suggestedQuestions(e)).toContain('Who opened the new ferry terminal?');
  });

  const poor = [
    'The U.S. has long been heralded as a land of opportunity, a place where anyone can succeed regardless of class.',
    'The low ranking the U.S. received was due to its extreme levels of wealth and income inequality.',
    'Mayor Ben Ito received, with thanks, the keys of the city.',
  ];

  it('never ask about a passive verb, a copula or a verb with nothing after it', () => {
    const who = suggestedQuestions(engine(...poor)).filter(
      (q) => q.startsWith('Who ') && !q.startsWith('Who is '),
    );
    expect(who).toEqual([]);
  });

  it('for help, only questions the article answers', () => {
    const e = engine(
      ...poor,
      'Council member Ada Moreno opened the new ferry terminal on Tuesday morning, the council said.',
    );
    const examples = helpExamples(e, 2);
    expect(examples.length).toBeGreaterThan(0);
    for (const q of examples) expect(e.ask(q).answered).toBe(true);
  });

  it('with several articles, help takes its examples from each article in turn', () => {
    const e = new Engine([
      parseArticle(
        'ferry.txt',
        'Harbour news\n\nCouncil member Ada Moreno opened the new ferry terminal on Tuesday morning.\n\nAda Moreno thanked the builders of the terminal.\n',
      ),
      parseArticle(
        'bridge.txt',
        'River news\n\nEngineer Tomas Berg repaired the old swing bridge in March 2021.\n',
      ),
    ]);
    const examples = helpExamples(e, 2);
    expect(examples).toHaveLength(2);
    const sources = examples.map((q) => e.ask(q).passages[0]?.article.id);
    expect(new Set(sources).size).toBe(2);
  });
});
