/**
 * A length of time given in two units is answered whole: "how long was he jailed for?" of "…jailed for
 * four years and eight months" → "four years and eight months", not "four years"; so are "two hours and
 * 15 minutes", "a year and a half" and "3 years, 2 months". On stories written for these tests
 * (test/fixtures/compound-measures, court-case).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const rescue = (await loadEngine(new URL('../fixtures/compound-measures', import.meta.url).pathname)).engine;
const court = (await loadEngine(new URL('../fixtures/court-case', import.meta.url).pathname)).engine;

describe('a length of time in two units', () => {
  it.each([
    ['how long did the rescue take?', 'two hours and 15 minutes'],
    ['how long had the pair trained?', 'a year and a half'],
    ['how long has fraser led the team?', '3 years, 2 months'],
  ])('"%s" → "%s"', (question, expected) => {
    expect(rescue.ask(question).answer?.text).toBe(expected);
  });

  it('one unit stays as it is', () => {
    expect(rescue.ask('how long did they stay in hospital?').answer?.text).toBe('six days');
  });

  it('"how long was he jailed for?" in the console → "four years and eight months"', () => {
    const conversation: Conversation = {};
    const said = reply(court, 'how long was he jailed for?', false, conversation) ?? '';
    expect(said.split('\n')).toContain('four years and eight months');
  });
});
