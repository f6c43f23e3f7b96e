/**
 * Time reference for the answerability calibrator: does a question ask about what will happen, and
 * does a passage speak of the future at all?
 */
import { describe, expect, it } from 'vitest';
import { asksFuture, speaksOfFuture } from '../../src/qa/tense.js';

describe('a question about the future', () => {
  it.each([
    'When will the Low Pay Commission publish its next report?',
    "when'll the review be finished",
    'What date is the upcoming Wales v New Zealand match?',
    'When is Japan’s population supposed to top out?',
    'when is the next match',
  ])('"%s" asks about the future', (question) => {
    expect(asksFuture(question)).toBe(true);
  });

  it.each([
    'When did the minimum wage start?',
    "Why won't phone companies give people their money back?",
    'Who captained New Zealand on the 1905 tour?',
  ])('"%s" does not', (question) => {
    expect(asksFuture(question)).toBe(false);
  });
});

describe('a passage that speaks of the future', () => {
  it.each([
    'By 2007, Japan’s population is expected to peak at 127 million.',
    'The Lewis S. Eaton trail system will cover 22 miles.',
    "The club's next match is at home to United on Saturday.",
    'The government is likely to say Icstis should have more power.',
    'The report is due in March.',
  ])('"%s" does', (text) => {
    expect(speaksOfFuture(text)).toBe(true);
  });

  it.each([
    'The number of jobs had continued to grow since the minimum wage was introduced in 1999.',
    'The Harbour Bridge reopened to traffic on Monday.',
  ])('"%s" tells only what happened', (text) => {
    expect(speaksOfFuture(text)).toBe(false);
  });
});
