import { describe, expect, it } from 'vitest';
import {
  describedAs,
  headlineDescribes,
  isOfDescription,
  untaggedBody,
} from '../../src/qa/described-body.js';

describe('what the lead calls a body it names', () => {
  it('in apposition after the name, or right before it', () => {
    const lead = "Vale FM, the town's community radio station, celebrated its tenth birthday on Friday.";
    expect(describedAs(lead, 'Vale FM')).toEqual(["town's", 'community', 'radio', 'station']);
    expect(describedAs('Donations to the local charity Vale Aid rose by £2,000.', 'Vale Aid')).toEqual([
      'local',
      'charity',
    ]);
  });

  it('the noun phrase only: not a relative clause nor a phrase after its head noun', () => {
    const council = 'Ellbrook Town Council, the body that owns the land, voted on Tuesday.';
    expect(describedAs(council, 'Ellbrook Town Council')).toEqual(['body']);
    const club = 'Ellbrook Growers, the oldest gardening club in the county, met on Friday.';
    expect(describedAs(club, 'Ellbrook Growers')).toEqual(['oldest', 'gardening', 'club']);
  });

  it('the name as whole words, not inside a longer one', () => {
    const lead = "McVale FM, the town's community radio station, celebrated on Friday.";
    expect(describedAs(lead, 'Vale FM')).toBeUndefined();
    expect(describedAs(lead, 'McVale FM')).toEqual(["town's", 'community', 'radio', 'station']);
  });

  it('none where the name is followed by a clause, a name or nothing', () => {
    expect(describedAs('Vale FM, which began in 2016, is ten.', 'Vale FM')).toBeUndefined();
    expect(describedAs('Vale FM, the BBC and Ofcom met on Friday.', 'Vale FM')).toBeUndefined();
    expect(describedAs('Vale FM celebrated its birthday.', 'Vale FM')).toBeUndefined();
  });

  it('a headline names the body by its head noun; the headline\'s "Community radio" is its description', () => {
    const description = ["town's", 'community', 'radio', 'station'];
    expect(headlineDescribes('Community radio station marks ten years on air', description)).toBe(true);
    expect(headlineDescribes('Breakfast show fills the market square', description)).toBe(false);
    expect(isOfDescription('Community radio', description)).toBe(true);
    expect(isOfDescription('Ofcom', description)).toBe(false);
  });

  it('a headline\'s common noun phrase with the description\'s head is the description ("Village choir")', () => {
    const description = ['community', 'choir'];
    expect(isOfDescription('Village choir', description)).toBe(true);
    expect(isOfDescription('Village Choir', description)).toBe(false);
    expect(isOfDescription('Village hall', description)).toBe(false);
  });
});

describe('a group of people the lead describes is a body too (untaggedBody)', () => {
  it('a social group in WordNet: a circle, a choir, a crew', () => {
    const lead = 'The Fenmoor Stitchers, a quilting circle that meets on Mondays, have finished a quilt.';
    expect(untaggedBody(lead, [])).toBe('Fenmoor Stitchers');
    expect(untaggedBody('Pellow Tide, a shanty choir from the port, recorded an album.', [])).toBe(
      'Pellow Tide',
    );
  });

  it('a group whose "of" phrase names people, not things', () => {
    const people = 'Gullcombe Patrol, a group of volunteers who clear litter, filled 400 sacks.';
    expect(untaggedBody(people, [])).toBe('Gullcombe Patrol');
    const things = 'Gullcombe Hoard, a group of coins found by a farmer, went on show.';
    expect(untaggedBody(things, [])).toBeUndefined();
  });

  it('a name that begins with a place the tagger found, but not the place alone', () => {
    const lead = 'Dorrington Riverwatch, a group of volunteers, removed two tonnes of rubbish.';
    const place = { type: 'place', start: 0, end: 10 } as const;
    expect(untaggedBody(lead, [place])).toBe('Dorrington Riverwatch');
    const town = 'Dorrington, the market town, votes today.';
    expect(untaggedBody(town, [place])).toBeUndefined();
  });
});

describe('a body the lead describes whose name the tagger missed (untaggedBody)', () => {
  it('the capitalised words before an apposition whose head is an organization or a facility', () => {
    const lead =
      'ASHCOMBE — Kettle Lane Larder, the volunteer-run food bank that hands out parcels, marked its birthday.';
    expect(untaggedBody(lead, [])).toBe('Kettle Lane Larder');
    // A time opening the sentence is no word of the name: the tagger's date says so.
    const friday = 'On Friday Otter Quay FM, the harbour radio station, went silent.';
    const date = { type: 'date', start: 3, end: 9 } as const;
    expect(untaggedBody(friday, [date])).toBe('Otter Quay FM');
  });

  it('not a person, a place, a name the tagger found, or one word opening the sentence', () => {
    expect(untaggedBody('Yesterday Imogen Castellan, the retired nurse, spoke.', [])).toBeUndefined();
    expect(untaggedBody('Next week Ashcombe, the market town, votes.', [])).toBeUndefined();
    const tagged = 'Kettle Lane Larder, the food bank, opened.';
    expect(untaggedBody(tagged, [{ type: 'organization', start: 0, end: 11 }])).toBeUndefined();
    expect(untaggedBody(tagged, [{ type: 'place', start: 0, end: 18 }])).toBeUndefined();
    expect(untaggedBody('Larder, the food bank, opened.', [])).toBeUndefined();
  });

  it('not the object of a preposition: an opening phrase names a place or a time, not the subject', () => {
    expect(
      untaggedBody('In Brackenby, the museum that holds the old looms has reopened.', []),
    ).toBeUndefined();
    // "Outside" and "Beside" the tagger reads as adjectives; they are prepositions still.
    const outside = 'Outside Corran Library, the tool library that lends ladders has opened.';
    expect(untaggedBody(outside, [])).toBeUndefined();
    expect(
      untaggedBody('Beside Tallow Hall, the youth club that meets there has closed.', []),
    ).toBeUndefined();
    expect(untaggedBody('A grant went to Gull Rock FM, the radio station, on Monday.', [])).toBeUndefined();
  });
});
