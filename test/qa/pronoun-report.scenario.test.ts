/**
 * A question about him answered by a sentence that opens with "She": the she is someone else, but the
 * sentence is still about him when she only reports it ("She said the volunteer swam the last 50
 * metres …", the boy's mother of the lifeboatman) or when it names the person asked about ("She found Mr
 * Hughes beneath the fallen rock …", a fellow guide of the miner). On stories written for this test
 * (test/fixtures/lifeboat-volunteer, test/fixtures/miner-inquest).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const { engine: lifeboat } = await loadEngine(fixture('lifeboat-volunteer'));
const { engine: inquest } = await loadEngine(fixture('miner-inquest'));

describe('a report by her about him answers a question about him', () => {
  it('"how far did he swim?" → 50 metres, from the mother\'s account', () => {
    const answer = lifeboat.ask('how far did he swim?');
    expect(answer.passages[0]?.text).toBe(
      'She said the volunteer swam the last 50 metres to her son because the lifeboat could not get closer over the rocks.',
    );
    expect(answer.answer?.text).toBe('50 metres');
  });
});

describe('a sentence opening with "She" that names the man asked about', () => {
  it('"when was he found?" → 6pm, not what an investigation found', () => {
    const answer = inquest.ask('when was he found?');
    expect(answer.passages[0]?.text).toBe('She found Mr Hughes beneath the fallen rock shortly after 6pm.');
    expect(answer.answer?.text).toBe('6pm');
  });
});
