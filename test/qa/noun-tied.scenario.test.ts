/**
 * Scenario: a reader asks by the noun the story ties its answer to. "What strain is it?" is answered by
 * the code the story writes before "strain" ("the aggressive Xf-22 strain"), not by a piece of it or the
 * phrase with the question's own noun; "how large is the buffer area?" by the measure written before
 * "buffer area", not the one of the containment area before it in the sentence (`noun-tied.ts`).
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const VINES = story(
  'vines.txt',
  'Vineyard disease confirmed in Sussex',
  'A plant disease that kills grapevines has been found in East Sussex, the environment agency said.',
  'Inspectors said the aggressive Xf-22 strain had been identified in vines at a vineyard outside Lewes last Thursday.',
  'A 2km (1.2-mile) containment area and an 8km (5-mile) buffer area now surround the site.',
  'Growers inside the buffer area may not move any plants until March.',
  'The vineyard\'s owner, Helen Marsh, said it was "a devastating blow" for her family business.',
);

const shortAnswer = (question: string): string | null => {
  const answer = VINES.ask(question);
  expect(answer.answered).toBe(true);
  return answer.answer?.text ?? null;
};

describe('the filler tied to the noun the question asks by', () => {
  it.each(['what strain is it', 'which strain was identified?'])('"%s" → "Xf-22"', (question) => {
    expect(shortAnswer(question)).toBe('Xf-22');
  });

  it('each zone is measured by the number written before its own noun', () => {
    expect(shortAnswer('how big is the containment area')).toBe('2km');
    expect(shortAnswer('how large is the buffer area?')).toBe('8km');
  });
});
