/**
 * The bold short answer of "what did X do?" is X's own verb phrase or nothing: not the clause X reports
 * ("Police said a woman had been injured…" → no bold for "what did police do?"), not a bare "said",
 * not another subject's words for "I", "you", "we" or an unread "it" / "they", and not cut inside a
 * number ("1,500", "3.5%") or at a bracketed aside ("7-6 (7-3) 6-2"). On a story written for these
 * tests (test/fixtures/action-mends); the cases a review of the first version found.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/action-mends', import.meta.url).pathname);

describe('an action asked that the passage cannot give as the subject’s own', () => {
  it.each([
    'what did police do?',
    'what did Dana Brill do?',
    'what can I do to fix a streetlight?',
    'what did they do before the vote?',
  ])('"%s" is answered with no bold', (question) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toBeNull();
  });
});

describe('an action asked, read whole', () => {
  it.each([
    ['what did the council do at the meeting?', /^approved a plan to repair 1,500 broken streetlights\b/],
    ['what has Lumen Grid done?', /^has cut its charges by 3\.5% for the borough$/],
    ['what did the Pellbrook Lions do?', /^beat the Harbour Hawks 4-6 7-6 \(7-3\) 6-2 in\b/],
  ])('"%s"', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
  });

  it('does not give a relative clause of another noun as the subject’s action', () => {
    const answer = engine.ask('what did the lamp crews do for tenants who lose their lighting?');
    expect(answer.answer?.text ?? '').not.toMatch(/^lose their lighting/);
  });
});
