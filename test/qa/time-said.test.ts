/**
 * Unit tests for `time-said.ts`: whether a question asks "when" by its own word, and whether a passage
 * says a time that is not the question's own words (a date or an adjunct of time).
 */
import { describe, expect, it } from 'vitest';
import { stem, tokenize } from '../../src/qa/text.js';
import { asksWhen, saysTime } from '../../src/qa/time-said.js';

/** The question's words as stems, as the answerability stage passes them. */
const asked = (...words: string[]) => new Set(words.map(stem));
const view = (text: string) => ({ text, tokens: tokenize(text) });

describe('asksWhen', () => {
  it('reads "when" followed by an auxiliary, or "when\'s", as the question\'s word', () => {
    expect(asksWhen('When is the match?')).toBe(true);
    expect(asksWhen("when's his first game for them")).toBe(true);
    expect(asksWhen('whens the concert')).toBe(true);
    expect(asksWhen('so when did they find it')).toBe(true);
  });

  it('does not read a clause of time in a question asking something else', () => {
    expect(asksWhen('When violence is used, what is it called?')).toBe(false);
    expect(asksWhen('When large groups boycott a system it can be considered?')).toBe(false);
    expect(asksWhen('what happens when the river floods')).toBe(false);
    expect(asksWhen('where is the match?')).toBe(false);
  });
});

describe('saysTime', () => {
  it('finds a date, a word of time or an adjunct of time', () => {
    expect(saysTime(view('The hall reopened in the 1990s.'), asked('hall', 'reopen'))).toBe(true);
    expect(saysTime(view('The hall reopened last month.'), asked('hall', 'reopen'))).toBe(true);
    expect(saysTime(view('It was not published until after the end of the war.'), asked('publish'))).toBe(
      true,
    );
    expect(
      saysTime(view('The library has been shut since the river burst its banks.'), asked('library', 'shut')),
    ).toBe(true);
  });

  it('finds none in a passage that says only what happened', () => {
    expect(
      saysTime(view('Ireland will lead the team in the charity match at Twickenham.'), asked('match')),
    ).toBe(false);
  });

  it("does not count an adjunct made of the question's own words", () => {
    // "Before the match" says nothing of when the match was.
    const passage = view('Before the match, the coach had said a win would put the club on the map.');
    expect(saysTime(passage, asked('match', 'play'))).toBe(false);
    expect(saysTime(passage, asked('coach', 'say'))).toBe(true);
  });
});
