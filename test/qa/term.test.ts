/**
 * A question word's terms, every one made by `newTerm`: one shape (every field present, in one order),
 * so that the code reading them is compiled once, whatever a reader's question brings. The fields a
 * reader of a term sees are the ones the literals gave before.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import type { Term } from '../../src/qa/expansion.js';
import { LENT, newTerm, OTHER, OTHER_ENTAILED } from '../../src/qa/term.js';

const FIELDS = ['stem', 'weight', 'lent', 'other', 'entailed'];

describe('newTerm', () => {
  it('gives every field, a flag not set as undefined', () => {
    expect(Object.keys(newTerm('bridg', 1))).toEqual(FIELDS);
    expect(newTerm('bridg', 1)).toEqual({ stem: 'bridg', weight: 1 });
    expect(newTerm('okafor', 0.5, LENT)).toEqual({ stem: 'okafor', weight: 0.5, lent: true });
    expect(newTerm('repair', 0.6, OTHER)).toEqual({ stem: 'repair', weight: 0.6, other: true });
    expect(newTerm('kill', 0.4, OTHER_ENTAILED)).toEqual({
      stem: 'kill',
      weight: 0.4,
      other: true,
      entailed: true,
    });
  });

  it('reads as the literal it replaces: a flag not set is not true', () => {
    const plain = newTerm('bridg', 1);
    expect(plain.lent === true || plain.other === true || plain.entailed === true).toBe(false);
    expect(Object.keys(newTerm('kill', 0.4, OTHER_ENTAILED))).toEqual(FIELDS);
  });
});

describe('the terms of readers’ questions', () => {
  const story = parseArticle(
    'harbour-bridge.txt',
    [
      'Harbour bridge reopens after repairs',
      'Transport Minister Dana Okafor reopened the harbour bridge on Monday.',
      'She said the repairs cost £4m and took six months.',
      'No one was killed when a lorry struck the bridge in May, but two drivers were hurt.',
      'The headteacher of the nearby school welcomed the news.',
    ].join('\n\n'),
  );
  const engine = new Engine([story]);
  const terms = (question: string): Term[] =>
    (engine.assess(question).searched?.groups ?? []).flatMap((g) => g.terms);

  const questions = [
    'when did the minister reopen the bridge?',
    'did anyone die?',
    'how much did the fix cost?',
    'what did the head teacher say?',
    'how long did the repairs take?',
    'when did she reopen it?',
    'what did the transport secretary open?',
  ];

  it.each(questions)('"%s": every term has one shape', (question) => {
    const all = terms(question);
    expect(all.length).toBeGreaterThan(0);
    for (const term of all) expect(Object.keys(term)).toEqual(FIELDS);
  });

  it('every kind of term is among them: a name lent, a word said in other words, an event entailed', () => {
    const all = questions.flatMap(terms);
    expect(all.some((t) => t.lent === true)).toBe(true);
    expect(all.some((t) => t.other === true && t.entailed !== true)).toBe(true);
    expect(all.some((t) => t.entailed === true)).toBe(true);
  });

  it('the role word lends its name, and "die" reads "killed" as an event it entails', () => {
    expect(terms('when did the minister reopen the bridge?')).toContainEqual({
      stem: 'okafor',
      weight: expect.any(Number) as number,
      lent: true,
    });
    expect(
      terms('did anyone die?')
        .filter((t) => t.entailed === true)
        .map((t) => t.stem),
    ).toContain('kill');
  });
});
