/**
 * Scenarios: a yes/no question answered by a sentence whose only word for the asked event is an -ing form
 * after "before" or "without": "Passengers should book before travelling" says nothing of whether they
 * travel, and "left without paying" says they did not pay. The passage is shown; no plain "Yes" is put
 * over it (review of session 25). Own small story.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const engine = story(
  'ferry-strike.txt',
  'Ferry crews in Penlow to strike over rotas',
  'Ferry crews at Penlow Ferries will walk out for three days next month in a row over new rotas.',
  'Passengers have been told to check the timetable before sailing.',
  'Two men who left the harbour cafe without paying were later found by police.',
);

describe('an -ing form after "before" or "without" has not happened', () => {
  it('"are passengers able to sail?" gets the passage, with no "Yes" over it', () => {
    const said = chat(engine)('are passengers able to sail?');
    expect(said).not.toMatch(/^Yes\b/);
    expect(said).toContain('check the timetable before sailing');
  });

  it('"did the two men pay?" is no "Yes" from "left without paying"', () => {
    expect(chat(engine)('did the two men pay?')).not.toMatch(/^Yes\b/);
  });
});
