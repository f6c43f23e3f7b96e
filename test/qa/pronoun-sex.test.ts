import { describe, expect, it } from 'vitest';
import { aboutTheOtherSex, askedPronounSex } from '../../src/qa/pronoun-sex.js';
import { tokenize } from '../../src/qa/text.js';

describe('askedPronounSex: the sex of a question whose subject is a pronoun', () => {
  it.each([
    ['when did he die?', 'he'],
    ['how old was she?', 'she'],
    ['what year did he leave?', 'he'],
    ['where does she live now', 'she'],
  ])('%s → %s', (question, sex) => {
    expect(askedPronounSex(tokenize(question))).toBe(sex);
  });

  it.each([
    'what did he tell her?', // both sexes
    'when did tom die?', // no pronoun
  ])('none: %s', (question) => {
    expect(askedPronounSex(tokenize(question))).toBeUndefined();
  });

  it('a pronoun not right after the auxiliary is not the subject asked ("he" far into the question)', () => {
    expect(askedPronounSex(tokenize('what was the name of the town where he grew up?'))).toBeUndefined();
  });
});

describe('aboutTheOtherSex: a sentence whose subject is the other pronoun', () => {
  it.each([
    'She died in 2009.',
    'She found the letter in a drawer.', // "find" that a clause, but a verb of perceiving, not of reporting
    'She phoned the coastguard at 3pm.', // a verb of communication that reports no clause
    'She taught at Kelby Primary School for 35 years.', // "teach that…" is rare: no clause follows
    'She returned to Kelby in 1975.', // "return" reports ("reply") only in a rare sense
    'She wrote to the council in May.', // a letter's address, not a report
  ])('"%s" is about someone else for "he"', (sentence) => {
    expect(aboutTheOtherSex(tokenize(sentence), 'he')).toBe(true);
  });

  it.each([
    ['He died on Tuesday.', 'he'], // the asked sex
    ['She said he had died on Tuesday.', 'he'], // mentions him
    ['The captain died on Tuesday.', 'he'], // no pronoun subject
    ['Her son died in 2009.', 'he'], // "Her" opens: her son may be the man asked about
    ['She said the boat had capsized.', 'he'], // she reports it: what she says may be about him
    ['She had told police the door was locked.', 'he'], // a report, after an auxiliary
    ['He added that the road was closed.', 'she'], // "add" that a clause: a verb of reporting
    ['She said on Monday that the boat had capsized.', 'he'], // a "that" after the verb's time
    ['She wrote that the harbour would close.', 'he'], // "write that": a report
  ])('not: %s (%s)', (sentence, sex) => {
    expect(aboutTheOtherSex(tokenize(sentence), sex as 'he' | 'she')).toBe(false);
  });
});
