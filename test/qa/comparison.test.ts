/**
 * The comparison reader (`comparison.ts`): which questions compare two things, and what a story's
 * sentences give each side, on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { compareSides, comparisonAsked } from '../../src/qa/comparison.js';

const story = (...texts: string[]) => texts.map((text, index) => ({ text, index }));

describe('comparisonAsked', () => {
  it('reads the two sides and the way of a question comparing ages', () => {
    expect(comparisonAsked('is the baker older than the florist?')).toEqual({
      left: 'the baker',
      right: 'the florist',
      greater: true,
      which: false,
    });
    expect(comparisonAsked('Was Platt younger than Roy')).toMatchObject({ left: 'Platt', greater: false });
  });

  it('reads "who is older, X or Y?" as which of the two, a lone title or first name sharing the rest', () => {
    expect(comparisonAsked('who is older, mr or mrs greaves')).toEqual({
      left: 'mr greaves',
      right: 'mrs greaves',
      greater: true,
      which: true,
    });
    expect(comparisonAsked('Which of them is the younger: Tom or Ann Reilly?')).toMatchObject({
      left: 'Tom Reilly',
      right: 'Ann Reilly',
      greater: false,
      which: true,
    });
    // A first side of its own is left as written.
    expect(comparisonAsked('who is older, the baker or Ann Reilly')).toMatchObject({ left: 'the baker' });
    expect(comparisonAsked('who is older?')).toBeUndefined();
  });

  it('reads no comparison in a question that asks for a number or compares nothing', () => {
    expect(comparisonAsked('how many more than last year came?')).toBeUndefined();
    expect(comparisonAsked('did more than 3,000 people come?')).toBeUndefined();
    expect(comparisonAsked('is the baker older')).toBeUndefined();
  });

  it('reads no comparison of sums or counts: which number is whose needs more than nearness', () => {
    expect(comparisonAsked('is the baker older than the florist')).toBeDefined();
    expect(comparisonAsked('did the quiz make less than the walk')).toBeUndefined();
    expect(comparisonAsked('did it sell for more than the estimate')).toBeUndefined();
    expect(comparisonAsked('was the grant bigger than the repair bill?')).toBeUndefined();
  });

  it('reads no comparison in a negated question: its yes would be a no', () => {
    expect(comparisonAsked('is the baker older than the florist')).toBeDefined();
    expect(comparisonAsked('is the baker not older than the florist?')).toBeUndefined();
    expect(comparisonAsked('is the baker no older than the florist?')).toBeUndefined();
    expect(comparisonAsked('is the baker never older than the florist')).toBeUndefined();
  });
});

describe('compareSides', () => {
  const ages = story('Joiner Ewan Platt, 58, fitted the doors.', 'His apprentice, Dev Roy, aged 23, helped.');
  it('an age in apposition against one after "aged"', () => {
    const asked = comparisonAsked('is platt younger than roy');
    if (asked === undefined) throw new Error('not read');
    const c = compareSides(asked, ages);
    expect(c?.polarity).toBe('no');
    expect(c?.sides.map((s) => [s.label, s.value])).toEqual([
      ['Ewan Platt', '58'],
      ['Dev Roy', '23'],
    ]);
  });

  it('nothing when a side may be either of two people of one surname, a name when it is given', () => {
    const cousins = story(
      'Rower Jo Tait, 31, led the crew.',
      'Her cousin, Sam Tait, 26, steered.',
      ...ages.map((s) => s.text),
    );
    const full = comparisonAsked('is jo tait older than platt');
    const surname = comparisonAsked('is tait older than platt');
    if (full === undefined || surname === undefined) throw new Error('not read');
    expect(compareSides(full, cousins)?.polarity).toBe('no');
    expect(compareSides(surname, cousins)).toBeUndefined();
  });

  it('the role asked before a surname that is the role word, and no role word in the name', () => {
    const clash = story('Joiner Ewan Platt, 58, fitted the doors.', 'Customer Ada Joiner, aged 90, watched.');
    const asked = comparisonAsked('is the joiner older than roy');
    const roy = story(...clash.map((s) => s.text), 'Apprentice Dev Roy, a 23-year-old student, helped.');
    if (asked === undefined) throw new Error('not read');
    const c = compareSides(asked, roy);
    expect(c?.sides.map((s) => [s.label, s.value])).toEqual([
      ['Ewan Platt', '58'],
      ['Dev Roy', '23'],
    ]);
  });

  it('nothing when a side has no age', () => {
    const missing = comparisonAsked('is platt older than the architect');
    if (missing === undefined) throw new Error('not read');
    expect(compareSides(missing, ages)).toBeUndefined();
  });
});

describe("compareSides: each age its owner's", () => {
  it('"Mr Greaves" is not "Mrs Greaves": a title asked is compared by the sex it says', () => {
    const sides = story('Mrs Greaves, 64, said she cried.', 'Mr Greaves, 67, drove to Cornwall.');
    const asked = { left: 'mr greaves', right: 'mrs greaves', greater: true, which: true };
    const compared = compareSides(asked, sides);
    expect(compared?.sides.map((s) => s.value)).toEqual(['67', '64']);
    expect(compared?.chosen).toBe(0);
    expect(compareSides({ ...asked, greater: false }, sides)?.chosen).toBe(1);
  });

  it('an age before a name is that name\'s, not the nearer subject\'s ("Jo Finch beat 48-year-old … Martin Feltham")', () => {
    const sides = story(
      'Jo Finch, 12, won the title.',
      'In the final Jo Finch beat 48-year-old accountant Martin Feltham.',
    );
    const compared = compareSides(
      { left: 'Martin Feltham', right: 'Jo Finch', greater: true, which: false },
      sides,
    );
    expect(compared?.polarity).toBe('yes');
    expect(compared?.sides.map((s) => s.value)).toEqual(['48', '12']);
  });
});
