/**
 * Units of the reader's-word bridges: `genusWords` (the synset a noun's commonest sense is defined as a
 * kind of), `introducesDoer` and `describedDoer` (a verb's agent noun opening an apposition).
 */
import { describe, expect, it } from 'vitest';
import { genusWords } from '../../src/qa/wordnet.js';
import { agentNounsOf, describedDoer, introducesDoer } from '../../src/qa/titled-doer.js';
import { stem } from '../../src/qa/text.js';

describe('genusWords', () => {
  it('reads a house as a home: "a dwelling…", filed under {dwelling, home, …}', () => {
    expect(genusWords('house')).toEqual(expect.arrayContaining(['dwelling', 'home']));
  });

  it('reads only the commonest sense: not "house" as a firm ("business")', () => {
    expect(genusWords('house')).not.toContain('business');
  });

  it('reads nothing where the definition opens with no word of the hypernym', () => {
    expect(genusWords('flat')).toEqual([]);
  });
});

describe('the doer introduced by an agent noun', () => {
  const sellers = new Set(agentNounsOf('sell').map(stem));
  const buyers = new Set(agentNounsOf('buy').map(stem));

  it('finds "The seller, …" and "The buyers, …", not a bare mention', () => {
    expect(introducesDoer('The seller, retired farmer Harold Pike, 77, said…', sellers)).toBe(true);
    expect(introducesDoer('The buyers, a family from Kent, plan to…', buyers)).toBe(true);
    expect(introducesDoer('The seller will pay the fees.', sellers)).toBe(false);
    expect(introducesDoer('The buyers, a family from Kent, plan to…', sellers)).toBe(false);
  });

  it('describes the doer only by an apposition of common words', () => {
    const text = 'The buyers, a family from Kent, plan to turn it into a holiday let.';
    expect(describedDoer(text, buyers)).toEqual({ text: 'a family from Kent', start: 12, end: 30 });
    // A title before a name: the name answers, not the title.
    expect(describedDoer('The seller, retired farmer Harold Pike, said…', sellers)).toBeUndefined();
    expect(describedDoer('The seller, a retired farmer called Harold Pike, said…', sellers)).toBeUndefined();
  });
});
