/**
 * `isPersonName`: the person-tagged spans a reader would call a person. Entities made by hand, so that
 * the test reads the rule, not the tagger.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/qa/entities.js';
import { isPersonName } from '../../src/qa/person-name.js';

/** The person entity of `name` in `text` (its first occurrence). */
function person(text: string, name: string): Entity {
  const start = text.indexOf(name);
  return { type: 'person', start, end: start + name.length } as Entity;
}

describe('isPersonName', () => {
  it('a month said as a time is no person: "in April", "since May", "last June"', () => {
    for (const [text, name] of [
      ['She joined the school in April, the report said.', 'April'],
      ['He has been chairman since May.', 'May'],
      ['The shop closed last June.', 'June'],
    ] as const)
      expect(isPersonName(text, person(text, name))).toBe(false);
  });

  it('a month-name that is someone is a person: "April Jones said", "in May\'s cabinet"', () => {
    expect(
      isPersonName('Teacher April Jones said…', person('Teacher April Jones said…', 'April Jones')),
    ).toBe(true);
    const text = "She served in May's cabinet.";
    expect(isPersonName(text, person(text, 'May'))).toBe(true);
    const said = 'A statement from April said the plan was dropped.';
    expect(isPersonName(said, person(said, 'April'))).toBe(true);
  });

  it('a saint names the institution called after them: "St Aidan\'s", "Saint Anne\'s"', () => {
    for (const [text, name] of [
      ["It will join St Aidan's Learning Trust.", "Aidan's"],
      ["She was taken to Saint Anne's in the morning.", "Anne's"],
    ] as const)
      expect(isPersonName(text, person(text, name))).toBe(false);
  });

  it('a person is still a person: "Megan Foyle, who joined…"', () => {
    const text = 'The head teacher, Megan Foyle, who joined the school in April, said she accepted it.';
    expect(isPersonName(text, person(text, 'Megan Foyle'))).toBe(true);
  });

  it('a storm is no person, whether its word is in the span or before it: "Storm Ellen", "Storm Amy"', () => {
    const text = 'Storm Ellen brought down power lines, and engineers said Storm Amy had passed.';
    expect(isPersonName(text, person(text, 'Storm Ellen'))).toBe(false);
    expect(isPersonName(text, person(text, 'Amy'))).toBe(false);
  });

  it('a person whose first name WordNet also knows as weather is a person: "Aurora Ruiz" (review31d)', () => {
    const text = 'Aurora Ruiz said the laboratory had flooded twice.';
    expect(isPersonName(text, person(text, 'Aurora Ruiz'))).toBe(true);
  });
});
