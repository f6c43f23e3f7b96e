import { expect, it } from 'vitest';
import { Recent } from '../../src/qa/recent.js';

it('Recent makes a value once and drops the least recently used past its size', () => {
  const made: number[] = [];
  const recent = new Recent(2, (k: number) => (made.push(k), { k }));
  const one = recent.get(1);
  recent.get(2);
  expect(recent.get(1)).toBe(one);
  recent.get(3); // drops 2, used longest ago
  recent.get(1);
  recent.get(2);
  expect(made).toEqual([1, 2, 3, 2]);
});
