/**
 * Scenarios: "what is this about?" is answered with what the story says first, its lead, and with no
 * sentence that leans on one the reply leaves out ("the harbour post she is leaving" without the
 * sentence naming her). Both stories are short ones of our own (test/fixtures/summary-lead), where the
 * sentences that share the most words with the rest are not the lead.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { respond } from '../../src/qa/respond.js';

function story(file: string): Engine {
  const text = readFileSync(new URL(`../fixtures/summary-lead/${file}`, import.meta.url), 'utf8');
  return new Engine([parseArticle(file, text)]);
}

function about(engine: Engine, message = 'what is this about?'): string[] {
  const reply = respond(engine, message);
  if (reply.kind !== 'summary') throw new Error(`"${message}" was read as ${reply.kind}`);
  return reply.summary?.sentences ?? [];
}

describe('"what is this about?" on a short story', () => {
  it('opens with the lead: the bakery and its prize, not how its bread is baked', () => {
    const reply = about(story('bakery.txt'), 'tl;dr');
    expect(reply[0]).toBe(
      'A family bakery in the Welsh village of Llanfair has won the top award at the National Bread Awards for a sourdough made with flour milled from its own wheat.',
    );
    expect(reply).toHaveLength(3);
  });

  it('opens with who retires, and says "she" only after the sentence naming her', () => {
    const reply = about(story('harbour.txt'));
    expect(reply[0]).toMatch(/^Ellen Cole, who has run Port Arden's harbour/);
    const she = reply.findIndex((s) => /\bshe\b/.test(s));
    if (she >= 0) expect(reply[she - 1]).toBe('Cole, 61, plans to spend her summers sailing.');
  });
});
