/**
 * "Did anyone get sent off?" of a match report that never says so: "sent off" is one verb to WordNet,
 * and the "off" of "The move paid off." says nothing of it. A passage holding only a phrasal verb's
 * particle is no evidence (`strandedParticles` in answerability.ts); the bot says it could not find it.
 * The same report saying the sending-off is still answered. On a story written for these tests
 * (test/fixtures/cup-tie).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const story = readFileSync(new URL('../fixtures/cup-tie/cup-tie.txt', import.meta.url), 'utf8');
const { engine } = await loadEngine(new URL('../fixtures/cup-tie', import.meta.url).pathname);
const said = mkdtempSync(join(tmpdir(), 'sent-off-'));
writeFileSync(join(said, 'cup-tie.txt'), story.replace('was shown a second yellow card', 'was sent off'));
const { engine: saying } = await loadEngine(said);
afterAll(() => rmSync(said, { recursive: true, force: true }));

const QUESTIONS = ['did anyone get sent off', 'was anyone sent off?', 'who was sent off?'];

describe('a phrasal verb is not said by its particle alone', () => {
  it.each(QUESTIONS)('"%s" is refused when the report does not say it', (q) => {
    expect(engine.ask(q).answered).toBe(false);
  });

  it.each(QUESTIONS)('"%s" is answered when it does', (q) => {
    const answer = saying.ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/Lewis Carr was sent off/);
  });
});
