import { describe, expect, it } from 'vitest';
import { isOccupation, jobAsked, jobOf, jobsSaid, jobTimeAsked } from '../../src/qa/job-asked.js';

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
    // As readers type it: a first name or a title in lower case still names someone.
    expect(asked('what does bethany do for a living?')).toEqual(['bethany']);
    expect(asked("what is mr hebden's job")).toEqual(['hebden']);
    // A past job as readers ask it, and "for a job" for "for a living".
    expect(asked('what did jack price used to do for a living')).toEqual(['jack', 'price']);
    expect(asked('what did Mrs Lyle use to do for work?')).toEqual(['lyle']);
    // Without a word for work it may ask a pastime ("she used to go metal detecting").
    expect(asked('what did Mrs Lyle use to do?')).toBeUndefined();
    expect(asked('what does Dan Ayre do for a job')).toEqual(['dan', 'ayre']);
  });

  it('tells a job named by a noun for it from "what does X do"', () => {
    expect(jobAsked("what is Mr Walsh's job?")?.byWord).toBe(true);
    expect(jobAsked('what did he do for a living')?.byWord).toBe(true);
    expect(jobAsked('what does Sue Hughes do?')?.byWord).toBeUndefined();
  });

  it("reads the person's sex from a title or a first name, not from a surname", () => {
    expect(jobAsked("what was Mrs Cole's job?")?.gender).toBe('female');
    expect(jobAsked('what does Gary Hebden do?')?.gender).toBe('male');
    // "Price" is a man's first name too, but here it is Dr Price's surname.
    expect(jobAsked('what does Dr Price do?')?.gender).toBeUndefined();
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

  it('kinds WordNet files apart from workers, or as a second sense', () => {
    for (const noun of ['firefighter', 'constable', 'photographer', 'solicitor'])
      expect(isOccupation(noun)).toBe(true);
  });

  it('engineers, and closed compounds WordNet lacks whose last part is a job', () => {
    for (const noun of ['engineer', 'surveyor', 'headteacher', 'postwoman'])
      expect(isOccupation(noun)).toBe(true);
    for (const noun of ['stepmother', 'housewife', 'chairwoman']) expect(isOccupation(noun)).toBe(false);
  });

  it('not a first name WordNet lists as one person', () => {
    for (const name of ['Sue', 'Ruth']) expect(isOccupation(name.toLowerCase())).toBe(false);
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

  it('nothing unpaid or done for pleasure: a job is paid work', () => {
    expect(jobsSaid('Ruth Okafor, 33, a volunteer at the hall, said so.')).toEqual([]);
    expect(jobsSaid('Kevin Walsh, 44, a keen angler, said so.')).toEqual([]);
    expect(jobsSaid('Tom Ashworth, 61, an amateur photographer, filmed it.')).toEqual([]);
    expect(jobsSaid('Her husband, Arjun Nair, is a potter in his spare time.')).toEqual([]);
    expect(jobsSaid('It was dug by keen gardener Dean Walsh.')).toEqual([]);
    // Said of the same man without the pastime, it is his job.
    expect(jobsSaid('Her husband, Arjun Nair, is a potter in Eccles.')[0]?.text).toBe('potter');
  });

  it('no first name read as a title before a surname', () => {
    expect(jobsSaid('The treasurer, Sue Brandon, organised it.')).toEqual([]);
  });

  it('nothing for a relation or an age', () => {
    expect(jobsSaid('His granddaughter Isla, nine, named it.')).toEqual([]);
    expect(jobsSaid('Tom Hale, 68, from Ludlow, grew it.')).toEqual([]);
  });
});

describe('jobOf', () => {
  const cole = (words: string[], extra: object = {}) => ({ words: new Set(words), ...extra });
  it('a job said of the asked person, not of another with the same surname', () => {
    const son = 'Their son, Martin Cole, 58, a plumber, said so.';
    expect(jobOf(son, cole(['martin', 'cole']))?.text).toBe('plumber');
    expect(jobOf(son, cole(['cole'], { gender: 'female' }))).toBeUndefined();
    expect(jobOf(son, cole(['sandra', 'cole']))).toBeUndefined();
    // Several Coles in the folder: only a job said of the bare "Mr Cole" is his.
    expect(jobOf(son, cole(['cole'], { gender: 'male', bareOnly: true }))).toBeUndefined();
    expect(jobOf('Mr Cole, a retired postman, said so.', cole(['cole'], { bareOnly: true }))?.text).toBe(
      'retired postman',
    );
  });
});

describe('jobTimeAsked', () => {
  it('reads the time a job is asked at, other than retiring', () => {
    expect(jobTimeAsked("what was Owen Pryce's job when he was young?")).toEqual(['young']);
    expect(jobTimeAsked('what was her job while she lived in Leeds')).toEqual(['live', 'leed']);
    // Retiring is read by `jobAsked`; no clause asks no time.
    expect(jobTimeAsked("what was Owen Pryce's job before he retired?")).toBeUndefined();
    expect(jobTimeAsked("what is Owen Pryce's job?")).toBeUndefined();
  });

  it('reads no time of a clause with no word of its own ("before that": said earlier)', () => {
    expect(jobTimeAsked("what was tomasz nowak's job before that?")).toBeUndefined();
    expect(jobTimeAsked("what was margaret oduya's job before then?")).toBeUndefined();
    expect(jobTimeAsked('what was his job after it')).toBeUndefined();
  });

  it("gives each word's lemma too", () => {
    expect(jobTimeAsked("what was margaret oduya's job when she was younger?")).toContain('young');
    expect(jobTimeAsked('what was his job when he met her')).toContain('meet');
  });
});
