/**
 * Scenarios: "who is <a person named in the story>?" asks what they are, not for a name or a number
 * near theirs. The title or apposition the story gives them answers; with none, the passage alone,
 * with no short answer ("11" of "Leo Marsh, 11, …" and "£1,000" read as confident wrong answers). The
 * tagger reads some names as no person ("Leo Marsh" as a place), so the name is read from the question's
 * words as the story writes them, capitalised. On stories written for these tests (test/fixtures/school,
 * rowing) and the seed.
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { seedKnowledge } from '../support/seed.js';

const { engine: seed } = await loadEngine(seedKnowledge());
const { engine: school } = await loadEngine(new URL('../fixtures/school', import.meta.url).pathname);
const { engine: rowing } = await loadEngine(new URL('../fixtures/rowing', import.meta.url).pathname);

/** The first line of the console's reply: the short answer, when there is one. */
const first = (engine: typeof seed, question: string) =>
  (reply(engine, question, false, {} as Conversation) ?? '').split('\n')[0] ?? '';

describe('who a named person is', () => {
  it.each([
    ['who is leo marsh', /^Leo Marsh, 11, had the idea/],
    ['who is ngozi adeyemi?', /^Headteacher Ngozi Adeyemi said/],
  ])('"%s": no number or amount near the name, the passage alone', (question, passage) => {
    expect(first(school, question)).toMatch(passage);
  });

  it.each([
    ['who is margaret ellison?', /secretary$/],
    ['who is daniel okafor', /^Head coach$/],
  ])('"%s": the title the story gives', (question, title) => {
    expect(first(rowing, question)).toMatch(title);
  });

  it.each([
    ['whos alexender fomin', /^Director of the Russian Federal Service/],
    ['who is khaled obaydi', /^Iraqi Defense Minister$/],
  ])('"%s": a misspelt name asks about the person it was read as, not the other one', (question, title) => {
    const said = (reply(seed, question, false, {}) ?? '').split('\n');
    expect(said[0]).toMatch(/^\(read "\w+" as "\w+"\)$/);
    expect(said[1]).toMatch(title);
  });

  it('"who is the headteacher?" still asks for the name', () => {
    expect(first(school, 'who is the headteacher?')).toBe('Ngozi Adeyemi');
  });

  it('the seed: "who is fomin?" is still his title', () => {
    expect(first(seed, 'who is fomin?')).toBe(
      'Director of the Russian Federal Service for Military-Technical Cooperation',
    );
  });
});
