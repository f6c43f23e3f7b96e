/**
 * Scenarios: a "she" or a "he" the story leaves no doubt about, typed in the console chat as readers
 * type them. A profile of one woman: "what did she say?" is about her, not "do you mean Margaret
 * Ashby?" (`onlyFitting`). A runner named "Norway's Ingrid Solberg" is Ingrid Solberg (`withoutOwner`).
 * A storm named "Ellen" is no "he" (`isPersonName`). A winner the tagger does not know ("Tigist Alemu")
 * is whom the next "she" means (`last-person.ts`). On stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { withoutOwner } from '../../src/qa/person-name.js';
import { chat, story } from '../support/chat.js';

const baker = story(
  'baker.txt',
  'Village baker named best in Britain',
  'Margaret Ashby started baking bread in the back room of her village shop in Clun almost thirty years ago.',
  'Last week the 64-year-old was named Britain’s baker of the year at a ceremony in London.',
  'She said she still gets up at four every morning to light the ovens.',
  '"I never imagined anyone outside the village would taste my bread," she said.',
  'Mrs Ashby plans to spend the prize money of £5,000 on a new oven.',
);

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

const tenK = story(
  'tenk.txt',
  'Alemu edges thrilling Riverside 10K',
  'Ethiopia’s Tigist Alemu won the Riverside 10K on Sunday, beating Kenya’s Peter Kamau in a sprint finish.',
  'The mixed elite race started the two fields together for the first time, and Alemu, 24, took the lead with 500 metres to go.',
  'Kamau said he had been beaten by the better runner on the day.',
  'Alemu said she had been training at altitude in Bekoji since October.',
);

describe('the one person a pronoun can be', () => {
  it('"what did she say?" of a profile of one woman: her words, read as her, not asked back', () => {
    const said = chat(baker)('what did she say?');
    expect(said).not.toMatch(/not sure who you mean/);
    expect(said).toMatch(/read "she" as Margaret Ashby/);
    expect(said).toMatch(/I never imagined|she still gets up/);
  });

  it('"what did he say?" of a storm story: the engineer, not the storm', () => {
    const said = chat(storm)('what did he say?');
    expect(said).toMatch(/read "he" as Mark Doyle/);
    expect(said).not.toMatch(/as Ellen/);
  });

  it('"how old is she?" of a marathon won by Norway’s Ingrid Solberg: read as Ingrid Solberg', () => {
    const said = chat(marathon)('how old is she?');
    expect(said).toMatch(/read "she" as Ingrid Solberg\)/);
    expect(said).not.toMatch(/as Norway/);
    expect(said).toMatch(/^29/m);
  });
});

describe('a winner the tagger does not know', () => {
  it('"who won?" then "what did she say?": the winner’s words, not "the article names no one it fits"', () => {
    const say = chat(tenK);
    expect(say('who won?')).toMatch(/Tigist Alemu/);
    const said = say('what did she say?');
    expect(said).not.toMatch(/not sure who you mean/);
    expect(said).toMatch(/^Alemu said she had been training/m);
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
