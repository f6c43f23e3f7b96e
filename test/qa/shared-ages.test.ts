import { describe, expect, it } from 'vitest';
import { namedAges, sharedAges } from '../../src/qa/apposition.js';
import { predicateAges } from '../../src/qa/predicate-age.js';

const names = (text: string) => sharedAges(text).map((a) => [a.name, a.age]);

describe('sharedAges: one age shared by a list of names', () => {
  it('gives each name of "A and B C, both N" the age, the first name taking the surname', () => {
    expect(names('The couple, Tom and Jean Baxter, both 74, married in 1975.')).toEqual([
      ['Tom Baxter', '74'],
      ['Jean Baxter', '74'],
    ]);
    expect(names('Ruth Campbell, Anna Campbell and Iain Fraser, all 30, swam.')).toHaveLength(3);
    expect(names('Tom Reid and Sam Reid, each aged 40, opened it.')).toEqual([
      ['Tom Reid', '40'],
      ['Sam Reid', '40'],
    ]);
  });

  it('marks what the text writes ("Tom"), and reads no team score as an age', () => {
    const text = 'Geoffrey and Ann Hale, both 70, completed it.';
    const [first] = sharedAges(text);
    expect(text.slice(first?.nameStart, first?.nameEnd)).toBe('Geoffrey');
    expect(sharedAges('Leeds and Wigan, both 2, drew.')).toEqual([]);
  });

  it('namedAges joins them to the apposed ages, in the order written', () => {
    const ages = namedAges('Ann Lowe, 61, and Tom and Jean Baxter, both 74, came.');
    expect(ages.map((a) => a.name)).toEqual(['Ann Lowe', 'Tom Baxter', 'Jean Baxter']);
  });
});

describe('predicateAges: every age said of a subject', () => {
  it('reads the opening subject and a later name given its own age', () => {
    const said = predicateAges('Sam Reid is 41 and his older brother, Tom Reid, is 45.');
    expect(said.map((p) => [p.subject, p.age])).toEqual([
      ['Sam Reid', '41'],
      ['Tom Reid', '45'],
    ]);
  });

  it('reads a pronoun subject, and no count or thing', () => {
    expect(predicateAges('She is 34 and has worked there.').map((p) => p.subject)).toEqual(['She']);
    expect(predicateAges('The bridge is 600 years old.')).toEqual([]);
    expect(predicateAges('Turnout was 41 percent.')).toEqual([]);
  });
});
