/**
 * Scenarios: a wire story's opening ("MOSCOW (Sputnik) —") is left off the sentences of its summary
 * ("what is this about?", /summary), whose source line names the story; it stays in the article, where
 * "who reported this?" reads it, and "more" after the summary reads on from the sentences it showed.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { readingAfter, respond } from '../../src/qa/respond.js';

const WIRE = parseArticle(
  'wire.txt',
  [
    'Port of Tallinn reopens after storm',
    '',
    'TALLINN (Baltic Wire) — The Port of Tallinn reopened to ships on Tuesday after a storm closed it for two days, the port authority said.',
    'Ferries to Helsinki sailed again from Tuesday afternoon, the ferry company said.',
    'The storm brought winds of up to 120 kilometres an hour to the coast of northern Estonia.',
    'Port workers cleared fallen cranes and containers from the quays overnight.',
    'The authority said that no one had been hurt at the port during the storm.',
    'Shipping companies said the delays would cost them several million euros.',
    'Forecasters expect calmer weather along the coast for the rest of the week.',
    '',
  ].join('\n'),
);

describe('a wire story', () => {
  const engine = new Engine([WIRE]);

  it('is summarised from its words, without the wire opening', () => {
    const sentences = engine.summary(undefined, 3)?.sentences ?? [];
    expect(sentences[0]).toBe(
      'The Port of Tallinn reopened to ships on Tuesday after a storm closed it for two days, the port authority said.',
    );
    expect(sentences.join(' ')).not.toContain('Baltic Wire');
  });

  it('still answers who reported it from the opening', () => {
    expect(engine.ask('which agency reported this?').answer?.text).toBe('Baltic Wire');
  });

  it('"what is this about?" shows it without the opening, and "more" reads on past what it showed', () => {
    const gist = respond(engine, 'what is this about?');
    if (gist.kind !== 'summary') throw new Error(gist.kind);
    expect(gist.summary?.sentences.join(' ')).not.toContain('TALLINN');
    const more = respond(
      engine,
      'more',
      {},
      { reading: readingAfter(gist, undefined) ?? { article: '', shown: [] } },
    );
    if (more.kind !== 'more' || more.read.kind !== 'passages') throw new Error('no passages');
    for (const p of more.read.passages) expect(gist.summary?.sentences).not.toContain(p.text);
  });
});
