/**
 * The person a conversation was last about (`AskOptions.lastPeople`, `last-person.ts`): what "he",
 * "she" in its next question read as, before the story's main subject ("they" is plural: not them).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { personAfter } from '../../src/qa/last-person.js';
import { personSubject } from '../../src/qa/subject.js';

// Two people, neither the story's one subject: "he" alone could be either.
const TRAMS = parseArticle(
  'trams.txt',
  [
    'City and union agree tram deal',
    'Transport chief David Walsh and union leader Oskar Brandt signed the tram agreement on Tuesday.',
    'Walsh said the new timetable would start in May.',
    'Brandt said drivers would get a rest day after every five shifts.',
    'The deal ends a strike that lasted three weeks.',
  ].join('\n\n'),
);
const engine = new Engine([TRAMS]);

describe('AskOptions.lastPeople', () => {
  it('reads "he" as the remembered person: "what did he say?" after Brandt or Walsh', () => {
    expect(engine.ask('what did he say?', { lastPeople: ['Oskar Brandt'] }).passages[0]?.text).toMatch(
      /^Brandt said/,
    );
    expect(engine.ask('what did he say?', { lastPeople: ['David Walsh'] }).passages[0]?.text).toMatch(
      /^Walsh said/,
    );
  });

  it('"they" is plural: it is not the one person remembered, and is read as with no one remembered', () => {
    const plain = engine.ask('what did they say?');
    const withPerson = engine.ask('what did they say?', { lastPeople: ['Oskar Brandt'] });
    expect(withPerson.passages.map((p) => p.text)).toEqual(plain.passages.map((p) => p.text));
    expect(withPerson.confidence).toBe(plain.confidence);
  });

  it('the remembered name is the reader\'s word: "what did he say?" is judged as "what did brandt say?"', () => {
    for (const [name, last] of [
      ['brandt', 'Oskar Brandt'],
      ['walsh', 'David Walsh'],
    ] as const) {
      const named = engine.ask(`what did ${name} say?`);
      const followUp = engine.ask('what did he say?', { lastPeople: [last] });
      expect(followUp.answered, last).toBe(true);
      expect(followUp.confidence, last).toBe(named.confidence);
    }
  });

  it('without a remembered person "what did he say?" asks which of the two men is meant', () => {
    const answer = engine.ask('what did he say?');
    expect(answer.refused).toBe('unclear-person');
    expect(answer.unclear).toEqual({ pronoun: 'he', unlike: [], fitting: ['David Walsh', 'Oskar Brandt'] });
  });

  it('a question without a pronoun, or naming someone before it, is read the same with or without one', () => {
    const questions = ['when will the timetable start?', 'what did Walsh say he would start?'];
    // A woman remembered: the "he" bound by "Walsh" is no one else to look for either.
    for (const [question, last] of questions.flatMap((q) => [
      [q, 'Oskar Brandt'] as const,
      [q, 'Helen Okafor'] as const,
    ])) {
      const plain = engine.ask(question);
      const withPerson = engine.ask(question, { lastPeople: [last] });
      expect(
        withPerson.passages.map((p) => p.text),
        question,
      ).toEqual(plain.passages.map((p) => p.text));
      expect(withPerson.confidence, question).toBe(plain.confidence);
    }
  });

  it('several people remembered: "they" is all of them, "he" the one it fits, or unclear when it fits both', () => {
    const both = ['David Walsh', 'Oskar Brandt'];
    const they = engine.ask('what did they say?', { lastPeople: both });
    expect(they.readAs).toEqual({ pronoun: 'they', people: both });
    expect(they.refused).toBeUndefined();
    // "Oskar" is in neither first-name list: he could be "he" as much as David is.
    expect(engine.ask('what did he say?', { lastPeople: both })).toMatchObject({
      refused: 'unclear-person',
      unclear: { pronoun: 'he', unlike: [], fitting: both },
    });
    // "Helen" is only a woman's name: "she" is her (the story names her by the surname it says).
    const withHelen = engine.ask('what did she say?', { lastPeople: ['David Walsh', 'Helen Brandt'] });
    expect(withHelen.readAs).toEqual({ pronoun: 'she', people: ['Helen Brandt'] });
    expect(withHelen.passages[0]?.text).toMatch(/^Brandt said/);
  });

  it('a name is read by its last word, as news names a person again', () => {
    expect(personSubject('Dr. Maria Santos')).toMatchObject({ word: 'santos', kind: 'person' });
    expect(personSubject('  ')).toBeUndefined();
  });
});

describe('whom the conversation is about after an answer', () => {
  const answer = (question: string) => ({ kind: 'answer' as const, answer: engine.ask(question) });

  it('the person the question named, as the story writes the name', () => {
    expect(personAfter(engine, answer('who is brandt?'), undefined)).toEqual({
      names: ['Oskar Brandt'],
      article: 'trams.txt',
    });
  });

  it('else the short answer when it is one person; else the one before, in the same story', () => {
    const before = { names: ['Oskar Brandt'], article: 'trams.txt' };
    expect(personAfter(engine, answer('who said the timetable would start in May?'), before)).toEqual({
      names: ['Walsh'],
      article: 'trams.txt',
    });
    expect(personAfter(engine, answer('how long did the strike last?'), before)).toEqual(before);
    expect(
      personAfter(engine, answer('how long did the strike last?'), { ...before, article: 'other.txt' }),
    ).toBe(undefined);
    // Several people named together, and nothing else: all of them, in the answer's order.
    expect(personAfter(engine, answer('who signed the tram agreement?'), before)).toEqual({
      names: ['David Walsh', 'Oskar Brandt'],
      article: 'trams.txt',
    });
    // A greeting or help changes nothing.
    expect(personAfter(engine, { kind: 'help', examples: [], articles: 1 }, before)).toBe(before);
  });
});

describe('a pronoun with no one talked about, in a folder of several stories', () => {
  const other = parseArticle(
    'ferry.txt',
    ['Ferry service returns', 'Captain Maria Lopez said the ferry would sail again on Friday.'].join('\n\n'),
  );
  const two = new Engine([TRAMS, other]);

  it('"who is he?" asks who is meant: no story is talked about, so no one to name', () => {
    const answer = two.ask('who is he?');
    expect(answer.refused).toBe('unclear-person');
    expect(answer.unclear).toBeUndefined();
  });

  it('with the story picked, it names the men of that story', () => {
    expect(two.ask('what did he say?', { article: 'trams.txt' }).unclear?.fitting).toEqual([
      'David Walsh',
      'Oskar Brandt',
    ]);
  });
});
