/** measureGroup: the measure "how much" asks of a predicate adjective ("how much is the house worth?"). */
import { describe, expect, it } from 'vitest';
import { measureGroup } from '../../src/qa/conversation-article.js';
import type { Group } from '../../src/qa/expansion.js';

const groups = (...words: string[]): Group[] => words.map((word) => ({ word, terms: [], idf: 1 }));

describe('measureGroup', () => {
  it('reads "worth" as the measure of "how much is the house worth?"', () => {
    expect(measureGroup(groups('house', 'worth'), 'how much is the house worth?')).toBe(1);
    expect(measureGroup(groups('worth'), 'how much r they worth')).toBe(0);
  });

  it('still reads the "how <adjective>" of a question first', () => {
    expect(measureGroup(groups('old', 'house'), 'how old is the house?')).toBe(0);
  });

  it('reads no measure where "how much" asks of a verb or of no measured adjective', () => {
    expect(measureGroup(groups('cost', 'house'), 'how much did the house cost?')).toBeUndefined();
    expect(measureGroup(groups('house', 'sold'), 'how much was the house sold')).toBeUndefined();
  });
});
