/**
 * `speakerTest` reads a speaker's name where it stands (`nameAt`) and tries the rest of its patterns,
 * compiled once, at each place, instead of compiling two patterns holding the name for each name asked
 * about. The answer must be the one those patterns gave: here they are built as they were (`perName`),
 * and both are asked of sentences written for this test, for names and people read for "he".
 */
import { describe, expect, it } from 'vitest';
import { GOES_ON } from '../../src/qa/referents.js';
import { nameAt, speakerTest } from '../../src/qa/speaker.js';

const SPEECH =
  '(?:said|says|told|tells|thanked|thanks|promised|promises|pledged|added|adds|warned|stated|announced|explained|insisted|claimed|noted|argued|urged|praised|stressed|vowed|admitted|replied|wrote)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The test as it was: two patterns built around the name's words, and one for "He said…". */
function perName(names: readonly string[]): (text: string, referent?: readonly string[]) => boolean {
  const words = names.filter((w) => w.length > 2);
  if (words.length === 0) return () => false;
  const name = `(?:${words.map(escape).join('|')})`;
  const before = new RegExp(`\\b${name}(?:\\s*,[^,]{1,40},)?\\s+(?:\\p{Ll}+\\s+)?${SPEECH}\\b`, 'iu');
  const after = new RegExp(`\\b${SPEECH}\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}${name}\\b`, 'iu');
  const pronoun = new RegExp(
    `^\\s*(?:${GOES_ON}\\s+(?:he|she)|He|She)\\s+(?:\\p{Ll}+\\s+)?${SPEECH}\\b`,
    'u',
  );
  return (text, referent) => {
    if (before.test(text) || after.test(text)) return true;
    if (referent === undefined || !referent.some((w) => words.includes(w))) return false;
    return pronoun.test(text);
  };
}

const SENTENCES = [
  'Councillor Mara Quist said the depot would close in May.',
  'Quist, for her part, said the drivers had been told in March.',
  'Quist also warned that fares would rise.',
  '“We will fight this,” said union organiser Tomas Quist-Byrne.',
  '“It is a sad day,” said Deputy Transport Secretary Mara Quist.',
  'The closure was announced by the council, a spokesman said.',
  'QUIST SAID NOTHING at the meeting.',
  'Quist and Hale signed the letter, the union said.',
  'Hale, who chairs the board and has done since the spring of last year, said little.',
  'He said the plan was “a mistake”.',
  'And she claimed that nobody had asked the drivers.',
  'She told reporters the depot had lost money for years.',
  'The a-a-a report, said A-a-a Hale, was late.',
  'said Hale',
  'Hale said',
  'O’Neil told the meeting that the vote was lost.',
  "O'Neil thanked the staff.",
  'The depot’s manager, Ann Annan, said she was sorry.',
  'Annan noted the cost; Ann said nothing.',
  'Drivers praised Hale, who said the depot would reopen.',
];

const NAMES: string[][] = [
  ['mara', 'quist'],
  ['quist'],
  ['hale'],
  ['tomas', 'quist-byrne'],
  ['a-a'],
  ['o’neil'],
  ["o'neil"],
  ['ann', 'annan'],
  ['annan', 'ann'],
  ['he'],
  [],
  ['council'],
];

const REFERENTS: Array<readonly string[] | undefined> = [undefined, ['hale'], ['quist'], ['nobody']];

describe('speakerTest', () => {
  it('gives the answer the patterns built per name gave, for every name, sentence and person read as "he"', () => {
    let spoken = 0;
    for (const names of NAMES) {
      const test = speakerTest(names);
      const reference = perName(names);
      for (const text of SENTENCES)
        for (const referent of REFERENTS) {
          expect(test(text, referent), `${names.join(' ')} / ${String(referent)} / ${text}`).toBe(
            reference(text, referent),
          );
          if (test(text, referent)) spoken++;
        }
    }
    // Both answers occur: the comparison is not of two tests that always say no.
    expect(spoken).toBeGreaterThan(40);
  });

  it('answers the same asked again, after other names and of another story', () => {
    const first = SENTENCES.map((s) => speakerTest(['quist'])(s));
    for (const names of NAMES) SENTENCES.forEach((s) => speakerTest(names)(s, ['hale']));
    expect(SENTENCES.map((s) => speakerTest(['quist'])(s))).toEqual(first);
    expect(first.filter(Boolean).length).toBeGreaterThan(3);
  });
});

describe('nameAt', () => {
  it('finds every place of a word, overlapping ones too, at a word start or a word end', () => {
    expect(nameAt('a-a-a said', 'a-a', true)).toEqual([
      [0, 3],
      [2, 5],
    ]);
    expect(nameAt('Hale said; HALE told', 'hale', true)).toEqual([
      [0, 4],
      [11, 15],
    ]);
    // "Halepa": no word ends after its "hale"; "Shale": no word starts at its "hale".
    expect(nameAt('Halepa met Shale', 'hale', false)).toEqual([[12, 16]]);
    expect(nameAt('Halepa met Shale', 'hale', true)).toEqual([[0, 4]]);
    expect(nameAt('Shale met Hale', 'hale', false)).toEqual([
      [1, 5],
      [10, 14],
    ]);
  });

  it('reads a word with pattern characters as itself', () => {
    expect(nameAt('Mr K.C. Hale (retired) said', 'k.c', true)).toEqual([[3, 6]]);
    expect(nameAt('Mr KxC Hale said', 'k.c', true)).toEqual([]);
  });
});
