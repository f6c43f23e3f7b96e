/**
 * Scenarios: a yes/no question whose "anything", "somebody" or "somewhere" stands for what is asked, as
 * readers write them about the seed article. The indefinite pronoun is not a word the article must hold,
 * and "somewhere" asks where.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { questionType } from '../../src/qa/question.js';
import { seedKnowledge } from '../support/seed.js';

const { engine } = await loadEngine(seedKnowledge());

describe('questions with an indefinite pronoun', () => {
  it('"did they sign anything?" is answered with what they signed', () => {
    const answer = engine.ask('did they sign anything?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/\bsign/i);
  });

  it('"was the meeting held somewhere in russia?" is answered with the city', () => {
    const answer = engine.ask('was the meeting held somewhere in russia?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('St.Petersburg');
  });

  it('"somewhere" asks where only when no wh-word asks something else', () => {
    expect(questionType('did they meet somewhere?')).toBe('location');
    expect(questionType('when did they meet somewhere?')).toBe('date');
    // "anyone" asks for no type: "was anyone hurt?" is answered by "two people were injured".
    expect(questionType('was anyone hurt?')).toBe('other');
  });
});
