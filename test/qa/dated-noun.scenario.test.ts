/**
 * Scenarios: a year or a decade before the asked noun dates it and measures nothing ("the 1960s tower,
 * which is 62m tall": "how tall is the tower?" is 62m, not 1960s), and a company written with initials
 * is no one a later "He" stands for ("J D Wetherspoon now runs…" / "He said…" is still its founder).
 * On stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const TOWER = story(
  'tower.txt',
  'Tower block to be demolished in Eastmoor',
  'Eastmoor Council has voted to demolish Carlow House, a 22-storey block of flats, next summer.',
  'Residents of the 1960s tower, which is 62m tall, will be moved to new homes nearby.',
);

const PUBS = story(
  'pubs.txt',
  'Pub chain founder warns over energy bills',
  'Tom Harlan, 69, opened his first pub in north London in 1979.',
  'He said the industry needed a cut in VAT to survive the winter.',
  'P J Corrigan now runs about 800 pubs across the UK and Ireland.',
  'He said energy costs at some sites had tripled in a year.',
);

describe('a year or a decade before the noun dates it', () => {
  it('"how tall is the tower?" → 62m', () => {
    expect(chat(TOWER)('how tall is the tower?').split('\n')[0]).toMatch(/^62m\b/u);
  });
});

describe('a company written with initials is no one "he" stands for', () => {
  it('"what did tom harlan say about energy costs?" puts first his "He said energy costs…"', () => {
    const reply = chat(PUBS)('what did tom harlan say about energy costs?');
    expect(reply.split('\n').find((line) => line.startsWith('He said'))).toContain('energy costs');
  });
});
