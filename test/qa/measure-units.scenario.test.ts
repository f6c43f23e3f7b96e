/**
 * Scenarios: measures asked of a story that gives them with their units, beside a decade and other
 * dimensions of the same thing (session 50). "How deep is the pool?" was answered "1930s" and "how deep
 * is it?" "2.5" (the tagger's phrase held the number without its unit); "how hot is the pool?" and
 * "whats the temperature?" found no sentence saying "24C", which holds neither "hot" nor "temperature";
 * "how long is the dam?" took the height tied to the dam first. On stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const POOL = story(
  'pool.txt',
  "Town's outdoor pool reopens after £1.8m revamp",
  "Penford's outdoor swimming pool has reopened after an 18-month, £1.8m restoration paid for by the town council and a lottery grant.",
  'The 1930s pool, on Marine Parade, is 40 metres long and 2.5 metres deep at the diving end.',
  'Its water is now heated to 24C by solar panels on the roof of the changing rooms, which were rebuilt.',
  'More than 500 swimmers came to the 1930s pool on the first weekend, despite the cold wind.',
  'Season tickets cost £95 for adults and £40 for children.',
);

const DAM = story(
  'dam.txt',
  'Village reservoir drained for dam repairs',
  'Water engineers have begun draining Hollin Bank reservoir so that its Victorian dam can be repaired.',
  'The 1880s dam is 22 metres high and 300 metres long, and the reservoir behind it is 14 metres deep when full.',
);

const CAVE = story(
  'cave.txt',
  'Divers reach new depth in flooded cave',
  'Cave divers have reached a depth of 142 metres in Wookey Hole, beating the previous British record.',
  'The water at the bottom of the 1970s shaft was a chilly 11C, said team leader Mark Hughes.',
);

/** The short answer: the reply's first line. */
function shortAnswer(engine: ReturnType<typeof story>, question: string): string {
  return chat(engine)(question).split('\n')[0] ?? '';
}

describe('a measure is answered with its unit, not by a decade or a bare number', () => {
  it.each([
    ['how deep is the pool', '2.5 metres deep'],
    ['how deep is it', '2.5 metres deep'],
    ['how long is the pool', '40 metres long'],
    ['how deep is the reservoir', '14 metres deep'],
  ])('"%s" → %s', (question, answer) => {
    const engine = question.includes('reservoir') ? DAM : POOL;
    expect(shortAnswer(engine, question)).toBe(answer);
  });

  it('"how many swimmers came?" counts swimmers, not the decade the pool dates from', () => {
    expect(shortAnswer(POOL, 'how many swimmers came to the pool')).toBe('500');
  });
});

describe('a measure tied to the noun but of another dimension is no answer', () => {
  it('"how long is the dam?" → its length, not its height', () => {
    expect(shortAnswer(DAM, 'how long is the dam')).toBe('300 metres long');
    expect(shortAnswer(DAM, 'how high is the dam')).toBe('22 metres high');
  });
});

describe('a temperature given by its unit answers "how hot" and "the temperature"', () => {
  it.each([
    ['how hot is the pool', '24C'],
    ['whats the temperature', '24C'],
    ['what temperature is the water', '24C'],
  ])('"%s" → %s', (question, answer) => {
    const reply = chat(POOL)(question);
    expect(reply.split('\n')[0]).toBe(answer);
    expect(reply).toContain('heated to 24C');
  });

  it('"how cold was the water?" → 11C, not the decade of the shaft', () => {
    expect(shortAnswer(CAVE, 'how cold was the water')).toBe('11C');
  });
});

const SCHOOL = story(
  'school.txt',
  'School praised after inspection',
  'Millbrook Primary School has been praised by inspectors after a visit in February.',
  'The head teacher, Dawn Price, lives in flat 24C on Mill Lane, a short walk from the gates.',
  'A ten-year-old pupil who fell ill on the trip has recovered. She was taken to hospital with a fever of 39C.',
  "The school's pool was closed for repairs last year.",
);

describe('a temperature only of what is asked (a review, session 50)', () => {
  it('a pupil\'s fever, after "She", is not the pool\'s temperature', () => {
    expect(chat(SCHOOL)('how hot is the pool')).toMatch(/^I couldn't find/);
  });

  it('"flat 24C" is a flat, not a temperature', () => {
    expect(chat(SCHOOL)('how high was the fever')).not.toMatch(/24C/);
    expect(chat(SCHOOL)('whats the temperature').split('\n')[0]).not.toMatch(/24C/);
  });

  it('"They" of people is no more about the pool than "She"', () => {
    const TRIP = story(
      'trip.txt',
      'Pupils recover after school trip illness',
      'Two pupils who fell ill on a school trip to the town pool have recovered.',
      'They were taken to hospital with fevers of 39C.',
    );
    expect(chat(TRIP)('how hot is the pool')).toMatch(/^I couldn't find/);
  });
});

describe('a measure written as one unit with its article (nc55)', () => {
  const BELLS = story(
    'bells.txt',
    'Church bells ring again after repairs',
    'The eight bells of St Anne’s in Marwood rang out on Sunday for the first time in six years.',
    'The heaviest of the eight bells, the tenor, tips the scales at a little over a tonne and a quarter.',
    'The repairs cost £86,000, raised by the parish over four years.',
  );

  it('"how heavy is the biggest bell?" is answered with the tenor’s sentence, not refused', () => {
    const reply = chat(BELLS)('how heavy is the biggest bell?');
    expect(reply).toContain('tips the scales at a little over a tonne and a quarter');
    expect(reply).not.toMatch(/^I couldn't find/);
  });
});
