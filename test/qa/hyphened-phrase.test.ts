/** Noun phrases and names (`findEntities`) take a word written with hyphens whole. */
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

describe('a name neither ends nor opens inside a word written with hyphens', () => {
  const names = (text: string): string[] =>
    findEntities(text).flatMap((e) =>
      e.type === 'phrase' ? [] : [`${e.type} ${text.slice(e.start, e.end)}`],
    );

  it.each([
    ['The talks in Newcastle-upon-Tyne ended.', 'place Newcastle-upon-Tyne'],
    ['Jean-Paul Fournier wrote it.', 'person Jean-Paul Fournier'],
    ['President Bashar al-Assad spoke.', 'person Bashar al-Assad'],
  ])('%s → %s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('a town with "-on-" is no person ("Trent" of "Stoke-on-Trent"); an age stays a number', () => {
    expect(names('The factory in Stoke-on-Trent will close.')).toEqual([]);
    expect(names('A 68-year-old woman died.')).toEqual(['number 68']);
  });
});
