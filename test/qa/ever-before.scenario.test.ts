/**
 * Scenarios: "has he ever … before?" asks about a time before the story's event, not about the event.
 * So does "has he resigned before?": a "Yes" from this week's resignation was wrong (other-time.ts).
 * "Ever" is left out of the search as emphasis ("the most snow it has ever had"), but beside "before" or
 * "again" it is what the question turns on: a story about this week's resignation does not say whether
 * he resigned before, and answering "Yes" from this week's was a confident wrong answer (review of
 * session 25). Own small story.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const engine = story(
  'quits.txt',
  'Harbour board chair quits over dredging contract',
  'The chair of the Wexcombe Harbour Board has resigned after a row over a £3m dredging contract.',
  'Mr Alan Brierley stepped down on Monday evening. He said he accepted full responsibility.',
  'His deputy, Joan Tulley, will chair the board until the summer. She said the dredging would go ahead.',
  'Mr Brierley had chaired the board since 2018.',
);

describe('"ever … before" asks about an earlier time', () => {
  it('"has he ever resigned before?" is no "Yes" from this week\'s resignation; "did he resign?" is', () => {
    expect(chat(engine)('has he ever resigned before?')).not.toMatch(/^Yes\b/);
    expect(chat(engine)('did he resign?')).toMatch(/^Yes\b/);
  });

  it('"has he ever stepped down before?", "has the chair ever quit before?": no "Yes" either', () => {
    expect(chat(engine)('has he ever stepped down before?')).not.toMatch(/^Yes\b/);
    expect(chat(engine)('has the chair ever quit before?')).not.toMatch(/^Yes\b/);
  });
});

const again = story(
  'quits-again.txt',
  'Harbour board chair quits for the second time',
  'The chair of the Wexcombe Harbour Board has resigned for the second time, after a row over a £3m dredging contract.',
  'Mr Alan Brierley first left the board in 2015 over a pay dispute.',
);

describe('"before" asks about another time: a "Yes" needs the passage to say one', () => {
  it('"has he resigned before?" is no "Yes" from this week\'s resignation', () => {
    expect(chat(engine)('has he resigned before?')).not.toMatch(/^Yes\b/);
  });

  it('"has he resigned before?" is "Yes" where the story says so, "for the second time"', () => {
    const said = chat(again)('has he resigned before?');
    expect(said).toMatch(/^Yes\b/);
    expect(said).toContain('has resigned for the second time');
  });
});
