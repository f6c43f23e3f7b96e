import { describe, expect, it } from 'vitest';
import { saysNoPay, saysPastime } from '../../src/qa/unpaid.js';

describe('saysNoPay', () => {
  it('unpaid, amateur, volunteer, or eager (WordNet clusters of "unpaid", "nonprofessional", "enthusiastic")', () => {
    for (const word of ['unpaid', 'amateur', 'volunteer', 'avid', 'keen', 'enthusiastic'])
      expect(saysNoPay(word)).toBe(true);
  });

  it('not what a paid job is said with', () => {
    for (const word of ['retired', 'former', 'senior', 'dental', 'professional', 'trainee', 'nurse'])
      expect(saysNoPay(word)).toBe(false);
  });
});

describe('saysPastime', () => {
  const says = (clause: string) => saysPastime(clause.split(' '));
  it('a hobby or spare time said', () => {
    expect(says('in his spare time')).toBe(true);
    expect(says('as a hobby')).toBe(true);
    expect(says('in her free time')).toBe(true);
  });

  it('not a place or an interest', () => {
    expect(says('at the leisure centre')).toBe(false);
    expect(says('with an interest in law')).toBe(false);
  });
});
