/**
 * Scenarios: a conversation's first "they" in a story about a body or a company (its subject,
 * `subject.ts`) is that body, as the story's own "it said" is: "what did they say?" is answered from
 * what the council said, not asked back with no one to offer. In a story about one person, "they"
 * alone still asks whom it means. On stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const LIBRARIES = story(
  'libraries.txt',
  'Northfield Council to close three libraries',
  'Northfield Council is to close three of its libraries to save £1.2m a year, it has announced.',
  'The council said the libraries at Ashby, Carrow and Denholme would shut in April.',
  'Northfield Council said it had consulted 2,400 residents before making the decision.',
  'Library users said they were angry about the plans.',
);

const CLIMBER = story(
  'climber.txt',
  'Climber rescued from Ben Carrow',
  'Priya Nandakumar, 34, was rescued from Ben Carrow on Sunday after two nights on the mountain.',
  'She said she had been "very lucky" and thanked the rescue team.',
  'Her brother and her mother had raised the alarm on Saturday evening.',
);

describe('"they" of a story about a body is the body', () => {
  it('"what did they say?" is answered from what the council said', () => {
    const reply = chat(LIBRARIES)('what did they say?');
    expect(reply).not.toMatch(/who you mean/i);
    expect(reply).toContain('Northfield Council said');
  });

  it('a story about one person still asks whom a bare "they" means', () => {
    expect(chat(CLIMBER)('what did they say?')).toMatch(/who you mean/i);
  });
});

/** A headline that names the station by what the lead calls it, the lead giving its name. */
const STATION = (headline: string) =>
  story(
    'station.txt',
    headline,
    "Vale FM, the town's community radio station, celebrated its tenth birthday on Friday with a breakfast show from the market square.",
    'The station began broadcasting in March 2016 from a converted shed behind the library.',
    'It now reaches about 9,000 listeners a week, station manager Priya Kaur said.',
  );

describe('"they" of a story whose headline names the body by its description ("Community radio station …")', () => {
  it('"what did they say?" and "when did they start broadcasting?" read "they" as Vale FM', () => {
    const ask = chat(STATION('Community radio station marks ten years on air'));
    const said = ask('what did they say?');
    expect(said).not.toMatch(/who you mean/i);
    expect(said).toContain('read "they" as Vale FM');
    expect(
      chat(STATION('Community radio station marks ten years on air'))('when did they start broadcasting?'),
    ).toContain('March 2016');
  });

  it('a headline about something else says nothing of whom "they" means', () => {
    expect(chat(STATION('Breakfast show fills the market square'))('what did they say?')).toMatch(
      /who you mean/i,
    );
  });
});
