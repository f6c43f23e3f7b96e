/** `unnamed.ts`: whether a passage says a noun only as one of its kind, or names one. */
import { describe, expect, it } from 'vitest';
import { namesOne, saysOnlyUnnamed } from '../../src/qa/unnamed.js';

describe('saysOnlyUnnamed', () => {
  it.each([
    ['club', 'They built a shed next to the rugby club in Crescent Road.'],
    ['park', 'He plans to donate it to a farm park to be fed to pigs.'],
    ['charity', 'A charity paid for the trip.'],
    ['school', 'A primary school choir from Ardmore will sing.'],
    ['club', 'Both clubs said they were pleased.'],
    // A name before a preposition is outside the noun's phrase: "Wales" names no dog.
    ['dog', 'It has been a rule in Wales for pet dogs to wear a tag since 2016.'],
    // The noun only says what kind of station or shed: the name is the place's, not a lifeboat's.
    ['lifeboat', 'St Kerrow lifeboat station is run entirely by volunteers.'],
    ['locomotive', 'The Glynbourne locomotive shed opens at weekends.'],
    // A possessive says whose book it is, not what it is called.
    ['book', "Mr Peston's book claimed that the two men had fallen out."],
  ])('%s: "%s" says it unnamed', (noun, text) => {
    expect(saysOnlyUnnamed(noun, text)).toBe(true);
  });

  it.each([
    ['club', 'The Penrith Bay Sailing Club was given the prize.'],
    ['club', 'They trained at the Llandeilo rugby club on Friday.'],
    ['team', 'A local rowing team, the Kestrels, trained with them.'],
    ['ferry', 'They sailed on a ferry called the Stena Star.'],
    ['book', 'Staff found Moonfleet, a book by J Meade Falkner.'],
    ['charity', 'The money went to the Harbour Trust, a charity for sailors.'],
    // A verb after the noun: "St Kerrow" is still the lifeboat's own phrase.
    ['lifeboat', 'The St Kerrow lifeboat launched within nine minutes.'],
    // People or an act after the noun are still its: the crew, the captain, the repairs of that one.
    ['lifeboat', 'The Porthmawr lifeboat crew were called out twice.'],
    ['club', 'The Brynmor rugby club captain, Rhys Morgan, cut a cake.'],
    ['bridge', 'The Kings Road bridge repairs will cost £2.4m.'],
    ['club', 'Ashworth Rovers football club fans were angry.'],
    // No mention at all: nothing shows the thing goes unnamed.
    ['club', 'The council voted nine to two on Thursday.'],
  ])('%s: "%s" does not', (noun, text) => {
    expect(saysOnlyUnnamed(noun, text)).toBe(false);
  });
});

describe('namesOne', () => {
  const best = 'A sailing club in Penrith Bay has won a national award.';
  it('names one of the kind, and only of the kind the question picks by its own words', () => {
    const text = 'The Penrith Bay Sailing Club, founded in 1952, won.';
    expect(namesOne({ noun: 'club', modifiers: [] }, text, best)).toBe(true);
    expect(namesOne({ noun: 'club', modifiers: ['sailing'] }, text, best)).toBe(true);
    expect(namesOne({ noun: 'club', modifiers: ['cricket'] }, text, best)).toBe(false);
    expect(namesOne({ noun: 'club', modifiers: [] }, 'A sailing club in Penrith Bay won.', best)).toBe(false);
  });

  it('names the one the best passage says, not another of its kind (review35b)', () => {
    const quarry = 'Plans to turn a disused quarry near Ulverston into a farm park have been approved.';
    const rival = 'It will compete with Gleaston Farm Park, which opened a few miles away in 2015.';
    expect(namesOne({ noun: 'park', modifiers: ['farm'] }, rival, quarry)).toBe(false);
    // With nothing in the best passage saying which one, no name is taken as its name.
    expect(
      namesOne({ noun: 'club', modifiers: [] }, 'The Penrith Bay Sailing Club won.', 'A club won.'),
    ).toBe(false);
  });

  it("reads which one by the best passage's noun only, not its verb nor a compound's head", () => {
    const play = 'The play, Salt on the Wind, tells the story of the pit disaster.';
    const band = 'Folk band Hiraeth will play songs on the closing night.';
    expect(namesOne({ noun: 'play', modifiers: [] }, play, band, [band, play])).toBe(true);
    const locomotive = 'The oldest locomotive, Lady Margaret, left at 10:15.';
    const shed = 'The Glynbourne locomotive shed opens at weekends.';
    expect(namesOne({ noun: 'locomotive', modifiers: [] }, locomotive, shed, [shed, locomotive])).toBe(true);
  });

  it("finds the best passage's owner anywhere in the sentence that names it", () => {
    const best = "Ms Kaur's report says cracks in the beams have doubled since 2021.";
    const text = 'The report, Bridges at Risk, was written by engineer Priya Kaur and published in May.';
    expect(namesOne({ noun: 'report', modifiers: [] }, text, best)).toBe(true);
  });
});

describe('a name set by the noun in other wordings (review35b)', () => {
  it.each([
    ['lifeboat', 'The lifeboat Kiwi Hope was launched from Moelfre to stand by.'],
    ['dog', 'One passenger, who was travelling with her dog Bramble, said it was terrifying.'],
    ['pub', 'The pub is called the Drovers Arms and dates from 1790.'],
    ['club', 'Crescent Rovers is the oldest football club in the county.'],
  ])('%s: "%s" names it', (noun, text) => {
    expect(saysOnlyUnnamed(noun, text)).toBe(false);
  });

  it.each([
    ['club', 'The club was named after a local doctor.'],
    ['pub', 'The pub has been named the best in Wales.'],
  ])('%s: "%s" gives no name', (noun, text) => {
    expect(saysOnlyUnnamed(noun, text)).toBe(true);
  });
});

describe('a pronoun is no name, a word is called so, a story calls its own one (session 41)', () => {
  it('"It is a small boat" says the boat unnamed: "It" is no name before it', () => {
    expect(saysOnlyUnnamed('boat', '"It is a small boat, but it is mine," she said.')).toBe(true);
  });

  it('asked what it is called, a word in any case after "called" names it; "her shop" names nothing', () => {
    expect(saysOnlyUnnamed('throat', 'The throat is called the pharynx.', true)).toBe(false);
    // A possessive says whose it is, not what it is called (review41n: "its kitchen" → "North Yorkshire").
    expect(saysOnlyUnnamed('shop', 'She found water in her shop.', true)).toBe(true);
    // Not "named after" someone, nor the same passages asked for a proper name.
    expect(saysOnlyUnnamed('hall', 'The hall was named after a local doctor.', true)).toBe(true);
    expect(saysOnlyUnnamed('shop', 'She found water in her shop.')).toBe(true);
  });

  it('with no name near the noun in the best passage, the one a passage calls by a name is it', () => {
    const best = 'Without the bell I am just a man in a cart.';
    const van = { noun: 'cart', modifiers: [] };
    expect(namesOne(van, 'Tom Reed has sold apples from his cart, named Daisy, since 1990.', best)).toBe(
      true,
    );
    expect(namesOne(van, 'He sells apples near the Daisy Cart Company.', best)).toBe(false);
  });
});

describe('a best passage naming nothing near the noun: the name its story ties to the noun (review41n)', () => {
  const best = 'The plans were voted down, the council leader said.';
  const leader = { noun: 'leader', modifiers: ['council'] };

  it.each([
    'Council leader Mair Pugh told the meeting the library would stay open.',
    'Mair Pugh, the council leader, told the meeting the library would stay open.',
    'The council leader, Mair Pugh, told the meeting the library would stay open.',
    'The leader of the council, Mair Pugh, told the meeting the library would stay open.',
  ])('a title before the name, or the name beside it in commas: "%s"', (text) => {
    expect(namesOne(leader, text, best, [best, text])).toBe(true);
  });

  it('not when the story ties two names to the noun, nor one whose name holds it', () => {
    const one = 'Council leader Mair Pugh told the meeting the library would stay open.';
    const two = 'The former council leader, Huw Tudor, said he was sad.';
    expect(namesOne(leader, one, best, [best, one, two])).toBe(false);
    // "Mrs Pugh" and "Mair Pugh" are one name.
    const same = 'The council leader, Mrs Pugh, said so.';
    expect(namesOne(leader, one, best, [best, one, same])).toBe(true);
    const charity = { noun: 'charity', modifiers: [] };
    const unnamed = 'A charity has bought the old bank.';
    const apposed = 'The charity, Help4Homes, said it would open in May.';
    expect(namesOne(charity, apposed, unnamed, [unnamed, apposed])).toBe(true);
    const held = 'Staff at the Help4Homes Charity said it would open in May.';
    expect(namesOne(charity, held, unnamed, [unnamed, held])).toBe(false);
  });

  it('not a place named before a preposition ("…in Wales for pet dogs"): that names no dog', () => {
    const dog = { noun: 'dog', modifiers: [] };
    const few = 'The charity says a third of the dogs it takes in have no tag.';
    const rule = 'It has been a rule in Wales for pet dogs to wear a tag since 2016.';
    expect(namesOne(dog, rule, few, [few, rule])).toBe(false);
  });
});

describe('a name opening a sentence says which one; "I\'m" does not (review41n)', () => {
  const cafe = { noun: 'cafe', modifiers: [] };

  it('"Pugh said the cafe…" picks out the Pugh family cafe, not a rival one', () => {
    const best = 'Pugh said the cafe would open soon.';
    expect(namesOne(cafe, 'The Pugh family cafe, Crumbs, opens on Saturday.', best)).toBe(true);
    expect(namesOne(cafe, 'A rival cafe, Bean There, opened in Hay.', best)).toBe(false);
  });

  it('"I\'m" is no name near the noun: the cafe the story names answers', () => {
    const best = '"I\'m proud of the cafe," she said.';
    const text = 'Her cafe, named Crumbs, opens on Saturday.';
    expect(namesOne(cafe, text, best, [best, text])).toBe(true);
  });
});
