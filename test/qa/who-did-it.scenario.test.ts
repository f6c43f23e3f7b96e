/**
 * "Who found the violin?" answered by whoever did the asked verb to the asked thing: the agent after
 * "by" of a passive said of that thing ("The violin was found on Friday night by Tom Askew"), in the
 * asked verb's own words or a WordNet synonym of it in the same sense ("The painting was discovered …
 * by binman Dev Lal" for "found", the past of "find", not of "found" as in founding a school). Never a
 * thing: "the odd Roman brooch" of a quote using the asked verb about something else is no person,
 * though the tagger reads "Roman" as a first name; nor the thing itself, named in a headline's passive
 * ("Missing parrot Rosie found…"). A passive said of a pronoun ("She was discovered on Tuesday by
 * caretaker Alan Birch") may be said of the asked thing. On stories written for these tests
 * (test/fixtures/who-did-it); main answered "Roman brooch", and the leads with no name.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/who-did-it', import.meta.url).pathname);

describe('who did the asked verb to the asked thing', () => {
  it.each([
    ['who found the violin?', /^Tom Askew$/, /was found on Friday night by Tom Askew/],
    ['who found the painting?', /\bDev Lal$/, /was discovered on Monday morning by binman Dev Lal/],
    ['who found the parrot?', /^Alan Birch$/, /She was discovered on Tuesday by caretaker Alan Birch/],
  ])('"%s"', (question, expected, passage) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text ?? '').toMatch(expected);
    expect(answer.passages[0]?.text ?? '').toMatch(passage);
  });

  it('"who found the parrot?" is not answered by the parrot ("Missing parrot Rosie found…", a headline\'s passive)', () => {
    expect(engine.ask('who found the parrot?').answer?.text ?? '').not.toMatch(/Rosie/);
  });

  it('"who found the violin?" is never answered by the thing a quote found ("Roman brooch")', () => {
    const answer = engine.ask('who found the violin?');
    expect(answer.answer?.text ?? '').not.toMatch(/brooch/i);
  });
});
