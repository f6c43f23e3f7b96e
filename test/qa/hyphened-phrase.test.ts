/** Noun phrases (`findEntities`'s phrases) take a word written with hyphens whole. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';

const phrases = (text: string): string[] =>
  findEntities(text).flatMap((e) => (e.type === 'phrase' ? [text.slice(e.start, e.end)] : []));

describe('a phrase neither ends nor opens inside a word written with hyphens', () => {
  it.each([
    ['Nine park-and-ride buses will run.', 'Nine park-and-ride buses'],
    ['Three state-of-the-art trains will run.', 'Three state-of-the-art trains'],
    ['The up-to-date records were lost.', 'up-to-date records'],
    ['His mother-in-law was there.', 'mother-in-law'],
  ])('%s → %s', (text, phrase) => {
    expect(phrases(text)).toContain(phrase);
  });
});
