/**
 * Where a motion ends (destination.ts), and who did a thing said by a role phrase (`roleSubjectOf` in
 * answer-span.ts): which questions ask it, and which candidate of a passage answers.
 */
import { describe, expect, it } from 'vitest';
import { roleSubjectOf } from '../../src/qa/answer-span.js';
import { destinationOf, destinationVerb } from '../../src/qa/destination.js';
import { findEntities } from '../../src/qa/entities.js';
import { parseQuestion } from '../../src/qa/question.js';
import type { ScoredSpan } from '../../src/qa/span-input.js';
import { tokenize } from '../../src/qa/text.js';
import { subjectVerb } from '../../src/qa/verb-subject.js';

/** The passage's tags as candidates, as the span stage offers them (features are not read here). */
function passageOf(text: string) {
  const tags = findEntities(text);
  const candidates: ScoredSpan[] = tags.map((t) => ({
    span: { text: text.slice(t.start, t.end), start: t.start, end: t.end },
    kind: t.type,
    features: [],
  }));
  return { passage: { text, tokens: tokenize(text), tags }, candidates };
}

function destination(question: string, text: string): string | undefined {
  const verb = destinationVerb(question, parseQuestion(question));
  if (verb === undefined) return undefined;
  const { passage, candidates } = passageOf(text);
  return destinationOf(candidates, verb, passage)?.text;
}

describe('the verb of a question asking where a motion ends', () => {
  it.each([
    ['where is production moving to', 'moving'],
    ['where did the family go', 'go'],
    ['where will the ferry sail', 'sail'],
    ['where are the jobs going to?', 'going'],
  ])('%s → %s', (question, verb) => {
    expect(destinationVerb(question, parseQuestion(question))?.word).toBe(verb);
  });

  it.each(['where was the treaty signed', 'where is the factory', 'where do they sell it'])(
    '%s → none',
    (question) => {
      expect(destinationVerb(question, parseQuestion(question))).toBeUndefined();
    },
  );
});

describe('the place a motion ends', () => {
  it('is the name after the verb\'s "to", tagged or not', () => {
    const text = 'The firm will close its factory in Dunmere and move production to Kettleby, it said.';
    expect(destination('where is production moving to', text)).toBe('Kettleby');
  });

  it('reaches past the noun phrase "to" opens ("to a larger plant in …")', () => {
    const text =
      'Production of Highland Thins will move to a larger, more modern plant in Doncaster, South Yorkshire.';
    expect(destination('where will production move?', text)).toMatch(/^Doncaster/u);
  });

  it('is no name past a relative clause, nor one before the verb', () => {
    const text = 'Production will move to a new site, which Consolidated Foods owns in Leeds.';
    expect(destination('where will production move?', text)).toBe('new site');
    const before = 'Staff in Hull will move to the new site.';
    expect(destination('where will staff move?', before)).toBe('new site');
  });

  it('is no day nor person after "to", though written with a capital', () => {
    const day = 'The bakery will move production to a larger plant on Monday, the company said.';
    expect(destination('where is production moving to', day)).toBe('larger plant');
    const person = 'The keys went to Sarah Jones, a local developer, on Friday.';
    expect(destination('where did the keys go?', person)).toBeUndefined();
  });

  it('is none when the passage says no "to" after the verb', () => {
    expect(destination('where will production move?', 'Production will move next year.')).toBeUndefined();
  });
});

describe("a role phrase as the subject of a who-question's verb", () => {
  const subject = (question: string, text: string) => {
    const verb = subjectVerb(question);
    if (verb === undefined) return undefined;
    const { passage, candidates } = passageOf(text);
    return roleSubjectOf(candidates, verb, passage)?.text;
  };

  it('is the phrase for a kind of person before the verb, a hyphened age and all', () => {
    const text = 'A 68-year-old woman has died after the River Lune burst its banks on Sunday.';
    expect(subject('who died', text)).toBe('68-year-old woman');
  });

  it('is the name its apposition gives, when it gives one', () => {
    const text = 'The man, named locally as Daniel Price, was taken to hospital.';
    expect(subject('who was taken to hospital', text)).toBe('Daniel Price');
  });

  it('is both of a pair joined by "and", the one a possessive ties to the first too', () => {
    const text = 'A woman and her eight-year-old son were rescued from the River Wye on Sunday.';
    expect(subject('who was rescued', text)).toBe('woman and her eight-year-old son');
    expect(subject('who got rescued?', text)).toBe('woman and her eight-year-old son');
  });

  it('is the one before a verb of one subject, though "and her" joins them', () => {
    const text = 'Police thanked the paramedic and her daughter was later discharged from hospital.';
    expect(subject('who was discharged from hospital', text)).toBe('daughter');
  });

  it('is the subject of "got" and a participle, as of "was"', () => {
    const text = "The farmer's son got burned trying to rescue the animals.";
    expect(subject('who got burned', text)).toBe("farmer's son");
  });

  it('is no count of people, nor a phrase for a thing', () => {
    expect(subject('who died', 'More than 1,100 people died in the floods.')).toBeUndefined();
    expect(subject('who collapsed', 'The old bridge collapsed on Sunday.')).toBeUndefined();
  });
});
