import { describe, expect, it } from 'vitest';
import { durationSenses, measuredSenseVerbs, verbsOfDefinition } from '../../src/qa/measured-sense.js';

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
  ])('none for "%s"', (question) => {
    expect(measuredSenseVerbs(question)).toBeUndefined();
  });
});
