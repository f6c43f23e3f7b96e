import { describe, expect, it } from 'vitest';
import {
  asksLengthOfTime,
  durationSenses,
  measuredSenseVerbs,
  verbsOfDefinition,
} from '../../src/qa/measured-sense.js';

describe('durationSenses', () => {
  it('the senses WordNet gives with a length of time as the object', () => {
    expect(durationSenses('get').map((s) => s.definition)).toEqual([
      'receive as a retribution or punishment',
    ]);
    expect(durationSenses('serve').map((s) => s.after.trim())).toEqual(['for embezzlement']);
  });

  it('none for a verb whose examples give none, nor for the time a thing takes to do', () => {
    expect(durationSenses('jail')).toEqual([]);
    expect(durationSenses('take')).toEqual([]);
  });
});

describe('verbsOfDefinition', () => {
  it('the verbs of the kinds of the nouns it names, and "im-" + a noun', () => {
    const punished = verbsOfDefinition('receive as a retribution or punishment');
    expect(punished).toEqual(expect.arrayContaining(['jail', 'imprison', 'gaol', 'punishment']));
    expect(verbsOfDefinition('spend time in prison or in a labor camp')).toEqual(
      expect.arrayContaining(['prison', 'imprison', 'jail']),
    );
  });

  it('not a length of time, nor what a bracket says the verb takes', () => {
    expect(verbsOfDefinition('require (time or space)')).toEqual([]);
  });
});

describe('measuredSenseVerbs', () => {
  it.each([
    'how long did he get?',
    'what sentence did he get?',
    'how long will she serve?',
    'how long did he get for the fraud?',
  ])('"%s" is said by "jailed"', (question) => {
    expect(measuredSenseVerbs(question)?.verbs).toContain('jailed');
  });

  it.each([
    'how long was he jailed for?',
    'how long did the rescue take?',
    'what day did he get home?',
    'what did he get?',
    'who did he serve?',
    // "serve as" is the sense of serving in a role; an infinitive is not what the time is of; a capital
    // makes a name ("King's Cross"), not a verb.
    'how long will she serve as chair?',
    'how long did it take China to get in?',
    "how many hours does the train take to King's Cross?",
  ])('none for "%s"', (question) => {
    expect(measuredSenseVerbs(question)).toBeUndefined();
  });
});

describe('asksLengthOfTime', () => {
  it.each([
    'how long did he get?',
    'how many years did he get?',
    'how much time did he get?',
    'what sentence did he get?',
  ])('"%s" asks one', (question) => expect(asksLengthOfTime(question)).toBe(true));

  it.each(['what year did he get?', 'what day did he get?', 'what time did he get?', 'what did he get?'])(
    '"%s" does not',
    (question) => expect(asksLengthOfTime(question)).toBe(false),
  );
});
