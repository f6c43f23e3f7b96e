/**
 * Scenarios: a place the tagger does not find ("Tralee" of "born in Tralee") is still where someone is
 * from. On main the obituary's "where is garvey from?" was answered by "Garvey was also known for his
 * campaigning…" (no place at all) at high confidence, as the ranking's type boost and the answerability
 * slot read only places the tagger found. Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { findEntities } from '../../src/qa/entities.js';
import { untaggedPlaces } from '../../src/qa/span-parts.js';

const OBITUARY = parseArticle(
  'obituary.txt',
  [
    'Folk singer Tomas Garvey dies aged 77',
    '',
    'Tomas Garvey, the folk singer best known for the ballad The Long Field Home, has died aged 77.',
    '',
    'Garvey was born in Tralee in 1949 and began singing in the pubs of the town as a teenager.',
    '',
    'He recorded eleven albums over four decades and toured widely in Britain and the United States.',
    '',
    'Garvey was also known for his campaigning on behalf of fishing communities.',
    '',
    'His family said he died peacefully at home on Sunday.',
    '',
  ].join('\n'),
);
const engine = new Engine([OBITUARY]);

describe('a place the tagger missed', () => {
  it('"where is garvey from?" is answered "Tralee" from where he was born', () => {
    const answer = engine.ask('where is garvey from?');
    expect(answer.passages[0]?.text).toMatch(/^Garvey was born in Tralee/u);
    expect(answer.answer?.text).toBe('Tralee');
  });

  it('in a conversation, "where was he from?" reads "he" as Garvey and answers "Tralee"', () => {
    const answer = engine.ask('where was he from?', { conversation: true });
    expect(answer.answer?.text).toBe('Tralee');
  });

  it('reads a name after "in" that no tag covers, not a date or a common noun', () => {
    const text = 'Garvey was born in Tralee in 1949 and sang in the pubs of the town.';
    const places = untaggedPlaces(text, findEntities(text)).map((e) => text.slice(e.start, e.end));
    expect(places).toEqual(['Tralee']);
  });
});
