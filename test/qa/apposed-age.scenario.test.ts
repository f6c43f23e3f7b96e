/**
 * Scenarios: "how old is <name>?" when the story gives ages the way news does, after each name between
 * commas ("Priya Nandakumar, 34, and her brother Tobias Nandakumar, 29, …"): the age after the name
 * asked about, not the other one in the same sentence. On a story written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const CLIMB = story(
  'climb.txt',
  'Two climbers rescued after two nights on Ben Carrow',
  'Priya Nandakumar, 34, and her brother Tobias Nandakumar, 29, set out from Glenmore on Friday.',
  'Their mother, Ruth Nandakumar, 61, raised the alarm on Saturday evening.',
  'A coastguard helicopter found them on Sunday morning.',
);

describe('an age in apposition answers for the person it follows', () => {
  it.each([
    ['how old is priya nandakumar', '34'],
    ['how old is tobias nandakumar?', '29'],
    ['how old is tobias', '29'],
    ['how old is their mother ruth', '61'],
  ])('"%s" → %s', (question, age) => {
    expect(chat(CLIMB)(question).split('\n')[0]).toBe(age);
  });
});
