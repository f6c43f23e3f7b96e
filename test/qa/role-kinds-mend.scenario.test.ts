/**
 * Scenarios: a who-question's role the story does not say is read through its kinds only where a kind,
 * in its own lower-case form, titles a named person (review39d). On stories written for these tests
 * (test/fixtures/role-kinds-mend): a marine engineer, a specialist salvage team, a coach, a man named
 * Don, a pair of canaries, a police officer beside a ticket inspector, and a barrister named by apposition.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const folder = (await loadEngine(new URL('../fixtures/role-kinds-mend', import.meta.url).pathname)).engine;

describe('a role read through its kinds, only where a kind titles a named person', () => {
  it.each([
    // "Marine engineer": shares "mariner"'s search stem, but is no form of it.
    ['who was the sailor?', /Pryce/],
    // "A specialist salvage team": a kind of doctor said of no one named.
    ['who is the doctor?', /salvage team/],
    // "The coach bringing visitors": a kind of teacher in its sense of a bus; "Don Ellis": a name.
    ['who was the teacher?', /visitors|Don Ellis/],
    // "A pair of canaries": no singer, though WordNet lists the singer first.
    ['who was the singer?', /pair/],
  ])('"%s" is not answered from a word that only looks like a kind', (question, wrong) => {
    const answer = folder.ask(question);
    expect(answer.answer?.text ?? '').not.toMatch(wrong);
    expect(answer.answered).toBe(false);
  });

  it('reads no kind when a synonym of the role is in the articles', () => {
    // "Police officer Karen Doyle" says the policeman; the ticket inspector is another.
    const answer = folder.ask('who was the policeman?');
    expect(answer.answer?.text).toMatch(/Karen Doyle/);
    expect(answer.passages.map((p) => p.text).join(' ')).not.toMatch(/Ticket inspector/);
  });

  it('reads a kind set after the name: "Helen Carr, a barrister"', () => {
    const answer = folder.ask('who was the lawyer?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/Helen Carr/);
  });
});
