import { describe, expect, it } from 'vitest';
import { askedKind } from '../../src/qa/answer-kind.js';
import { parseQuestion } from '../../src/qa/question.js';
import { askedSlot } from '../../src/qa/slot.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

// The asked slot and kind are read once per parsed question (`question-memo.ts`): what is remembered must
// be what a fresh reading of the same question gives, and a question parsed again is read again.
describe('readings remembered per parsed question', () => {
  it('reads a question’s slot once, and as a fresh parse of it reads it', () => {
    const question = 'how many people were hurt in the crash?';
    const parsed = parseQuestion(question);
    const slot = askedSlot(question, parsed);
    expect(askedSlot(question, parsed)).toBe(slot);
    const again = parseQuestion(question);
    expect(askedSlot(question, again)).not.toBe(slot);
    expect(askedSlot(question, again)).toEqual(slot);
  });

  it('reads the asked kind once per question, and as a fresh parse of it reads it', () => {
    const question = 'who was the club’s manager?';
    const parsed = parseQuestion(question);
    const kind = askedKind(question, parsed, DEFAULT_WEIGHTS);
    expect(askedKind(question, parsed, DEFAULT_WEIGHTS)).toBe(kind);
    expect(askedKind(question, parsed, DEFAULT_WEIGHTS, askedSlot(question, parsed))).toBe(kind);
    const again = parseQuestion(question);
    expect(askedKind(question, again, DEFAULT_WEIGHTS)).not.toBe(kind);
    expect(askedKind(question, again, DEFAULT_WEIGHTS)).toEqual(kind);
  });

  it('keeps the kinds read with different sense counts apart', () => {
    // "instrument" is a person only in a later sense of the noun ("an instrument of the regime").
    const question = 'what instrument does she play?';
    const parsed = parseQuestion(question);
    const fresh = (senses: number) =>
      askedKind(question, parseQuestion(question), { KIND_NOUN_SENSES: senses });
    expect(fresh(3)).not.toEqual(fresh(1));
    const one = askedKind(question, parsed, { KIND_NOUN_SENSES: 1 });
    expect(one).toEqual(fresh(1));
    expect(askedKind(question, parsed, { KIND_NOUN_SENSES: 3 })).toEqual(fresh(3));
    expect(askedKind(question, parsed, { KIND_NOUN_SENSES: 1 })).toBe(one);
  });

  it('reads a slot passed in for the same question apart from the one read of it', () => {
    const question = 'how old is the mayor?';
    const parsed = parseQuestion(question);
    const own = askedKind(question, parsed, DEFAULT_WEIGHTS);
    const none = { slot: 'none' } as const;
    const given = askedKind(question, parsed, DEFAULT_WEIGHTS, none);
    expect(own.kind).toBe('age');
    expect(given).toEqual(askedKind(question, parseQuestion(question), DEFAULT_WEIGHTS, { slot: 'none' }));
    expect(given.kind).not.toBe('age');
    expect(askedKind(question, parsed, DEFAULT_WEIGHTS, none)).toBe(given);
    expect(askedKind(question, parsed, DEFAULT_WEIGHTS)).toBe(own);
  });
});
