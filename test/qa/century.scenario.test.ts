/**
 * Scenarios: a century is one time ("the 12th century", "the 16th and 17th centuries"), not an ordinal
 * and a date of its own; and a thing's age is when it came to be ("how old is the chapel?" → "the 12th
 * century" of "thought to date from the 12th century"), not when something later happened to it. On a
 * story written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import { chat, story } from '../support/chat.js';

const SWORD = story(
  'sword.txt',
  'Viking sword stolen from Harrowby castle',
  'A Viking sword valued at £120,000 has been stolen from Harrowby Castle, police said.',
  'The sword, which is thought to date from the 9th century, was taken from a display case overnight on Monday.',
  'It was found by a farmer ploughing a field near the castle in 1994 and restored during the 1990s.',
  'Castle manager Owen Pryce said staff were "devastated".',
);

describe('a century is one time', () => {
  it.each([
    ['dates from the 7th Century, it is said', '7th Century'],
    ['restored during the 16th and 17th centuries', '16th and 17th centuries'],
    ['the movement began in the mid-18th century', 'mid-18th century'],
    ['an experiment of the 2nd century BCE', '2nd century BCE'],
  ])('in "%s": %s', (text, century) => {
    const dates = findEntities(text).filter((e) => e.type === 'date');
    expect(dates.map((e) => text.slice(e.start, e.end))).toEqual([century]);
  });

  it('a century before a capitalised word is still one: "a 12th Century Norman church"', () => {
    const text = 'a 12th Century Norman church';
    const dates = findEntities(text).filter((e) => e.type === 'date');
    expect(dates.map((e) => text.slice(e.start, e.end))).toEqual(['12th Century']);
  });

  it('"when was the sword made" is told the century, not the day it was stolen', () => {
    expect(chat(SWORD)('when was the sword made').split('\n')[0]).toBe('9th century');
  });
});

describe("a thing's age is when it came to be", () => {
  it('"how old is the sword?" puts first the sentence dating it, not the one valuing it', () => {
    const reply = chat(SWORD)('how old is the sword?');
    const first = reply.split('\n').find((line) => line.includes('sword'));
    expect(first).toContain('9th century');
  });
});
