import { describe, expect, it } from 'vitest';
import { predicateFor, predicatesOf } from '../../src/qa/predicate.js';

/** Each predicate's words and its subject's, as the passage writes them. */
function read(text: string): { subject: string; predicate: string; relative: boolean }[] {
  return predicatesOf(text).map((p) => ({
    subject: text.slice(p.subjectStart, p.subjectEnd).trim(),
    predicate: text.slice(p.start, p.end),
    relative: p.relative,
  }));
}

describe('predicatesOf', () => {
  it('reads the verb phrase after a subject and its apposition', () => {
    expect(read('The chair of the trust, Dr Lena Hart, stepped down on Friday.')).toEqual([
      {
        subject: 'The chair of the trust, Dr Lena Hart,',
        predicate: 'stepped down on Friday',
        relative: false,
      },
    ]);
  });

  it("reads a relative clause as said of its noun, ending where the noun's own verb begins", () => {
    expect(read('Walkers who find injured seals are asked to call the rescue line.')).toEqual([
      { subject: 'Walkers', predicate: 'find injured seals', relative: true },
      {
        subject: 'Walkers who find injured seals',
        predicate: 'are asked to call the rescue line',
        relative: false,
      },
    ]);
  });

  it('reads no predicate in a participle describing a noun', () => {
    const text =
      'The Tally Stone, carved by monks, is a simple marker, although the stones found near the church are not dated.';
    expect(read(text).map((p) => p.predicate)).toEqual(['is a simple marker', 'are not dated']);
  });

  it('keeps a subordinate clause inside the predicate it qualifies, and reads its own predicate', () => {
    expect(read('The coach, Sam Reid, quit on Monday after the club was relegated.')).toEqual([
      {
        subject: 'The coach, Sam Reid,',
        predicate: 'quit on Monday after the club was relegated',
        relative: false,
      },
      { subject: 'the club', predicate: 'was relegated', relative: false },
    ]);
  });

  it('reads the clause a verb reports as said of its own subject', () => {
    const said = read('Experts say the plan would help small farms.');
    expect(said.at(-1)).toEqual({
      subject: 'the plan',
      predicate: 'would help small farms',
      relative: false,
    });
    expect(predicatesOf('Experts say the plan would help small farms.').at(-1)?.embedded).toBe(true);
  });
});

describe('predicateFor', () => {
  const text = 'Okafor, who did not finish the race in Paris in June, has never missed a final.';

  it('chooses the predicate that says the words placing the action', () => {
    const asked = {
      form: 'did' as const,
      subject: '',
      head: '',
      pronoun: true,
      reader: false,
      vague: false,
      habitual: false,
      adjunct: 'in paris',
    };
    expect(predicateFor(asked, { text }, 5)?.text).toBe('did not finish the race in Paris in June');
  });

  it('chooses a main clause before a relative one otherwise', () => {
    const asked = {
      form: 'did' as const,
      subject: 'okafor',
      head: 'okafor',
      pronoun: false,
      reader: false,
      vague: false,
      habitual: false,
      adjunct: '',
    };
    expect(predicateFor(asked, { text }, 5)?.text).toBe('has never missed a final');
  });

  it('finds none said of another subject, nor a copula\'s "is"', () => {
    const other = {
      form: 'did' as const,
      subject: 'the coach',
      head: 'coach',
      pronoun: false,
      reader: false,
      vague: false,
      habitual: false,
      adjunct: '',
    };
    expect(predicateFor(other, { text }, 5)).toBeUndefined();
    const copula = {
      form: 'did' as const,
      subject: 'the marker',
      head: 'marker',
      pronoun: false,
      reader: false,
      vague: false,
      habitual: false,
      adjunct: '',
    };
    expect(predicateFor(copula, { text: 'The marker was small.' }, 5)).toBeUndefined();
  });
});

describe('predicatesOf: reports, numbers, asides and relative clauses', () => {
  const one = (text: string) => predicatesOf(text)[0];

  it("reads a reporting verb before the clause it reports as its subject's verb, a report", () => {
    const text = 'Police said a woman had been injured on the path.';
    expect(read(text)[0]).toMatchObject({
      subject: 'Police',
      predicate: 'said a woman had been injured on the path',
    });
    expect(one(text)?.report).toBe(true);
    expect(predicatesOf('"We will not stop," Dana Brill said.').at(-1)?.report).toBe(true);
    expect(one('The firm, based in Leeds, announced the closure on Monday.')?.report).toBe(false);
  });

  it('reads on past a comma or point inside a number and an aside in brackets', () => {
    expect(read('The council approved a plan to repair 1,500 lights.')[0]?.predicate).toBe(
      'approved a plan to repair 1,500 lights',
    );
    expect(read('Lumen Grid has cut its charges by 3.5% for the borough.')[0]?.predicate).toBe(
      'has cut its charges by 3.5% for the borough',
    );
    expect(read('The Lions beat the Hawks 4-6 7-6 (7-3) 6-2 in the final.')[0]?.predicate).toBe(
      'beat the Hawks 4-6 7-6 (7-3) 6-2 in the final',
    );
  });

  it('opens a predicate at the adverb between subject and verb, and reads a relative clause inside it', () => {
    const found = read('The crews quickly set up a help desk for tenants who lose their lighting.');
    expect(found.find((p) => !p.relative)?.predicate).toBe(
      'quickly set up a help desk for tenants who lose their lighting',
    );
    expect(found.find((p) => p.relative)?.predicate).toBe('lose their lighting');
  });

  it('reads a reported clause whose subject holds a preposition ("said the lanes on the A5 would…")', () => {
    expect(
      predicatesOf('Lezley Picton said the new lanes on the A5 would cut journey times.')[0]?.report,
    ).toBe(true);
    expect(
      predicatesOf('The council announced the closure of a depot that had served the town.')[0]?.report,
    ).toBe(false);
    expect(
      predicatesOf('The council has ordered a review of bus services and is likely to cut routes.')[0]
        ?.report,
    ).toBe(false);
  });

  it("reads a restrictive relative clause as said of the noun phrase before it, not the sentence's subject", () => {
    const text = 'The crews quickly set up a help desk for tenants who lose their lighting.';
    expect(read(text).find((p) => p.relative)?.subject).toBe('tenants');
  });

  it('reads a passive of asking people to act as advice', () => {
    const text = 'Residents who see a broken light are asked to report it online.';
    expect(predicatesOf(text).find((p) => !p.relative)?.directive).toBe(true);
    expect(one('The lights were repaired on Friday.')?.directive).toBe(false);
  });
});

describe('predicateFor: a subject whose action the passage cannot tell', () => {
  const base = { form: 'did' as const, subject: '', head: '', pronoun: true, habitual: false, adjunct: '' };
  const text = 'Opposition councillors walked out of the meeting before the vote.';

  it('gives no span for the reader, unless the passage asks people to act', () => {
    const reader = { ...base, reader: true, vague: false };
    expect(predicateFor(reader, { text }, 5)).toBeNull();
    const advice = 'Residents who see a broken light are asked to report it online.';
    expect(predicateFor(reader, { text: advice }, 5)?.text).toBe('are asked to report it online');
  });

  it('gives no span for "it" or "they" read as no one the passage names', () => {
    const vague = { ...base, reader: false, vague: true };
    expect(predicateFor(vague, { text }, 5)).toBeNull();
    expect(predicateFor(vague, { text }, 5, new Set(['councillor']))?.text).toBe(
      'walked out of the meeting before the vote',
    );
  });
});
