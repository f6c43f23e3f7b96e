import { describe, expect, it } from 'vitest';
import { isOccupation, jobAsked, jobsSaid } from '../../src/qa/job-asked.js';

const asked = (q: string) => {
  const job = jobAsked(q);
  return job === undefined ? undefined : [...job.words];
};

describe('jobAsked', () => {
  it("reads a person's work asked, by a name or a pronoun", () => {
    expect(asked("what was Mrs Tresize's job?")).toEqual(['tresize']);
    expect(asked('what does Prof Venning do')).toEqual(['venning']);
    expect(asked('what did he do for a living')).toEqual([]);
    expect(asked('what was her profession')).toEqual([]);
    expect(asked('what work does Dan Ayre do?')).toEqual(['dan', 'ayre']);
  });

  it('reads no work asked of an event or a thing', () => {
    expect(asked('what did he do')).toBeUndefined();
    expect(asked('what does the council do')).toBeUndefined();
    expect(asked('what is the job of the council')).toBeUndefined();
  });
});

describe('isOccupation', () => {
  it('a noun for a person by their work', () => {
    for (const noun of ['midwife', 'carpenter', 'botanist', 'schoolteacher', 'plumber'])
      expect(isOccupation(noun)).toBe(true);
  });

  it('not a noun for who someone is to others', () => {
    for (const noun of ['grandfather', 'wife', 'pensioner', 'resident', 'fan'])
      expect(isOccupation(noun)).toBe(false);
  });
});

describe('jobsSaid', () => {
  it('in apposition, after "is a" or "works as a", and as a title before the name', () => {
    expect(jobsSaid('Mr Orme, a former bus driver, said so.').map((j) => [j.text, j.of])).toEqual([
      ['former bus driver', ['orme']],
    ]);
    expect(jobsSaid('Ann Lyle, 40, who works as a dental nurse, said so.')[0]?.text).toBe('dental nurse');
    expect(jobsSaid('Mr Cole is a plumber by trade.')[0]?.text).toBe('plumber');
    expect(jobsSaid('It was grown by Leek schoolteacher Owen Bray.')[0]?.of).toEqual(['owen', 'bray']);
  });

  it('nothing for a relation or an age', () => {
    expect(jobsSaid('His granddaughter Isla, nine, named it.')).toEqual([]);
    expect(jobsSaid('Tom Hale, 68, from Ludlow, grew it.')).toEqual([]);
  });
});
