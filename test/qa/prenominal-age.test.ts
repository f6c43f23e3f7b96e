/**
 * The reader of an age written before a name (`prenominal-age.ts`), on sentences written for these
 * tests: the age is the name's the "-year-old" phrase opens, through a role between; a capitalised
 * word before a noun ("a 43-year-old Leeds man") is no name.
 */
import { describe, expect, it } from 'vitest';
import { prenominalAges } from '../../src/qa/prenominal-age.js';

const owners = (text: string) => prenominalAges(text).map((a) => [a.name, a.age]);

describe('prenominalAges', () => {
  it('reads the name after the age, through a role between', () => {
    expect(owners('In the final she faced 48-year-old accountant Martin Feltham, the top seed.')).toEqual([
      ['Martin Feltham', '48'],
    ]);
    expect(owners('The previous winner was 14-year-old Thomas Abbott in 1987.')).toEqual([
      ['Thomas Abbott', '14'],
    ]);
    expect(owners('He was cheered on by 80-year-old retired nurse Doris Kettle.')).toEqual([
      ['Doris Kettle', '80'],
    ]);
  });

  it('reads the name after a place or side that modifies a noun or adjective ("Scotland captain")', () => {
    expect(owners('The 31-year-old Scotland captain Fiona Baird has agreed to stay.')).toEqual([
      ['Fiona Baird', '31'],
    ]);
    expect(owners('The 24-year-old Ireland international Ciara Doyle signed on Monday.')).toEqual([
      ['Ciara Doyle', '24'],
    ]);
    expect(owners('A 38-year-old Newport City supporter Gareth Ellis was thanked.')).toEqual([
      ['Gareth Ellis', '38'],
    ]);
  });

  it('reads no name where the capitalised word modifies a noun, or a verb stands between', () => {
    expect(owners('A 43-year-old Leeds man was arrested.')).toEqual([]);
    expect(owners('The 21-year-old said Tom Reid had helped him.')).toEqual([]);
    expect(owners('The 200-year-old bridge over the Wye was closed.')).toEqual([]);
    expect(owners('A 27-year-old Swansea woman and her son were unhurt.')).toEqual([]);
  });
});
