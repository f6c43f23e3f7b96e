/**
 * "How far did she walk?" asks the whole distance, and a story writes it in a unit of length: on a story
 * written for this test (test/fixtures/measured-dimension/walk), 1b96384 answered "twelve miles a day",
 * a rate (how far she walked each day), while the lead gives the walk's "640-mile". A measure per unit of
 * time answers only a question that asks a rate (`dimension-measure.ts`).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const folder = (name: string) => new URL(`../fixtures/measured-dimension/${name}`, import.meta.url).pathname;
const { engine: walk } = await loadEngine(folder('walk'));
const { engine: pier } = await loadEngine(folder('pier'));

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
});
