/**
 * Scenarios (review32c): an age said of one named person is no one else's, and a number said of a
 * thing ("Turnout was 29") is no age, so it still answers "how many" / "what was". On stories written
 * for this test.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const carer = story(
  'carer.txt',
  'Pensioner thanks carers on her birthday',
  'Mrs Edna Davies, who turned 91 in March, has thanked the carers who visit her home in Neath every day.',
  'Her grandson, Rhys, is 30 and lives in Bristol, but phones her every evening.',
  'The care agency said its staff had been "moved" by her letter.',
);

const election = story(
  'election.txt',
  'Independent wins Hollins by-election',
  'An independent candidate has won the Hollins ward by-election with 1,204 votes.',
  'Turnout was 29, a fall of four points on the last election.',
  'Across the county, flood warnings in force on the day numbered 40, and the count started late.',
);

const short = (engine: typeof carer, question: string) => engine.ask(question).answer?.text ?? null;

describe('whose age, and a number that is none', () => {
  it('"how old is mrs davies" is not her grandson\'s age', () => {
    expect(short(carer, 'how old is mrs davies')).not.toBe('30');
  });

  it('"what was the turnout" is the turnout, not the points it fell by', () => {
    expect(short(election, 'what was the turnout')).toBe('29');
  });
});
