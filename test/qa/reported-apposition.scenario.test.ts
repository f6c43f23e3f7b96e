/**
 * "Who is buried beside the chapel?" of "A retired keeper, Hugh Marren, said the lighthouse's first
 * keeper, Silas Penrose, is buried beside the chapel": a reporting verb ends the speaker's appositions,
 * so the subject of "is buried" is the name nearest it inside the reported clause, not the speaker
 * before "said" (which reaches furthest); "described by their manager as underdogs" reports nothing. On a story written for these tests
 * (test/fixtures/reported-apposition); branch who44 at 59e0544 answered the speakers.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/reported-apposition', import.meta.url).pathname);

describe('who did what a speaker reports of someone named in apposition', () => {
  it.each([
    ['who is buried beside the chapel', /^Silas Penrose$/, /Hugh Marren/],
    ['who was buried in brittany?', /^Robert Hale$/, /Gwen Tully/],
    ['who was married in the lamp room', /^Nessa Treloar$/, /Ian Treloar/],
    // A participle a preposition follows opens an apposition, not a reported clause (session 44's re-read).
    ['who beat Mousehole?', /^Penwith Town$/, /underdogs/],
  ])('"%s"', (question, expected, speaker) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
    expect(answer.answer?.text ?? '').not.toMatch(speaker);
  });
});
