/**
 * Scenarios: a "she" or a "he" typed in the console chat as readers type them. A runner named
 * "Norway's Ingrid Solberg" is Ingrid Solberg (`withoutOwner`); a storm named "Ellen" is no "he"
 * (`isPersonName`), nor a narrowboat "named Rosie" a "she" (`thingNames`); "for 40 years" is no one's
 * age. On stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { withoutOwner } from '../../src/qa/person-name.js';
import { chat, story } from '../support/chat.js';

const marathon = story(
  'marathon.txt',
  'Norway’s Ingrid Solberg wins Lakeside Marathon in record time',
  'Norway’s Ingrid Solberg won the Lakeside Marathon on Sunday, finishing in two hours 21 minutes.',
  'The 29-year-old pulled clear of the field after 30 kilometres.',
  'Race director Peter Collins said the conditions had been ideal.',
  '"I felt strong from the start," she said.',
  'The men’s race was won by Daniel Kiprop.',
);

const storm = story(
  'storm.txt',
  'Storm Ellen leaves thousands without power',
  'Storm Ellen brought down power lines across the county overnight, leaving about 30,000 homes without electricity.',
  'Several roads were closed by fallen trees.',
  'Engineer Mark Doyle, who leads the repair crews, said most homes would be reconnected by Friday evening.',
  'He said crews had worked through the night.',
  '"The damage is widespread and we are asking people to stay away from fallen lines," he said.',
);

describe('a storm is no "he", an owner no part of a name', () => {
  // Asked back, offering the engineer, until a bare "he" was read as the person the story's own "he"
  // stands for (`pronoun-chain.ts`).
  it('"what did he say?" of a storm story: the engineer the story calls "he", never the storm', () => {
    const said = chat(storm)('what did he say?');
    expect(said).toMatch(/^\(read "he" as Mark Doyle\)/);
    expect(said).not.toMatch(/as [^)]*Ellen/);
  });

  it('"how old is she?" of a marathon won by Norway’s Ingrid Solberg: read as Ingrid Solberg', () => {
    const said = chat(marathon)('how old is she?');
    expect(said).toMatch(/read "she" as Ingrid Solberg\)/);
    expect(said).not.toMatch(/as Norway/);
    expect(said).toMatch(/^29/m);
  });
});

const canal = story(
  'canal.txt',
  'Canal trader told to move narrowboat shop',
  'A woman who sells cheese from a narrowboat on the Kennet and Avon Canal has been told to move on.',
  'Margaret Ellery, 63, has moored her boat, named Rosie, beside Bath Road for 40 years.',
  'The Canal and River Trust said the mooring was meant for visitors staying no more than 14 days.',
  'One customer, retired teacher Helen Ward, 71, said she had bought cheese there every Saturday for 30 years.',
  '"Everyone in town knows Rosie," she said.',
  'Ms Ellery said she would appeal against the decision.',
);

describe('a name the story gives a thing is no one', () => {
  it('"what does she do?" is never asked back offering the narrowboat', () => {
    const said = chat(canal)('what does she do?');
    expect(said).not.toMatch(/Rosie/);
  });

  it('"how old is she?" is not answered with how long she has moored there', () => {
    const said = chat(canal)('how old is she?');
    expect(said).not.toMatch(/^(?:30|40)/m);
  });
});

const bakery = story(
  'bakery.txt',
  'Bakery van named Lola wins hearts in Ludlow',
  'A bakery van named Lola has become a favourite in Ludlow, where it sells bread from the market square.',
  'Owner Sian Pritchard, 44, bought the van in 2019.',
  'She said customers wave at it as it drives past.',
  '"Children ask after her as if she were a pony," Ms Pritchard said.',
  'Visitors over 65 get a free loaf on Tuesdays.',
);

describe('a thing named in the headline, and an age limit', () => {
  it('"what did she say?": not read as the van the headline names', () => {
    expect(chat(bakery)('what did she say?')).not.toMatch(/Lola/);
  });

  it('"how old do you have to be to get a free loaf?": "over 65" is an age, no length of time', () => {
    expect(chat(bakery)('how old do you have to be to get a free loaf?')).toMatch(/^65/m);
  });
});

const barber = story(
  'barber.txt',
  'Barber told to turn down his shop radio',
  'A barber in Frome has been told to turn down the radio in his shop after a neighbour complained.',
  'Luca Moretti, 61, has cut hair on Catherine Hill for 35 years, in a shop his father Enzo opened in 1970.',
  'One neighbour, retired teacher Janet Cole, 69, said she could hear every song through her wall.',
  '"It is the same station all day long," she said.',
  'Mr Moretti\'s daughter, Gina, 27, who runs the shop\'s website, said messages of support had come from as far away as Canada. "People have been so kind," she said.',
);

describe('a role noun before a name says whether "she" may be them', () => {
  it('"what does she do?": asks between the two women, never offering "his father Enzo"', () => {
    const said = chat(barber)('what does she do?');
    expect(said).toMatch(/Janet Cole/);
    expect(said).not.toMatch(/Enzo/);
  });
});

describe('withoutOwner', () => {
  it.each([
    ['Kenya’s Mary Wanjiru', 'Mary Wanjiru'],
    ["Labour's Ann Hale", 'Ann Hale'],
    ['Mary Wanjiru', 'Mary Wanjiru'],
    ["O'Brien", "O'Brien"],
  ])('%s → %s', (name, bare) => {
    expect(withoutOwner(name)).toBe(bare);
  });
});
