/**
 * Scenarios: a unit of time after "a", "one", "every" says how long or how often, never when ("the
 * most important discovery in the county in a decade"): "when was the mosaic found?" is not answered
 * "decade". On a story written for this test.
 */
import { describe, expect, it } from 'vitest';
import { lengthOfTime, saysWhen } from '../../src/qa/time-point.js';
import { chat, story } from '../support/chat.js';

const MOSAIC = story(
  'mosaic.txt',
  'Roman mosaic found under school playing field',
  'Archaeologists say a Roman mosaic found under a school playing field in Kelsby is the most important discovery in the county in a decade.',
  'The mosaic was uncovered in September by builders digging foundations for a new sports hall.',
  'County archaeologist Dr Ruth Okoro said the find was "astonishing".',
);

describe('a unit of time after "a" is no time point', () => {
  it.each([
    ['the biggest find in a decade', 'decade', true],
    ['the fair is held once a year', 'year', true],
    ['the war ended that year', 'year', false],
    ['it happened last week', 'week', false],
  ])('in "%s", "%s" is a length of time: %s', (text, unit, length) => {
    const start = text.lastIndexOf(unit);
    expect(lengthOfTime(text, start, start + unit.length)).toBe(length);
    if (length) expect(saysWhen(text, start, start + unit.length)).toBe(false);
  });

  it('"when was the mosaic found?" is not answered "decade"', () => {
    expect(chat(MOSAIC)('when was the mosaic found?').split('\n')[0]).not.toBe('decade');
  });
});
