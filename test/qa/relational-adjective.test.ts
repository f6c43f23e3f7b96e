import { describe, expect, it } from 'vitest';
import { modifiesNext } from '../../src/qa/relational-adjective.js';
import { subjectsOfVerb, subjectVerb } from '../../src/qa/verb-subject.js';
import { tokenize } from '../../src/qa/text.js';

/** The span of `word` in `text` (its first occurrence). */
function at(text: string, word: string): [number, number] {
  const start = text.indexOf(word);
  return [start, start + word.length];
}

describe('modifiesNext: a relational adjective before its noun names no one', () => {
  it.each([
    ['A runner has broken a Welsh record.', 'Welsh'],
    ['They crushed an Anglo-Welsh touring team in 1908.', 'Anglo-Welsh'],
    ['The Russian side won 2-0.', 'Russian'],
    ['The Royal family will attend.', 'Royal'],
    // A plural noun spelt like a verb's form, with no "the" before the adjective (nc53).
    ['A hoard of 1,100 Roman coins was found.', 'Roman'],
  ])('%s: "%s" modifies the word after it', (text, word) => {
    expect(modifiesNext(text, ...at(text, word))).toBe(true);
  });

  it.each([
    ['Who besides the British colonized Africa? The French and the Dutch.', 'French'],
    ['The British colonized much of Africa.', 'British'],
    ['The record was set by Carys Rennie in 2013.', 'Carys'],
    ['A swimmer from Falkirk has broken it.', 'Falkirk'],
    ['The prize went to the Scottish.', 'Scottish'],
  ])('%s: "%s" does not', (text, word) => {
    expect(modifiesNext(text, ...at(text, word))).toBe(false);
  });
});

describe('subjectsOfVerb: a role followed by where it is from, and a participle read as an adjective', () => {
  const verb = subjectVerb('who broke the record');
  it('"a swimmer from Falkirk has broken" has "swimmer" as the subject of "broke"', () => {
    const text = 'A swimmer from Falkirk has broken a national record.';
    const candidates = [{ span: { start: 2, end: 9 } }];
    expect(verb).toBeDefined();
    if (verb === undefined) return;
    expect(subjectsOfVerb(candidates, verb, { text, tokens: tokenize(text) }, true)).toEqual(candidates);
    // Without the post-modifier read, a phrase after it stands between the subject and its verb.
    expect(subjectsOfVerb(candidates, verb, { text, tokens: tokenize(text) })).toEqual([]);
  });

  it('"a swimmer has broken" has its subject, "broken" being a form of "broke"', () => {
    const text = 'A swimmer has broken a national record.';
    const candidates = [{ span: { start: 2, end: 9 } }];
    if (verb === undefined) return;
    expect(subjectsOfVerb(candidates, verb, { text, tokens: tokenize(text) })).toEqual(candidates);
  });

  it('a clause after the preposition is no post-modifier', () => {
    const text = 'A swimmer from the club that the council funds has broken a record.';
    const candidates = [{ span: { start: 2, end: 9 } }];
    if (verb === undefined) return;
    expect(subjectsOfVerb(candidates, verb, { text, tokens: tokenize(text) }, true)).toEqual([]);
  });
});
