import { describe, expect, it } from 'vitest';
import { describedAs, headlineDescribes, isOfDescription } from '../../src/qa/described-body.js';

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
});
