/**
 * Scenarios: a "when" that opens a clause of time does not make a question ask a date. "what should
 * walkers carry when crossing the causeway?" asks what, as "who was in charge when it sank?" asks who:
 * the "when" comes after the wh-word that asks. So does a clause of time opening the question, which a
 * comma closes before its wh-word ("when a walker is cut off, what should they climb to?"). Read as
 * when-questions, they were answered with a date or a number ("1847", "999") or with no short answer,
 * and the answerability read the date the passage lacks as missing evidence (squad-dev: 37 questions).
 * Own small story (test/fixtures/causeway-tide).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { questionType } from '../../src/qa/question.js';

const { engine } = await loadEngine(new URL('../fixtures/causeway-tide', import.meta.url).pathname);

/** Each question with the type it should be read as. */
function expectTypes(typed: [string, string][]): void {
  expect(typed.map(([q]) => [q, questionType(q)])).toEqual(typed);
}

describe('a "when" that opens a clause of time', () => {
  it('leaves the type to the wh-word that asks', () => {
    expectTypes([
      ['what should walkers carry when crossing the causeway?', 'other'],
      ['who was in charge when the ferry sank?', 'person'],
      ['which team was leading when the match was stopped', 'organization'],
      ['where did he go when he left?', 'location'],
      ['when a walker is cut off, what should they climb to?', 'other'],
      ['since the tide was high what happened when they set off?', 'other'],
    ]);
  });

  it('still asks a date where "when" is the asking word', () => {
    expectTypes([
      ['when was the causeway built?', 'date'],
      ['the causeway is open until when?', 'date'],
      // A relative "when" after a noun of time says which time is asked.
      ['what was the year when the causeway was built?', 'date'],
      // A "when" ending the question, joined to another wh-word, or inverted as a question asks too.
      ['what happened, and when?', 'date'],
      ['who, when and where?', 'date'],
      ['what happened and when did it start?', 'date'],
      // A how-question keeps its later clause (why-how-opening.scenario.test.ts).
      ['how can walkers tell when the tide is turning', 'date'],
      // An embedded "when", the object of a preposition or of a verb of knowing or saying (review-sqref43).
      ["what's the latest on when the causeway reopens?", 'date'],
      // "is … on" is no phrasal verb here: "the latest" is what is, "on when…" its object.
      ['what is the latest on when the causeway reopens?', 'date'],
      ['what did the council say about when the causeway will reopen?', 'date'],
      ['who knows when the causeway will reopen?', 'date'],
      ['who said when the causeway would reopen?', 'date'],
      ['who can find out when the causeway reopens', 'date'],
      // An opening "when" inverted as a question asks, before a comma and another question.
      ['When will the causeway reopen, what will the toll cost?', 'date'],
    ]);
  });

  it('a "when" after a verb of another kind, a particle or a fronted object still opens a time', () => {
    expectTypes([
      ['who took the boat out when the tide turned', 'person'],
      ['what did the coastguard say when the walkers were rescued?', 'other'],
      ['who answered when the coastguard phoned?', 'person'],
      // A clause with no subject is one of time, after a verb of saying or a preposition (squad-dev).
      ['What should be avoided when talking to authorities?', 'other'],
      ['In the Rankine cycle, what does water turn into when heated?', 'other'],
    ]);
  });

  it('"what\'s the latest on when the causeway was built?" → the year', () => {
    expect(engine.ask("what's the latest on when the causeway was built?").answer?.text).toBe('1847');
  });

  it('"what should walkers carry when crossing the causeway?" → what they should carry', () => {
    const answer = engine.ask('what should walkers carry when crossing the causeway?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Coastguard officer Marta Lindqvist said walkers should carry/);
    expect(answer.answer?.text).toBe('charged phone and a whistle');
  });

  it('"what did the farmers move when they built the causeway?" → what they moved, not the year', () => {
    const answer = engine.ask('what did the farmers move when they built the causeway?');
    expect(answer.answer?.text).toBe('cattle');
  });

  it('"when a walker is cut off, what should they climb to?" → the place, not the phone number', () => {
    const answer = engine.ask('when a walker is cut off, what should they climb to?');
    expect(answer.passages[0]?.text).toMatch(/^Anyone cut off by the tide should climb to the refuge hut/);
    expect(answer.answer?.text).toMatch(/^refuge hut/);
  });

  it('"when was the causeway built?" → still the year', () => {
    expect(engine.ask('when was the causeway built?').answer?.text).toBe('1847');
  });
});
