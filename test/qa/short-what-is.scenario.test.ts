/**
 * Scenarios: "what is the islamic state?" asks what a thing the story names is. The answer is what the
 * passage says it is (an apposition, "X is a …"), else the passage alone: never another noun of the
 * sentence ("affects" of "dealing with the affects of Islamic State").
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { seedKnowledge } from '../support/seed.js';

describe('what a named thing is, on the seed article', async () => {
  const { engine } = await loadEngine(seedKnowledge());

  it.each(['what is the islamic state', 'what is Islamic State?', "what's the islamic state"])(
    '"%s" is not answered "affects"',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer?.text ?? null).not.toBe('affects');
    },
  );
});

describe('what a named thing is, said in the story', () => {
  const engine = new Engine([
    parseArticle(
      'camp.txt',
      [
        'Museum opens at former camp',
        'In 1942 the town was the site of the Pinedale Assembly Center, an interim facility for families sent to the camps.',
        'A museum opened there on Saturday.',
      ].join('\n\n'),
    ),
  ]);

  it('"what was the pinedale assembly center" → the apposition', () => {
    expect(engine.ask('what was the pinedale assembly center').answer?.text).toBe('interim facility');
  });
});
