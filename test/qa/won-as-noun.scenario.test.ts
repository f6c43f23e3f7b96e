/**
 * Scenarios: a reader asks who won a final whose report says it with the verb's noun ("Brackley
 * Harriers sealed a 24-20 win over Denford"), while the coach's quote says the verb itself ("The last
 * time we won it…"); and how long a treasurer got, asked with the other pronoun, of a court report
 * whose other sentence counts "two long-standing volunteers". On stories written for these tests
 * (test/fixtures/shield-final, test/fixtures/bowls-theft).
 *
 * Who won: a verb whose object is a contest verb's noun ("sealed a win", "claimed victory") is said by
 * its subject as the verb is (`event-noun.ts`); a quote's "we won" names no one of the sentence.
 * How long: a number counting people ("two long-standing volunteers", the adjective cut off from its
 * noun by the tagger) says no length of time (`countedHead` in answer-kind.ts), and "long" written only
 * inside "long-standing", a word WordNet lists, is not the question's "long" (`compound-part.ts`).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const fixture = async (name: string) => {
  const { engine } = await loadEngine(new URL(`../fixtures/${name}`, import.meta.url).pathname);
  return (question: string) => reply(engine, question, false, {} as Conversation) ?? '';
};

const final = await fixture('shield-final');
const court = await fixture('bowls-theft');

const LEAD = /^Brackley Harriers sealed a 24-20 win over Denford/;

describe('who won, of a lead that says "a win over"', () => {
  it('"who won" → the side that sealed the win, not the coach quoted on "we won it"', () => {
    const lines = final('who won').split('\n');
    expect(lines[0]).toBe('Brackley Harriers');
    expect(lines[1]).toMatch(LEAD);
  });

  it('"who won the final?" → Brackley Harriers', () => {
    expect(final('who won the final?').split('\n')[0]).toBe('Brackley Harriers');
  });

  it('"which team won" → Brackley Harriers, not "last time"', () => {
    expect(final('which team won').split('\n')[0]).toBe('Brackley Harriers');
  });

  it('"who won the shield" → Brackley Harriers, not "over Denford"', () => {
    expect(final('who won the shield').split('\n')[0]).toBe('Brackley Harriers');
  });
});

describe('how long, of a court report that also counts volunteers', () => {
  it('"how long did he get" is not answered "two" of "two long-standing volunteers"', () => {
    expect(court('how long did he get').split('\n')[0]).not.toBe('two');
  });

  it('"how long did he get" (of a woman) → the jail term: "long-standing" does not say "long"', () => {
    const lines = court('how long did he get').split('\n');
    expect(lines).toContain('two years and three months');
    expect(lines.some((l) => /^A former bowls club treasurer .* jailed for two years/.test(l))).toBe(true);
  });

  it('"how long will he be in prison" is not answered "two" of the volunteers', () => {
    expect(court('how long will he be in prison').split('\n')[0]).not.toBe('two');
  });
});
