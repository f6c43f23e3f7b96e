/** What `cli ask --json` and `--jsonl` print, record by record: the contract scripts read. */
import { describe, expect, it } from 'vitest';
import { answerRecord, jsonlLine, notAnAnswer } from '../../src/cli/records.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import type { Answer, ArticleRef, Passage } from '../../src/qa/types.js';

const ferry: ArticleRef = { id: 'ferry.txt', title: 'New Ferry Terminal', file: 'ferry.txt' };
const LEAVE = 'Council member Ada Moreno said the first ferries would leave from the new terminal in 2028.';
const passage: Passage = {
  text: LEAVE,
  score: 0.8,
  article: ferry,
  section: 'body',
  field: 'published',
  sentence: 2,
  highlights: [{ start: 86, end: 90, kind: 'answer' }],
};
const answer: Answer = {
  question: 'When will the first feries leave?',
  answered: true,
  confidence: 0.8,
  type: 'date',
  answer: { text: '2028', passage: 0, start: 86, end: 90 },
  passages: [passage],
  corrections: [{ from: 'feries', to: 'ferries' }],
};

describe('an answer as JSON', () => {
  it('carries the question, the short answer and its article, the passages with where they are, and the corrections', () => {
    expect(answerRecord(answer)).toEqual({
      question: 'When will the first feries leave?',
      answered: true,
      confidence: 0.8,
      answer: { text: '2028', passage: 0, start: 86, end: 90 },
      article: { id: 'ferry.txt', file: 'ferry.txt', title: 'New Ferry Terminal' },
      passages: [
        {
          text: LEAVE,
          score: 0.8,
          article: ferry,
          section: 'body',
          sentence: 2,
          highlights: [{ start: 86, end: 90, kind: 'answer' }],
        },
      ],
      corrections: [{ from: 'feries', to: 'ferries' }],
    });
  });

  it("names the article of the passage holding the short answer, else the first passage's; none when not answered", () => {
    const fares: ArticleRef = {
      id: 'fares.txt',
      title: 'Ferry Fares Rise',
      file: 'fares.txt',
      date: '1 May',
    };
    const other: Passage = { ...passage, article: fares, highlights: [] };
    const second = {
      ...answer,
      answer: { text: '2028', passage: 1, start: 86, end: 90 },
      passages: [other, passage],
    };
    expect(answerRecord(second).article).toEqual({
      id: 'ferry.txt',
      file: 'ferry.txt',
      title: 'New Ferry Terminal',
    });
    const noSpan = { ...answer, answer: null, passages: [other, passage] };
    expect(answerRecord(noSpan).article).toEqual({
      id: 'fares.txt',
      file: 'fares.txt',
      title: 'Ferry Fares Rise',
    });
    expect(answerRecord({ ...noSpan, answered: false }).article).toBeNull();
  });

  it("says a yes/no question's plain yes or no as `polarity`, and nothing when there is none", () => {
    const denied = { ...answer, question: 'will the ferries leave before 2028?', answer: null };
    expect(answerRecord({ ...denied, polarity: 'no' }).polarity).toBe('no');
    expect(answerRecord(denied)).not.toHaveProperty('polarity');
  });

  it("gives a comparison's two sides as `comparison`, beside its `polarity`, and nothing for any other answer", () => {
    const compared = { ...answer, question: 'is the skipper older than the purser?', answer: null };
    const comparison = {
      sides: [
        { label: 'Ida Lund', value: '58', passage: 0 },
        { label: 'Rob Hale', value: '31', passage: 1 },
      ] as const,
    };
    const record = answerRecord({ ...compared, polarity: 'yes', comparison });
    expect(record.polarity).toBe('yes');
    expect(record.comparison).toEqual(comparison);
    expect(answerRecord(compared)).not.toHaveProperty('comparison');
  });

  it('names the other matching articles when there are some', () => {
    const other = { id: 'fares.txt', title: 'Ferry Fares Rise', file: 'fares.txt' };
    expect(answerRecord({ ...answer, alsoIn: [other] }).alsoIn).toEqual([other]);
  });

  it('gives a refused question its reason in words, as `error`', () => {
    const refused = {
      ...answer,
      answered: false,
      answer: null,
      passages: [],
      refused: 'no-keywords' as const,
    };
    expect(answerRecord(refused)).toMatchObject({
      answered: false,
      passages: [],
      error: 'That question has no words I can look up. Try naming who or what you are asking about.',
    });
    expect(answerRecord(answer)).not.toHaveProperty('error');
  });
});

describe('a question not answered, as JSON', () => {
  it('says what a person would read: the page names no author, or nothing was found', () => {
    const noAuthor = answerRecord({
      ...answer,
      answered: false,
      confidence: 0,
      answer: null,
      passages: [],
      page: 'author',
    });
    expect(noAuthor).toMatchObject({ answered: false, message: 'The page names no author.' });
    expect(noAuthor).not.toHaveProperty('error');
    const missed = answerRecord({ ...answer, answered: false, answer: null });
    expect(missed).toMatchObject({ message: "I couldn't find that in the article. The closest I found:" });
    expect(answerRecord(answer)).not.toHaveProperty('message');
  });
});

describe('help and commands, as the CLI words them', () => {
  it("lists the CLI's commands, not the console's", () => {
    const help = notAnAnswer({ kind: 'help', examples: [], articles: 1 }) as { message: string };
    expect(help.message).toContain('cli ask "question"');
    expect(help.message).not.toContain('/quit');
    const command = notAnAnswer({ kind: 'command', name: 'summary', args: '' }) as { message: string };
    expect(command.message).toBe(
      'Unknown command "/summary". Commands: cli ask "question"  cli summary [--sentences N] [--article ID]  cli add URL  cli --help',
    );
  });
});

describe('a message that is not a question, as JSON', () => {
  it('says what it was taken for and what a person would read', () => {
    expect(notAnAnswer({ kind: 'courtesy', courtesy: 'thanks', examples: [] })).toEqual({
      intent: 'courtesy',
      answered: false,
      article: null,
      passages: [],
      message: "You're welcome! Ask me anything else about the article.",
    });
  });

  it('lists the articles to pick from when several are loaded and none is named', () => {
    const other = { id: 'fares.txt', title: 'Ferry Fares Rise', file: 'fares.txt' };
    const record = notAnAnswer({ kind: 'choose-article', asked: 'author', articles: [ferry, other] });
    expect(record).toMatchObject({
      intent: 'choose-article',
      answered: false,
      passages: [],
      articles: [ferry, other],
    });
    expect(notAnAnswer({ kind: 'help', examples: [], articles: 2 })).not.toHaveProperty('articles');
  });

  it('gives a summary its sentences as passages', () => {
    const record = notAnAnswer({ kind: 'summary', summary: { article: ferry, sentences: ['One.', 'Two.'] } });
    expect(record).toMatchObject({
      intent: 'summary',
      answered: true,
      article: { id: 'ferry.txt', file: 'ferry.txt', title: 'New Ferry Terminal' },
      passages: [
        { text: 'One.', article: ferry },
        { text: 'Two.', article: ferry },
      ],
    });
  });
});

describe('one line of `ask --jsonl`', () => {
  const engine = new Engine([
    parseArticle(
      'ferry.txt',
      `New Ferry Terminal\n\nThe harbour council approved a new ferry terminal on Tuesday.\n\n${LEAVE}\n`,
    ),
  ]);

  it('marks a line that is not JSON, or has no question string, by its number', () => {
    expect(JSON.parse(jsonlLine(engine, '{oops', 4, undefined))).toEqual({
      id: null,
      line: 4,
      error: 'line 4: not valid JSON',
    });
    expect(JSON.parse(jsonlLine(engine, '{"id":"q1","question":42}', 5, undefined))).toEqual({
      id: 'q1',
      line: 5,
      error: 'line 5: missing "question" string',
    });
    expect(JSON.parse(jsonlLine(engine, '"who?"', 6, undefined))).toEqual({
      id: null,
      line: 6,
      error: 'line 6: missing "question" string',
    });
    expect(JSON.parse(jsonlLine(engine, 'null', 7, undefined))).toMatchObject({ id: null, line: 7 });
  });

  it('keeps a string or number id, and nothing else as id', () => {
    const idOf = (id: unknown) =>
      (
        JSON.parse(jsonlLine(engine, JSON.stringify({ id, question: 'thanks' }), 1, undefined)) as {
          id: unknown;
        }
      ).id;
    expect(idOf('q7')).toBe('q7');
    expect(idOf(7)).toBe(7);
    expect(idOf({ nested: true })).toBeNull();
    expect(idOf(true)).toBeNull();
  });

  it('answers a question, and takes a greeting as one', () => {
    const line = JSON.parse(
      jsonlLine(
        engine,
        JSON.stringify({ id: 1, question: 'When will the first ferries leave?' }),
        1,
        undefined,
      ),
    ) as { id: number; answered: boolean; passages: { text: string }[] };
    expect(line.id).toBe(1);
    expect(line.passages[0]?.text).toBe(LEAVE);
    const thanks = JSON.parse(jsonlLine(engine, '{"id":2,"question":"thanks!"}', 2, undefined)) as object;
    expect(thanks).toMatchObject({ id: 2, intent: 'courtesy', answered: false });
  });

  it('gives the question back as the line asked it, lead-in and all, greetings too', () => {
    const asked = 'hey, can you tell me when the first ferries will leave?';
    const line = JSON.parse(jsonlLine(engine, JSON.stringify({ id: 4, question: asked }), 4, undefined)) as {
      question: string;
      passages: { text: string }[];
    };
    expect(line.question).toBe(asked);
    expect(line.passages[0]?.text).toBe(LEAVE);
    expect(JSON.parse(jsonlLine(engine, '{"id":5,"question":"thanks!"}', 5, undefined))).toMatchObject({
      question: 'thanks!',
    });
  });

  it('"tell me more" after a question line: no conversation to read on from, said as the CLI', () => {
    jsonlLine(engine, '{"id":1,"question":"When will the first ferries leave?"}', 1, undefined);
    const more = JSON.parse(jsonlLine(engine, '{"id":2,"question":"tell me more"}', 2, undefined)) as {
      message: string;
    };
    expect(more).toEqual({
      id: 2,
      question: 'tell me more',
      intent: 'more',
      answered: false,
      article: null,
      passages: [],
      message: expect.stringContaining('The CLI answers each question on its own') as unknown,
    });
    expect(more.message).not.toContain('More of what?');
  });

  it('reads a first line that starts with a byte-order mark', () => {
    const line = JSON.parse(
      jsonlLine(engine, '\uFEFF{"id":6,"question":"When will the ferries leave?"}', 1, undefined),
    );
    expect(line).toMatchObject({ id: 6, question: 'When will the ferries leave?' });
    expect(line).not.toHaveProperty('error');
  });

  it('asks only the named article', () => {
    const line = JSON.parse(
      jsonlLine(engine, '{"id":3,"question":"When will the ferries leave?"}', 3, 'other.txt'),
    ) as { passages: unknown[] };
    expect(line.passages).toEqual([]);
  });
});

describe('the passages after the first, as JSON', () => {
  const FARES = 'Ada Moreno, Ben Ito and Carla Ruiz voted for the fares.';
  const further: Passage = {
    ...passage,
    text: FARES,
    sentence: 5,
    highlights: [
      { start: 0, end: 10, kind: 'answer' },
      { start: 12, end: 19, kind: 'answer' },
      { start: 24, end: 34, kind: 'answer' },
      { start: 35, end: 40, kind: 'match' },
    ],
  };
  const who: Answer = {
    ...answer,
    question: 'Who said the ferries would leave?',
    type: 'person',
    answer: { text: 'Ada Moreno', passage: 0, start: 15, end: 25 },
    passages: [{ ...passage, highlights: [{ start: 15, end: 25, kind: 'answer' }] }, further],
  };

  it('mark as the answer only where the short answer appears, not every name of the asked kind', () => {
    const [first, second] = answerRecord(who).passages as { highlights: unknown }[];
    expect(first?.highlights).toEqual([{ start: 15, end: 25, kind: 'answer' }]);
    expect(second?.highlights).toEqual([
      { start: 0, end: 10, kind: 'answer' },
      { start: 35, end: 40, kind: 'match' },
    ]);
  });

  it('keep only the question words marked when there is no short answer', () => {
    const [, second] = answerRecord({ ...who, answer: null }).passages as { highlights: unknown }[];
    expect(second?.highlights).toEqual([{ start: 35, end: 40, kind: 'match' }]);
  });
});
