/**
 * The rule choosing of quick-sweep.ts against compromise's own bulkMatch, on the same tagged
 * documents and rule sets: the same rules must be found at the same places, in the same order.
 */
import { readFileSync } from 'node:fs';
import pristine from 'compromise';
import { describe, expect, it } from 'vitest';
import { canStart, quickBulkMatch } from '../../src/nlp/quick-sweep.js';
import { readSeed } from '../support/seed.js';

type Args = Parameters<typeof quickBulkMatch>;
interface Internals {
  one: {
    match(docs: unknown[][], rule: unknown): { ptrs: unknown[] };
    bulkMatch(...args: Args): unknown[];
    buildNet(matches: unknown[], world: unknown): Args[1];
  };
}

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
const texts = [
  readSeed(),
  read('../fixtures/articles/plain.txt'),
  read('../fixtures/articles/other-debris.txt'),
  read('../fixtures/short-answer/valley-rail.txt'),
  // Commas, quotes, amounts, dates, titles, contractions: parts the rules are chosen for one by one.
  'Shares in Northwind Airlines rose 5% to $12.50, after the company reported profits of £3.2m for 2004.',
  "It's the third time this year that the club, which won the league in the 1990s, has changed its manager.",
  'Prof John Smith of Oxford University told the BBC that the findings were "deeply worrying" for farmers.',
  'who sined the agrement in st petersburg on monday, and why?',
];
const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((s) => s.trim().length > 3);

const methods = pristine.methods() as unknown as Internals & Args[2];
const world = pristine.world();

/**
 * The rule sets compromise sweeps a sentence with (the tagger's last pass, the chunker's), taken from
 * its own calls: building one again would re-read rules it has already marked as built.
 */
function netsInUse(): Args[1][] {
  const nets: Args[1][] = [];
  const original = methods.one.bulkMatch;
  methods.one.bulkMatch = (...args: Args) => {
    nets.push(args[1]);
    return original(...args);
  };
  try {
    pristine('The minister, who met them on Monday, said they had agreed.');
  } finally {
    methods.one.bulkMatch = original;
  }
  return [...new Set(nets)];
}
const inUse = netsInUse();
/** A small set, as `doc.match(net)` builds, with rules of no key (compromise's "always"). */
const small = methods.one.buildNet(
  [{ match: '#Person+' }, { match: '[#Value] (percent|%)' }, { match: '.' }, { match: 'the #Noun' }],
  world,
);

/** compromise's document of a text (comma parts, as its last tagging pass splits them). */
function documentOf(text: string): Args[0] {
  const doc = pristine(text) as unknown as { docs: unknown[][] };
  return doc.docs;
}

describe('quickBulkMatch', () => {
  it('finds the rules compromise finds, in its order, on every sentence', () => {
    expect(sentences.length).toBeGreaterThan(40);
    // The tagger's set (hundreds of keys) and the chunker's.
    expect(inUse.length).toBe(2);
    let found = 0;
    for (const s of sentences) {
      const docs = documentOf(s);
      for (const net of [...inUse, small]) {
        for (const opts of [{}, { matchOne: true }]) {
          const ours = quickBulkMatch(docs, net, methods, opts);
          expect(ours, s).toEqual(methods.one.bulkMatch(docs, net, methods, opts));
          found += ours.length;
        }
      }
    }
    expect(found).toBeGreaterThan(100);
  });

  it('skips only rules that match nowhere in the part (and skips most of those)', () => {
    let skipped = 0;
    let failing = 0;
    for (const s of sentences) {
      for (const part of documentOf(s)) {
        for (const net of [...inUse, small]) {
          const rules = new Set([...Object.values(net.hooks).flat(), ...net.always]);
          for (const rule of rules) {
            const found = methods.one.match([part], rule).ptrs.length;
            if (found === 0) failing++;
            if (!canStart(part as Parameters<typeof canStart>[0], rule.regs)) {
              skipped++;
              expect(found, `${rule.match} in ${s}`).toBe(0);
            }
          }
        }
      }
    }
    expect(skipped).toBeGreaterThan(failing / 2);
  });

  it('reads lists, either-or and both-and blocks, optional and repeated steps and contractions', () => {
    const patterns = [
      '(had|have|#PastTense) #Adjective [#PresentTense]',
      '(#Singular && @hasHyphen) #PresentTense',
      '[#Noun+] #Actor',
      '#Copula #Adjective? [(out|in|through)]',
      '(a|an) #Adjective? #Noun [#Infinitive] (#Preposition|#Noun)',
      '#Determiner #Noun* of #Verb',
      'we have #PastTense',
      '(is|was|#Modal)+ not',
    ];
    const net = methods.one.buildNet(
      patterns.map((match) => ({ match })),
      world,
    );
    const rules = [...Object.values(net.hooks).flat(), ...net.always];
    const texts = [
      "We've agreed that the well-known firm had a busy summer, and the new chair wouldn't say.",
      'The striker had clear chances to score in the first half, said the manager.',
      'A brief report was not ready; the band-aid approach fails, the chairman said.',
      'Many of the trade union members are out of work.',
    ];
    let skipped = 0;
    let found = 0;
    for (const text of texts) {
      for (const part of documentOf(text)) {
        for (const rule of rules) {
          const matches = methods.one.match([part], rule).ptrs.length;
          if (matches > 0) found++;
          if (canStart(part as Parameters<typeof canStart>[0], rule.regs)) continue;
          skipped++;
          expect(matches, `${rule.match} in ${text}`).toBe(0);
        }
      }
    }
    expect(found).toBeGreaterThan(3);
    expect(skipped).toBeGreaterThan(patterns.length * 2);
    // Read step by step, not only by the first two: none of these can start anywhere in the part.
    const [part] = documentOf('Many of the trade union members are out of work.');
    const can = (match: string) =>
      canStart(part as Parameters<typeof canStart>[0], rules.find((r) => r.match === match)?.regs ?? [{}]);
    expect(can('(had|have|#PastTense) #Adjective [#PresentTense]')).toBe(false);
    expect(can('[#Noun+] #Actor')).toBe(false);
    expect(can('(is|was|#Modal)+ not')).toBe(false);
    expect(can('#Determiner #Noun* of #Verb')).toBe(false);
    expect(can('#Copula #Adjective? [(out|in|through)]')).toBe(true);
  });
});
