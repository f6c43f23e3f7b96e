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
