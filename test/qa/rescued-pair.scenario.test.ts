/**
 * "Who got rescued?" of "A woman and her eight-year-old son were rescued by firefighters…": "got" and a
 * participle is a passive, as "was rescued" is, so the answer is who had it done to them, both of the
 * pair, not the rescuers after "by". A story written for these tests (test/fixtures/rescued-pair), after
 * nc50's "who got rescued" → "volunteer lifeboat crew"; on 008fc54 the bot answered "who got rescued"
 * with "River Wye near Hay".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/rescued-pair', import.meta.url).pathname);

describe('who had a thing done to them, asked with "got" or "was"', () => {
  it.each(['who got rescued', 'who was rescued?'])('"%s": the pair, not the rescuers', (question) => {
    const reply = engine.ask(question);
    expect(reply.answered).toBe(true);
    // The body's pair or the headline's ("Mother and son rescued…"): both of them, whichever is shown.
    expect(reply.answer?.text).toMatch(/^(?:woman and her eight-year-old son|Mother and son)$/);
  });

  it('"who rescued them?": the rescuers after "by"', () => {
    const reply = engine.ask('who rescued them?');
    expect(reply.answered).toBe(true);
    expect(reply.answer?.text).toBe('firefighters');
  });
});
