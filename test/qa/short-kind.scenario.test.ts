/**
 * The short answer is of the kind asked for, or there is none: questions readers typed about the seed
 * article, lower case and without a question mark. Each test checks the answer's kind by the tagger's
 * reading of its passage (a person, a place, a place where something happened), never a string the
 * engine happens to give.
 */
import { describe, expect, it } from 'vitest';
import { findEntities, type EntityType } from '../../src/qa/entities.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import type { Answer } from '../../src/qa/types.js';
import { seedKnowledge } from '../support/seed.js';

const { engine } = await loadEngine(seedKnowledge());

/** The entity types the tagger finds inside the short answer's span of its passage. */
function typesIn(answer: Answer): EntityType[] {
  const short = answer.answer;
  if (short === null) return [];
  const passage = answer.passages[short.passage];
  if (passage === undefined) return [];
  return findEntities(passage.text)
    .filter((e) => e.start < short.end && e.end > short.start)
    .map((e) => e.type);
}

describe('a short answer of the asked kind, or none', () => {
  it('"where did they sign": no place that did the signing is where it happened', () => {
    const answer = engine.ask('where did they sign');
    expect(answer.answered).toBe(true);
    const short = answer.answer;
    if (short !== null) {
      const passage = answer.passages[short.passage]?.text ?? '';
      // A place it happened in stands after "in", "at", "of the city of"…
      expect(passage.slice(0, short.start)).toMatch(/\b(?:in|at|near|of)\s+(?:the\s+)?(?:city\s+of\s+)?$/i);
    }
  });

  it('"who is helping iraq": someone, a body or a country, not a thing', () => {
    const answer = engine.ask('who is helping iraq');
    expect(answer.answered).toBe(true);
    const text = answer.answer?.text;
    // The tagger may not know a name ("Fomin"): a name is written with a capital, a thing is not.
    if (text !== undefined) expect(text).toMatch(/^\p{Lu}/u);
    expect(text ?? '').not.toMatch(/\b(?:its|capability|threats)\b/);
  });

  it('"what was signed": not the people who signed it', () => {
    const answer = engine.ask('what was signed');
    expect(answer.answered).toBe(true);
    expect(typesIn(answer)).not.toContain('person');
  });

  it('"who signed" is still answered by the people who signed', () => {
    const answer = engine.ask('who signed');
    expect(typesIn(answer)).toContain('person');
  });

  it('"when was it signed" gets a date', () => {
    const answer = engine.ask('when did they sign it');
    expect(typesIn(answer)).toContain('date');
  });

  it('"which city did the commission meet in" gets a place', () => {
    const answer = engine.ask('which city did the commission meet in');
    expect(answer.answer).not.toBeNull();
    expect(typesIn(answer)).not.toContain('person');
  });

  it('"how many tanks were delivered": no number of another kind stands in for a count', () => {
    const answer = engine.ask('how many tanks were delivered');
    if (answer.answered) expect(answer.answer?.text ?? '').not.toMatch(/^(?:19|20)\d\d$/);
  });
});

describe('a question about the page gets its short answer too', () => {
  it.each([
    ['who took the photo', 'credit'],
    ['what is the source', 'agency'],
    ['when was the article published', 'dateline'],
  ])('"%s": the part of the passage marked as the answer', (question, part) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    const short = answer.answer;
    expect(short).not.toBeNull();
    const passage = answer.passages[short?.passage ?? -1];
    const marked = passage?.highlights.find((h) => h.kind === 'answer');
    expect(marked).toEqual({ start: short?.start, end: short?.end, kind: 'answer' });
    expect(passage?.text.slice(short?.start, short?.end)).toBe(short?.text);
    // Shorter than the passage it is found in: the credit line, the dateline, the agency's lead.
    expect(short?.text.length).toBeLessThan(passage?.text.length ?? 0);
    expect(`${passage?.field ?? ''} ${passage?.section ?? ''}`).toContain(part);
  });

  it('a headline is its own answer: no short answer repeats it', () => {
    const answer = engine.ask("what's the headline");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toBeNull();
  });
});
