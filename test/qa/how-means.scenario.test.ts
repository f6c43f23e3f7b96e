/**
 * Scenarios: a how-question asking the means or manner of what happened is answered by the means the
 * passage says, after "by", "using" or "with" of the asked verb, or by its manner adverb; "how come" asks
 * why. On 05f68b5 the short answer was any noun of the passage ("58" of "Owen Pryce, 58, said he knew…",
 * "nearby pond" of "using water pumped from a nearby pond") and "how come" a noun of the reason ("rain").
 * Own small stories (test/fixtures/how-means).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = (file: string) =>
  new Engine([
    parseArticle(file, readFileSync(new URL(`../fixtures/how-means/${file}`, import.meta.url), 'utf8')),
  ]);

const ferry = story('ferry.txt');
const tractor = story('tractor.txt');
const barn = story('barn.txt');

describe('how it was done: the means the passage says', () => {
  it('"how did the passengers get home?" is the means after "by", not the time after it', () => {
    expect(ferry.ask('how did the passengers get home?').answer?.text).toBe('water taxi');
  });

  it('a means of the asked verb after "by" and an action ("by checking…")', () => {
    const answer = ferry.ask('how can passengers find out when sailings will resume?');
    expect(answer.answer?.text).toBe("checking the company's website");
  });

  it('"how did he know it was his?" is the first of the things after "by", not his age', () => {
    expect(tractor.ask('how did owen pryce know it was his tractor?').answer?.text).toBe(
      'a dent in its bonnet',
    );
  });

  it('"how was the fire put out?" is what they used, not the pond the water came from', () => {
    expect(barn.ask('how was the fire put out?').answer?.text).toBe('water pumped from a nearby pond');
  });

  it('a manner adverb next to the asked verb answers "how did the fire spread?"', () => {
    expect(barn.ask('how did the fire spread?').answer?.text).toBe('quickly');
  });

  it('"how come" asks why: the reason, not a noun of it', () => {
    expect(barn.ask('how come the fire spread so fast?').answer?.text).toBe(
      'the hay was dry after weeks without rain',
    );
  });
});
