/**
 * Scenarios: a person's work asked with a clause of the time after it ("what was her job before she
 * retired"), as readers type it (nc37, class F: refused though the passage said "a retired
 * electrician"). The clause says when, so the question still asks an occupation, and of a title and a
 * job said as left, the one left is the job before retiring (`job-asked.ts`). Story written for these
 * tests (test/fixtures/person-jobs/canal-lock, harbour-master).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const canal = (await loadEngine(new URL('../fixtures/person-jobs/canal-lock', import.meta.url).pathname))
  .engine;
const harbour = (
  await loadEngine(new URL('../fixtures/person-jobs/harbour-master', import.meta.url).pathname)
).engine;
const ask = async (question: string) => canal.ask(question);
const askHarbour = async (question: string) => harbour.ask(question);

describe('a job asked before retiring (canal-lock)', () => {
  it('"what was her job before she retired": answered "retired plumber"', async () => {
    const answer = await ask('what was her job before she retired');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('retired plumber');
  });

  it('"what was Gwen Talbot\'s job before she retired": the job left, not her title as asked without it', async () => {
    expect((await ask("what was Gwen Talbot's job before she retired")).answer?.text).toBe('retired plumber');
    expect((await ask("what is Gwen Talbot's job")).answer?.text).toBe('keeper');
  });
});

describe('only a job said as retired from is the job before retiring (harbour-master, review38e)', () => {
  it('"a former soldier" is a job left long before, not the one retired from', async () => {
    expect((await askHarbour("what was Owen Pryce's job before he retired?")).answer?.text).toMatch(
      /master$/,
    );
  });

  it('"until she retired" asks the same as "before she retired"', async () => {
    expect((await askHarbour("what was Nia Rees's job until she retired?")).answer?.text).toBe(
      'retired joiner',
    );
  });

  it('a time clause that is not retiring is not read as one: the story does not say', async () => {
    expect((await askHarbour("what was Owen Pryce's job when he was young?")).answered).toBe(false);
  });

  it('a clause of no word of its own ("before that") refuses nothing by itself (review-sqref43)', async () => {
    // It was refused at 0 of every passage (an empty clause's words: none of them said).
    expect((await askHarbour("what was Owen Pryce's job before that?")).confidence).toBeGreaterThan(0.5);
  });
});
