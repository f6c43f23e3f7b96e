/**
 * Scenarios: a question word the best passage says in another part of speech ("the formation of the
 * harbour" of "the harbour was formed") is said by it, as far as answerability goes; a passage that
 * lacks what is asked (a name) is still refused. Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { derivedWords } from '../../src/qa/wordnet.js';

const TOWN = parseArticle(
  'town.txt',
  [
    'Harbour town changes as families leave',
    '',
    'The population of Kessling has fallen by a fifth since 1990, according to the county council.',
    'The construction of a ring road led young families to move to cheaper housing in the suburbs.',
    'Shops on the quay closed after the death of a fisherman in March.',
    'The harbour was formed by a landslide thousands of years ago, geologists say.',
    'The council plans to build 300 homes near the station by 2027.',
    '',
  ].join('\n'),
);
const town = new Engine([TOWN]);

describe('a question word said in another part of speech', () => {
  it('"what caused the formation of the harbour?" is answered from "The harbour was formed by a landslide…"', () => {
    const answer = town.ask('what caused the formation of the harbour?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^The harbour was formed by a landslide/);
  });

  it('does not answer what the passage lacks: "the fisherman who died" is said, his name is not', () => {
    const answer = town.ask("what's the name of the fisherman who died?");
    expect(answer.answered).toBe(false);
  });

  it('reads WordNet’s derivation and pertainym links of the word itself', () => {
    expect(derivedWords('formation')).toContain('form');
    expect(derivedWords('suburban')).toContain('suburb');
    expect(derivedWords('civilly')).toContain('civil');
    expect(derivedWords('qwzx')).toEqual([]);
  });
});
