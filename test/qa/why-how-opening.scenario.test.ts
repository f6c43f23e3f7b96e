/**
 * Scenarios: a question opened by "why" asks a reason, whatever wh-word comes later in it. "why are
 * seals calm when they moult" was read as a when-question (its "when" opens a time clause), asked for a
 * date the cause sentence lacks, and was refused. A how-question keeps its later "when": "how can the
 * wardens tell when a pup has been weaned" may want the time; its short answer is the means the passage
 * gives after "by" (`means.ts`), not any noun of the passage.
 * Own small story (test/fixtures/seal-colony).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { questionType } from '../../src/qa/question.js';

const { engine } = await loadEngine(new URL('../fixtures/seal-colony', import.meta.url).pathname);

describe('a why-question is typed by its opening wh-word', () => {
  it('reads the type before a later "when", "who" or "where"', () => {
    // "how old", "how many" still ask a number.
    const typed: [string, string][] = [
      ['why are seals calm when they moult', 'reason'],
      ['why were the volunteers who counted the pups pleased', 'reason'],
      ['how can the wardens tell when a pup has been weaned', 'date'],
      ['how old was he when he started', 'number'],
      ['how many pups were born where the cliff fell', 'number'],
    ];
    expect(typed.map(([q]) => [q, questionType(q)])).toEqual(typed);
  });

  it('"why are seals calm when they moult" → the clause after "because"', () => {
    const answer = engine.ask('why are seals calm when they moult');
    expect(answer.passages[0]?.text).toMatch(/^Mr Penhale said the adult seals/);
    expect(answer.answer?.text).toBe('they save their strength for growing a new coat');
  });

  it('"how can the wardens tell when a pup has been weaned" → the means after "by", no other noun', () => {
    const answer = engine.ask('how can the wardens tell when a pup has been weaned');
    expect(answer.passages[0]?.text).toMatch(/^Wardens tell when a pup has been weaned by/);
    expect(answer.answer?.text).toBe('the white fluff it sheds');
  });
});
