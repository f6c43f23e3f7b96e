/**
 * Scenarios: short answers of the wrong kind, and a question read without its wh-word, on a story about
 * a councillor the tagger knows by no name (test/fixtures/name-asked): "whats her name?" and "what is
 * raman's name?" were answered "14 May" (the tagger reads "Priya Raman" as a phrase, not a person, so
 * no name in full was found and any span would do); "were was the meting held?" kept "were", a real
 * word, and was answered "Yes"; "how many buses will run?" was answered "Nine park-and", a phrase the
 * tagger cut inside "park-and-ride" at its "and". On a second story (test/fixtures/hyphened-names),
 * names the tagger cut inside a word written with hyphens: "Newcastle" of "Newcastle-upon-Tyne",
 * "Paul Fournier" of "Jean-Paul Fournier". cf3e684 failed each.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { reply } from '../../src/console/chat.js';
import { story } from '../support/chat.js';

const { engine } = await loadEngine(new URL('../fixtures/name-asked', import.meta.url).pathname);
const talks = await loadEngine(new URL('../fixtures/hyphened-names', import.meta.url).pathname);

const shortAnswer = (question: string) => {
  const answer = engine.ask(question);
  expect(answer.answered).toBe(true);
  return answer.answer?.text;
};

describe('a name asked by a possessive is answered by the name in full, the tagger or not', () => {
  it.each(["what is raman's name", 'whats ramans name?'])('"%s"', (question) => {
    expect(shortAnswer(question)).toBe('Priya Raman');
    expect(engine.ask(question).passages[0]?.text).toMatch(/^City council member Priya Raman/u);
  });

  // A first question's "her" is the story's subject, as the console and the CLI read it.
  it.each([
    ['whats her name', 'Priya Raman'],
    ['what is her name?', 'Priya Raman'],
    ['whats her surname?', 'Raman'],
  ])('"%s" → %s', (question, name) => {
    expect(reply(engine, question, false, {})).toMatch(
      new RegExp(`^\\(read "her" as Priya Raman\\)\\n${name}\\nCity council member Priya Raman`, 'u'),
    );
  });
});

describe('a name asked is never a date, when no passage shown names her in full', () => {
  // Her name in full is only in the lead, which the question's words do not bring up: the passage
  // answering says "Raman will be sworn in on January 2."
  const ELECTION = () =>
    story(
      'election.txt',
      'Priya Raman wins Harford mayoral race by 812 votes',
      'HARFORD, Ohio — City council member Priya Raman was elected mayor of Harford on Tuesday, defeating two-term incumbent Dale Whitcomb in a race that went down to the final precincts.',
      "Raman received 9,431 votes to Whitcomb's 8,619, according to unofficial results released by the Harford County Board of Elections shortly after midnight.",
      "Raman, 38, a former public school teacher, campaigned on repairing the city's aging water mains. She will be the first woman to lead the city.",
      'Whitcomb conceded in a phone call to Raman around 12:45 a.m.',
      'Raman will be sworn in on January 2. The city council will hold a special election in March to fill the seat she is leaving.',
    );

  it.each(["what is raman's name", 'whats her name'])('"%s"', (question) => {
    const said = reply(ELECTION(), question, false, {}) ?? '';
    expect(said).not.toMatch(/^(?:\(read .*\)\n)?(?:January 2|March|12:45)/u);
    expect(said).not.toContain("I couldn't find");
  });
});

describe('"were" with an auxiliary right after it is "where"', () => {
  it.each(['were was the meting held', 'were is the town hall?'])('"%s"', (question) => {
    expect(shortAnswer(question)).toBe('Harbury Town Hall');
  });

  it('"were the buses late?" stays a yes/no question', () => {
    expect(engine.ask('were the buses late?').answer?.text).not.toBe('Harbury Town Hall');
  });
});

describe('a short answer never ends inside a word written with hyphens', () => {
  it.each(['how many buses will run?', 'how many park-and-ride buses will there be?'])('"%s"', (question) => {
    expect(shortAnswer(question)).toMatch(/^Nine(?: park-and-ride buses)?$/u);
  });
});

describe('a name written with hyphens is answered whole', () => {
  const answerOf = (question: string) => talks.engine.ask(question).answer?.text;

  it('"where were the talks held?" → Newcastle-upon-Tyne', () => {
    expect(answerOf('where were the talks held?')).toBe('Newcastle-upon-Tyne');
  });

  it.each(["who is the union's leader?", 'who leads the union?'])('"%s" → Jean-Paul Fournier', (question) => {
    expect(answerOf(question)).toBe('Jean-Paul Fournier');
  });

  it('"where is the factory?" is still the town, not a person "Trent"', () => {
    expect(answerOf('where is the factory?')).toBe('Stoke-on-Trent');
  });
});
