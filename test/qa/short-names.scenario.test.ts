/**
 * The short answer's kind and edges on a story written for these tests (test/fixtures/short-names): a
 * coach who leaves for the country he managed before, a demand, an accusation, a website named
 * before its noun, and questions the story does not answer whose wording names one of its people.
 * Questions as readers type them; each checks what is answered, or that no short answer is given.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/short-names', import.meta.url).pathname);
const short = (q: string) => engine.ask(q).answer?.text ?? null;

describe('the short answer is of the kind asked and a whole name', () => {
  it('"which country did the former coach want to go back to": a country, not the stadium he moved to', () => {
    expect(short('which country did the former coach want to go back to')).toBe('Belgium');
  });

  it('"which country was Lemaire coach of before he moved to marsh road": the country', () => {
    expect(short('which country was Lemaire coach of before he moved to marsh road')).toBe('Belgium');
  });

  it('"what are the councillors demanding?": what they demand, not how many of them there are', () => {
    expect(short('what are the councillors demanding?')).toMatch(/inquiry/);
  });

  it('"what were the board accused of": the accusation, not who made it', () => {
    const text = short('what were the board accused of') ?? '';
    expect(text).not.toMatch(/Trust|Supporters/);
    expect(text).toMatch(/complaints|ignoring/);
  });

  it('"whats the website called?": the name before "website", without the preposition after it', () => {
    expect(short('whats the website called?')).toBe('Blue Gate');
  });

  it('"who replaced Lemaire as coach?": not Lemaire himself, nor a part of his name', () => {
    const text = short('who replaced Lemaire as coach?');
    expect(text ?? '').not.toMatch(/Lemaire|^Pierre$|^Mr$/);
  });

  it('"how long is Lemaire\'s contract": no bare number stands for a length', () => {
    expect(short("how long is Lemaire's contract") ?? '').not.toMatch(/^\d+$/);
  });

  it('"what was the score at northfield": a score is a number, never a person', () => {
    expect(short('what was the score at northfield') ?? '').not.toMatch(/Kral|Lemaire/);
  });

  it('"who leads the team on saturday": a whole name', () => {
    expect(short('who leads the team on saturday')).toBe('Tomas Kral');
  });
});
