/**
 * "Where will production move to?" of a story whose towns the tagger reads as people ("Lincoln",
 * "Preston"): after a verb of motion, a one-word "person" is the town the motion ends at; a person is
 * skipped only when named in full or after a verb of handing over. On a story written for this test
 * (test/fixtures/moving-towns); main at 4e01c0e gave no short answer to either.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/moving-towns', import.meta.url).pathname);

describe('a town the tagger takes for a person is still where the motion ends', () => {
  it('"where will production move to?" → Lincoln', () => {
    expect(engine.ask('where will production move to?').answer?.text).toBe('Lincoln');
  });

  it('"where will the staff move to?" → Preston', () => {
    expect(engine.ask('where will the staff move to?').answer?.text).toBe('Preston');
  });
});
