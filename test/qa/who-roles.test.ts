/** The readings behind who-roles.scenario.test.ts, word by word. */
import { describe, expect, it } from 'vitest';
import { roleComplements, saysRoleOnlyPossessed } from '../../src/qa/holder-asked.js';
import { stem, tokenize } from '../../src/qa/text.js';
import { qualifiedRoleAt } from '../../src/qa/titles.js';

const stems = (...words: string[]) => new Set(words.map(stem));

describe('qualifiedRoleAt', () => {
  const at = (title: string, word: string, said: string[] = []) => {
    const tokens = tokenize(title);
    return qualifiedRoleAt(
      tokens,
      tokens.findIndex((t) => t.word === word),
      new Set(said),
    );
  };
  it('reads a qualifier anywhere before the role in its noun phrase', () => {
    expect(at('Shadow home secretary', 'secretary')).toBe(true);
    expect(at('Former chief executive', 'executive')).toBe(true);
    expect(at('Deputy Prime Minister', 'minister')).toBe(true);
    expect(at('outgoing finance director', 'director')).toBe(true);
  });
  it('an interim or acting holder holds the role (the review of session 34)', () => {
    expect(at('Interim head coach', 'coach')).toBe(false);
    expect(at('Acting chief executive', 'executive')).toBe(false);
    expect(at('interim manager', 'manager')).toBe(false);
  });
  it('not past an article or "of", nor a qualifier the question says', () => {
    expect(at('Director of the former Russian service', 'director')).toBe(false);
    expect(at('Home secretary', 'secretary')).toBe(false);
    expect(at('Shadow home secretary', 'secretary', ['shadow'])).toBe(false);
    expect(at('the former chief executive', 'executive')).toBe(true);
  });
});

describe('saysRoleOnlyPossessed', () => {
  const only = (text: string, ...role: string[]) =>
    saysRoleOnlyPossessed(stems(...role), text, tokenize(text));
  it('a role after "his", "their" names no one', () => {
    expect(
      only('The prime minister, David Allen, said he had full confidence in his chancellor.', 'chancellor'),
    ).toBe(true);
    expect(only('Wales captain Ellis Jenkins said the players trusted their coach.', 'coach')).toBe(true);
    expect(only('He thanked his chief executive.', 'chief', 'executive')).toBe(true);
  });
  it('said of someone, set beside a name, or said without a possessive', () => {
    expect(only('Prime Minister David Allen has named Amy Ford as his chancellor.', 'chancellor')).toBe(
      false,
    );
    expect(only('Amy Ford, his chancellor, agreed.', 'chancellor')).toBe(false);
    expect(only('He backed his chancellor, Amy Ford, on Monday.', 'chancellor')).toBe(false);
    expect(only('Joe Hart would remain his captain.', 'captain')).toBe(false);
    expect(only('Its President (currently Donald Tusk) chairs it.', 'president')).toBe(false);
    expect(only('The chancellor trusted his chancellor.', 'chancellor')).toBe(false);
    expect(only('No role here.', 'chancellor')).toBe(false);
  });
});

describe('roleComplements', () => {
  const said = (text: string, ...role: string[]) =>
    roleComplements(stems(...role), text, tokenize(text)).map((x) => text.slice(x.start, x.end));
  it('what the role is for, with a name set after it by commas', () => {
    expect(said('A spokesman for the club, Leeds Rovers, said it.', 'spokesman')).toEqual([
      'for the club, Leeds Rovers',
    ]);
    // After "of" the name set off by commas is the role's holder ("The head of Severn Water, Anna
    // Price,"), not what the role is for.
    expect(said('The head of Severn Water, Anna Price, has resigned.', 'head')).toEqual(['of Severn Water']);
    expect(said('A spokesman said it.', 'spokesman')).toEqual([]);
  });
});
