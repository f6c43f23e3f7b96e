/**
 * A question's verb meets the story's irregular form of it ("grow up" / "grew up", "lose" / "lost",
 * "find" / "found"), which the stemmer leaves apart (irregular.ts). On a story written for these tests
 * (test/fixtures/irregular): main answered "where did osei grow up?" with Accra, from the sentence
 * that names him with a place, and refused "where did ansah find osei?".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/irregular', import.meta.url).pathname);

describe('irregular verb forms', () => {
  it.each([
    ['where did osei grow up?', 'Tamale', 'Osei grew up in Tamale'],
    ['which teams did the club lose against', 'Hull and Preston', 'The club lost its first two matches'],
    ['where did ansah find osei?', 'Kumasi', 'Ansah found the striker'],
  ])('"%s" → %s, from the sentence that says it with the irregular form', (question, short, passage) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(short);
    expect(answer.passages[0]?.text.startsWith(passage)).toBe(true);
  });
});
