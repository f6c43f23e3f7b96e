/**
 * Scenarios: "how many budgets has she given?" of a story that says "her seventh budget": the
 * ordinal of the counted noun says how many so far, as a count of it would ("seven budgets"). On a story
 * written for these tests, and the slot's evidence on single sentences.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import type { Group } from '../../src/qa/expansion.js';
import { parseQuestion } from '../../src/qa/question.js';
import { askedSlot, slotEvidence } from '../../src/qa/slot.js';
import { tokenize } from '../../src/qa/text.js';
import { chat, story } from '../support/chat.js';

const budget = story(
  'vogt.txt',
  'Vogt Cuts Fuel Duty',
  'Finance minister Lena Vogt delivered her budget on Tuesday, cutting fuel duty and raising the state pension by £4 a week.',
  'Opposition leaders said the plans did little for families on low incomes.',
  "Economists said Ms Vogt's seventh budget was her boldest.",
  'Markets rose slightly after the speech.',
);

/** The passage shown first: the line just before its source line ("— Headline (file)"). */
const firstPassage = (said: string) => {
  const lines = said.split('\n');
  return lines[lines.findIndex((l) => l.startsWith('— ')) - 1] ?? '';
};

describe('an ordinal of the counted noun answers how many', () => {
  it('"how many budgets has vogt given" → answered from "her seventh budget", not refused', () => {
    const said = chat(budget)('how many budgets has vogt given');
    expect(said).not.toMatch(/couldn't find/);
    expect(firstPassage(said)).toMatch(/seventh budget/);
  });
});

/** The question's words as the engine's groups (each word its own stem). */
const groupsOf = (question: string): Group[] =>
  parseQuestion(question).keywords.map((k) => ({
    word: k.word,
    terms: [{ stem: k.stem, weight: 1 }],
    idf: 1,
  }));

const found = (question: string, passage: string) =>
  slotEvidence(
    askedSlot(question, parseQuestion(question)),
    { text: passage, tokens: tokenize(passage), entities: () => findEntities(passage) },
    groupsOf(question),
  )?.found;

describe('the count slot and ordinals', () => {
  it.each([
    ['how many budgets has brown done', 'The chancellor delivered a record ninth budget.', true],
    ['how many budgets has brown done', 'He delivered a record breaking ninth Budget.', true],
    ['how many times has the bid been blocked', 'The US blocked the bid for the 21st time.', true],
    ['how many titles has she won', 'She won her 12th title on Sunday.', true],
    // Not right before the counted noun, or not an ordinal of it.
    ['how many budgets has brown done', 'The ninth of March saw his budget.', false],
    ['how many titles has she won', 'She finished fourth in the title race.', false],
    // "First" and "second" say first in time and a unit of time as often.
    ['how many titles has she won', 'She won her first title on Sunday.', false],
    ['how many titles has she won', 'She won her 1st title on Sunday.', false],
    // A position, not how many so far: "the fifth floor" is no count of floors.
    ['how many floors does the building have', 'The fire started on the fifth floor.', false],
  ])('"%s" of "%s" → %s', (question, passage, expected) => {
    expect(found(question, passage)).toBe(expected);
  });
});
