/**
 * Scenarios: two words a reader writes apart that the story writes as one ("space craft" of
 * "spacecraft") are that one word. Own small story, which never writes "craft" alone.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const PROBE = parseArticle(
  'probe.txt',
  [
    'Probe reaches the outer planets',
    '',
    'The Halcyon probe was launched from Kourou in 2019 on a mission to study Saturn and its moons.',
    'The spacecraft is powered by three radioisotope generators, which will last until 2040.',
    'The spacecraft was assembled in Toulouse by a team of 600 engineers.',
    'Engineers in Darmstadt lost contact with it for two days in May after a software fault.',
    '',
  ].join('\n'),
);
const probe = new Engine([PROBE]);

describe('a compound written as two words', () => {
  it('"where was the space craft built?" is answered from the "spacecraft" sentence', () => {
    const answer = probe.ask('where was the space craft built?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Toulouse');
  });
});
