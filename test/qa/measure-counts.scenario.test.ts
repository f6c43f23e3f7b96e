/**
 * Scenarios: a number of the wrong kind is no answer to a measure question. "How heavy was the
 * cheese?" is answered by its weight ("340kg", a unit glued on), not by "two smaller cheeses"; "how
 * heavy was the butter sculpture?" (no weight given) is refused, not answered "12 pupils"; "how big was
 * the crowd?" is still answered by a count. Stories written for these tests (test/fixtures/measure-counts).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/measure-counts', import.meta.url).pathname);

const reply = (question: string): string | null => {
  const answer = engine.ask(question);
  return answer.answered ? (answer.answer?.text ?? '') : null;
};

describe('a count is no weight, no length, no speed, no age', () => {
  it('"how heavy was the cheese?" → its weight, glued to its unit; "how big was the crowd?" → the count', () => {
    expect(reply('how heavy was the cheese?')).toBe('340kg');
    expect(reply('how big was the crowd at the fair?')).toBe('2,500 people');
  });

  it('"how heavy was the butter sculpture?", "how deep is the harbour?" are refused: the story gives only counts', () => {
    expect(reply('how heavy was the butter sculpture?')).toBeNull();
    expect(reply('how deep is the harbour?')).toBeNull();
    // Nor is an age or a weight given where the story has only sums and counts.
    for (const question of [
      'how old is the organiser?',
      'how old is the manager?',
      'how heavy was the trophy?',
    ])
      expect(reply(question)).toBeNull();
  });

  it('"how fast did the winner go?" → the speed, not a count of pupils; lengths and heat as before', () => {
    expect(reply('how fast did the winner go?')).toBe('52mph');
    expect(reply('how far can the lamp be seen?')).toBe('20 miles');
    expect(reply('how hot was it during the race?')).toBe('34 degrees');
    expect(reply('how far is the course?')).toBe('80 miles');
  });
});
