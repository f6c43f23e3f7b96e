/**
 * The people a passage names, as the asked-person ranking reads them (`peopleNamed`, person-first.ts):
 * the tagger joins first names across a comma into one span ("Amy, Ben"), which is two people here
 * (session 34), so "Amy" is no word of someone else's name.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import { peopleNamed } from '../../src/qa/person-first.js';

const people = (text: string) => peopleNamed(text, findEntities(text)).join(' | ');

describe('peopleNamed', () => {
  it('reads a list of first names as one person each, and a name of several words as one', () => {
    expect(people('Amy, Ben and Cara Price, aged 19, 23 and 26, finished the race.')).toBe(
      'Amy | Ben | Cara Price',
    );
    expect(people('Lucy, Tom, Jack and Ella Dunn, aged 22, 25, 28 and 31, opened a cafe.')).toBe(
      'Lucy | Tom | Jack | Ella Dunn',
    );
    expect(people('Khaled Obaidi met Mary Ellen Reid in Baghdad.')).toBe('Khaled Obaidi | Mary Ellen Reid');
  });
});
