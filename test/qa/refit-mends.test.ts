/**
 * What the learned models see, mended after the refit of session 56 (docs/measured.md): a time gone by
 * is no one's age; a verb of coming to be asks the date marked as the thing's origin; a clock time
 * shown says the "times" a time of day is asked by; the noun of a "which team" question is said by a
 * name of its type; a "her" read as someone finds her name in full where the tagger knows none. Each
 * scenario is in the test named beside it (century, clock-time, match-winner, name-asked,
 * answerability).
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import type { Group } from '../../src/qa/expansion.js';
import { clockWordsSaid, typeNounSaid } from '../../src/qa/answerability.js';
import { parseQuestion, typeNounAsked } from '../../src/qa/question.js';
import { askedSlot, namesOrigin, slotEvidence, timeBetween } from '../../src/qa/slot.js';
import { namePartsSaid } from '../../src/qa/span-described.js';
import { stem, tokenize } from '../../src/qa/text.js';
import type { Passage } from '../../src/qa/types.js';

const slotOf = (question: string) => askedSlot(question, parseQuestion(question));
const groupsOf = (question: string): Group[] =>
  parseQuestion(question).keywords.map((k) => ({
    word: k.word,
    terms: [{ stem: k.stem, weight: 1 }],
    idf: 1,
  }));
const evidence = (question: string, passage: string) =>
  slotEvidence(
    slotOf(question),
    { text: passage, tokens: tokenize(passage), entities: () => findEntities(passage) },
    groupsOf(question),
  );

describe("a time gone by is no one's age", () => {
  it('"five years ago" fills a person\'s age not even loosely', () => {
    const slot = evidence(
      'How old was Okafor when he made his debut?',
      'He made his senior debut five years ago.',
    );
    expect(slot).toMatchObject({ found: false, loose: false });
  });

  it('a bare number still fills it loosely, and an age fully', () => {
    expect(evidence('How old was Okafor when he made his debut?', 'He made his debut at 19.')?.loose).toBe(
      true,
    );
    expect(evidence('How old is Okafor?', 'Okafor, 24, scored twice.')?.found).toBe(true);
  });

  it("a thing's age may still be how long ago it was built", () => {
    expect(evidence('how old is the bridge?', 'The bridge was built 150 years ago.')?.loose).toBe(true);
  });

  it('timeBetween reads the span from its start', () => {
    const text = 'He made his debut five years ago, in a cup tie.';
    const start = text.indexOf('five');
    expect(timeBetween({ start, end: start + 4 }, text)).toBe(true);
    expect(timeBetween({ start, end: text.length }, text)).toBe(false);
  });
});

describe('verbs of coming to be', () => {
  it.each([
    ['make', true],
    ['build', true],
    ['found', true],
    ['steal', false],
    ['find', false],
  ])('%s: %s', (lemma, origin) => {
    expect(namesOrigin(lemma)).toBe(origin);
  });
});

describe('a clock time the short answer gives says the words a time of day is asked by', () => {
  const article = { id: 'cafe', title: 'Old signal box to reopen as village cafe', file: 'cafe.txt' };
  /** A passage shown, its question words marked as the engine marks them. */
  const passage = (text: string, words: readonly string[], id = 'cafe') =>
    ({
      text,
      article: { ...article, id },
      section: 'body',
      score: 1,
      highlights: words.map((w) => ({
        start: text.indexOf(w),
        end: text.indexOf(w) + w.length,
        kind: 'match',
      })),
    }) as unknown as Passage;
  const groups = ['opening', 'times'].map((word) => ({
    word,
    terms: [{ stem: stem(word), weight: 1 }],
    idf: 1,
  }));
  const day = passage('The cafe will open on Saturday 14 March.', ['open']);

  it('"times" of "what are the opening times" when a passage of the story gives "8am to 4pm"', () => {
    const hours = passage('It will be open from 8am to 4pm, Tuesday to Sunday.', ['open']);
    expect(clockWordsSaid(groups, 'what are the opening times', [day, hours])).toEqual([1]);
  });

  it('not for a time in a sentence of no word of the question, nor when no time of day is asked', () => {
    const smashed = passage('Thieves smashed a window at about 02:40 GMT.', []);
    expect(clockWordsSaid(groups, 'what are the opening times', [day, smashed])).toEqual([]);
    const hours = passage('It will be open from 8am to 4pm.', ['open']);
    expect(clockWordsSaid(groups, 'why were the opening times cut', [day, hours])).toEqual([]);
  });
});

describe('the noun a name of the type asked says', () => {
  const groups = ['team', 'won'].map((word) => ({ word, terms: [{ stem: stem(word), weight: 1 }], idf: 1 }));

  it('"team" of "which team won", when the passage says every other word', () => {
    expect(typeNounSaid(groups, 'which team won', new Set([stem('won')]))).toEqual([0]);
  });

  it('not when it lacks another word of the question', () => {
    expect(typeNounSaid(groups, 'which team won', new Set([stem('beat')]))).toEqual([]);
  });
});

describe('the noun a place or an organisation is asked by', () => {
  it.each([
    ['which team won', 'team'],
    ['What city is the festival in?', 'city'],
    ['what company bought the mill', 'company'],
    ['who won', undefined],
    ['which player scored', undefined],
  ])('"%s": %s', (question, noun) => {
    expect(typeNounAsked(question)).toBe(noun);
  });
});

describe('a name in full says its parts, for a "her" read as someone', () => {
  const text = 'City council member Priya Raman was chosen on Monday.';
  const passage = { text, tokens: tokenize(text), tags: [] };
  const groups = [{ word: 'surname' }, { word: 'raman', pronoun: true as const }];

  it('"whats her surname?" with "her" read as Priya Raman: "surname" is said', () => {
    expect(namePartsSaid("what's her surname?", groups, passage)).toEqual([0]);
  });

  it('not when the passage names her by her surname only', () => {
    const short = 'Raman said the plan was ready.';
    expect(
      namePartsSaid("what's her surname?", groups, { text: short, tokens: tokenize(short), tags: [] }),
    ).toEqual([]);
  });
});
