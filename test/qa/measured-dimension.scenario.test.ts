/**
 * "How far did she walk?" asks the whole distance, and a story writes it in a unit of length: on a story
 * written for this test (test/fixtures/measured-dimension/walk), 1b96384 answered "twelve miles a day",
 * a rate (how far she walked each day), while the lead gives the walk's "640-mile". A measure per unit of
 * time answers only a question that asks a rate (`dimension-measure.ts`). A year ending "since…" ("since
 * the Wrenfold Charter 1861", market) gives a length of time, which the vote "14 to 3" does not. "Six
 * weeks after its director retired" (choir) is the time between two events, which answers "how long
 * after…", not how long Dafydd was the director ("for 22 years").
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const folder = (name: string) => new URL(`../fixtures/measured-dimension/${name}`, import.meta.url).pathname;
const { engine: walk } = await loadEngine(folder('walk'));
const { engine: pier } = await loadEngine(folder('pier'));
const { engine: market } = await loadEngine(folder('market'));
const { engine: choir } = await loadEngine(folder('choir'));

describe('a measure of the asked dimension, not a rate nor a sum', () => {
  it('"how far did Mrs Penhaligon walk?" → 640-mile, not twelve miles a day', () => {
    const answer = walk.ask('how far did Mrs Penhaligon walk?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toContain('640-mile');
  });

  it('"how far did she walk a day?" still gets the rate', () => {
    const answer = walk.ask('how far did Mrs Penhaligon walk a day?');
    expect(answer.answer?.text).toBe('twelve miles a day');
  });

  it('"how long is the pier?" → 85-metre, and the work\'s length of time for "how long will the work take?"', () => {
    expect(pier.ask('how long is the pier?').answer?.text).toBe('85-metre');
    expect(pier.ask('how long will the work take?').answer?.text).toBe('nine months');
  });

  it('"how long has the market been on the square?" → since the Wrenfold Charter 1861, not a vote', () => {
    // A year that ends "since…" starts a length of time: the story gives the asked dimension, so "14 to 3"
    // (a vote, no unit of time) is no answer to it.
    for (const question of [
      'how long has the market been on the square',
      'how long has there been a market on the square?',
    ]) {
      const answer = market.ask(question);
      expect(answer.passages[0]?.text).toContain('since the Wrenfold Charter 1861');
      expect(answer.answer?.text ?? '').not.toContain('14 to 3');
    }
  });

  it('"how long was dafydd the director for?" → 22 years, not the six weeks after he retired', () => {
    expect(choir.ask('how long was dafydd the director for').answer?.text).toBe('22 years');
    // Without "for", "the director" is what Dafydd was, no thing whose length is asked.
    expect(choir.ask('how long was dafydd the director?').answer?.text).toBe('22 years');
    expect(choir.ask('how long after the director retired did they win?').answer?.text).toBe('six weeks');
  });
});
