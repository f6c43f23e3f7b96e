/**
 * Scenarios: readers in a Discord channel type text-speak ("ppl", "u", "r", "b4", "gonna", "tbh",
 * "tho"), read as the words it stands for and said in the reply's "read" note, as a correction is.
 * On two stories written for these tests: a village's knitted scarf (test/fixtures/chat-speak), and a
 * U-boat found by a diver named Abt (test/fixtures/chat-speak-wreck), whose own words stay as written.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../../src/format/messages.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const scarf = (await loadEngine(fixture('chat-speak'))).engine;
const wreck = (await loadEngine(fixture('chat-speak-wreck'))).engine;

describe('a question typed in text-speak', () => {
  it.each([
    ['how many ppl knitted it', /120/, '“ppl” as “people”'],
    ['what day r the meetings', /Tuesday/, '“r” as “are”'],
    ['where do u meet to knit', /church hall/, '“u” as “you”'],
    ['what was her job b4 she retired', /postwoman/, '“b4” as “before”'],
    ['what do they wanna make next year', /tea cosy/, '“wanna” as “want to”'],
  ])('"%s" is answered, and the reply says how it was read', (question, short, note) => {
    const answer = scarf.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(short);
    expect(readNote(answer)).toContain(note);
  });

  it('reads every form of a question, in the order typed', () => {
    expect(scarf.ask('how many ppl r in the group').corrections).toEqual([
      { from: 'ppl', to: 'people' },
      { from: 'r', to: 'are' },
    ]);
  });

  it('takes an aside out of the question: "tho" asks nothing the story must say', () => {
    const answer = scarf.ask('how old is the bridge tho');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/150/);
    expect(readNote(answer)).toBe('“tho” as “though”');
  });

  it('reads "whats" and "gonna" as the question written out', () => {
    const typed = wreck.ask('whats gonna happen to the site');
    const written = wreck.ask('what is going to happen to the site');
    expect(typed.answered).toBe(true);
    expect(typed.passages[0]?.text).toBe(written.passages[0]?.text);
    expect(typed.answer?.text).toBe(written.answer?.text);
  });

  it('still refuses what the story does not say', () => {
    expect(scarf.ask('how many balls of wool did ppl use').answered).toBe(false);
  });
});

describe("the story's own words are read as written", () => {
  it('the "U" of "U-boat" and the diver Abt are no chat forms', () => {
    for (const question of ['when was the U-boat sunk', 'how deep is the u-boat', 'what did Abt find'])
      expect(wreck.ask(question).corrections, question).toEqual([]);
  });

  it('"abt" in lower case is the name the story writes, not "about"', () => {
    const answer = wreck.ask('how long did abt search for the sub');
    expect(answer.corrections).toEqual([]);
    expect(answer.answer?.text).toMatch(/six years/);
  });
});
