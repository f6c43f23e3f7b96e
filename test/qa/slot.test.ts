/**
 * The asked slot (what a question wants) and whether a passage fills it: the evidence the answerability
 * calibrator weighs beside coverage.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import type { Group } from '../../src/qa/expansion.js';
import { parseQuestion } from '../../src/qa/question.js';
import { askedSlot, givenAsAge, saidAsAge, slotEvidence, unsaid } from '../../src/qa/slot.js';
import { RECENT_TEXTS } from '../../src/qa/text-memo.js';
import { stem, tokenize } from '../../src/qa/text.js';

const slotOf = (question: string) => askedSlot(question, parseQuestion(question));

/** The question's words as the engine's groups (each word its own stem, rarity 1 unless given). */
function groupsOf(question: string, idf: Record<string, number> = {}): Group[] {
  return parseQuestion(question).keywords.map((k) => ({
    word: k.word,
    terms: [{ stem: k.stem, weight: 1 }],
    idf: idf[k.word] ?? 1,
  }));
}

function evidence(question: string, passage: string, idf: Record<string, number> = {}) {
  return slotEvidence(
    slotOf(question),
    { text: passage, tokens: tokenize(passage), entities: () => findEntities(passage) },
    groupsOf(question, idf),
  );
}

describe('the asked slot', () => {
  it.each([
    ['How much is the loan deal worth?', 'money'],
    ['how much did the aviator cost to make', 'money'],
    ['What is the price of a ticket?', 'money'],
    ['How much time did he spend on the game?', 'quantity'],
    ['how much power does it draw', 'quantity'],
    ['How old was he when he left?', 'age'],
    ['at what age did she retire', 'age'],
    ['What share of jobs rely on tourism?', 'share'],
    ['what percentage of votes did it get', 'share'],
    ['how long did the repairs take', 'quantity'],
    ['how heavy is the console', 'quantity'],
    ['How cold does it get in winter?', 'quantity'],
    // "numerous" and "few" are values of the attribute "many" asks (WordNet): a count, as the answer type reads them.
    ['how numerous were the protesters?', 'count'],
    ['how few tickets were left', 'count'],
    ['When did the bridge reopen?', 'date'],
    ['who is the golfer', 'person'],
    ['Which country was the earthquake centred on?', 'place'],
    ['where did they meet', 'place'],
    ['which company makes it', 'organization'],
    ["What is E Hayot's first name?", 'name'],
    ["What's the name of Japan's oldest person?", 'name'],
    ['why did he quit', 'none'],
    ['what do the unions want', 'none'],
  ])('"%s" wants %s', (question, slot) => {
    expect(slotOf(question).slot).toBe(slot);
  });

  it('"who is <a name>?" asks what the person is, not for a name', () => {
    expect(slotOf('whos gavin paterson').slot).toBe('none');
    expect(slotOf('Who is Alexander Fomin?').slot).toBe('none');
    expect(slotOf("who's the UN guy").slot).toBe('person');
  });

  it('"how many" keeps the counted thing', () => {
    expect(slotOf('How many Oscar nominations does it have?')).toEqual({
      slot: 'count',
      counted: ['oscar', 'nominations'],
    });
    expect(slotOf('How many of the critics backed him?')).toEqual({ slot: 'count' });
  });

  it('"how many people <verb>" keeps the verb the counted people do, read once', () => {
    expect(slotOf('how many people died')).toEqual({
      slot: 'count',
      counted: ['people', 'died'],
      doing: 'die',
    });
    expect(slotOf('how many people applied for the job')).toMatchObject({ doing: 'apply' });
    expect(slotOf('how many people were killed').doing).toBeUndefined();
  });
});

describe('whether a passage fills the slot', () => {
  it('money: an amount with its currency, not just any number', () => {
    const q = 'How much is the loan deal worth?';
    expect(evidence(q, 'The loan deal is worth £4m, the club said.')).toMatchObject({ found: true });
    expect(evidence(q, 'The loan deal runs for 2 seasons.')).toMatchObject({ found: false, loose: true });
    expect(evidence(q, 'Neither club disclosed the terms of the loan deal.')).toEqual({
      found: false,
      loose: false,
      near: 0,
    });
  });

  it('age: "101-year-old", "aged 33", "is 114" are ages; "10 years ago" is none', () => {
    const q = 'How old was Richey Edwards when he disappeared?';
    expect(evidence(q, 'The 27-year-old Edwards disappeared in 1995.')).toMatchObject({ found: true });
    expect(evidence(q, 'Edwards, aged 27, disappeared that winter.')).toMatchObject({ found: true });
    expect(evidence('how old is the oldest one', 'The oldest member is 114.')).toMatchObject({ found: true });
    expect(evidence(q, 'Richey Edwards disappeared 10 years ago, on 1 February 1995.')).toMatchObject({
      found: false,
      loose: true,
    });
  });

  it('a count must count the thing asked about (or a kind of it)', () => {
    const q = 'How many tourists were killed?';
    expect(evidence(q, 'At least 200 tourists were killed.')).toMatchObject({ found: true });
    expect(evidence(q, 'Three hotels were hit, and tourists were killed.')).toMatchObject({
      found: false,
      loose: true,
    });
    expect(
      evidence('How many people could the capsule hold?', 'The capsule held three astronauts.'),
    ).toMatchObject({ found: true });
  });

  it('a word of a name is no kind of the counted thing ("Daily Grind" is a blog, not a person)', () => {
    const q = 'how many people play the game';
    expect(evidence(q, 'Stories can be found on one blog, EverQuest Daily Grind.')).toMatchObject({
      found: false,
    });
    expect(evidence(q, 'The game has one million grinds.')).toMatchObject({ found: true });
  });

  it("the question's own words do not fill it: the name asked about is no answer", () => {
    expect(
      evidence("What is E Hayot's first name?", 'E Hayot, writing in a blog, said he played a lot.'),
    ).toMatchObject({ found: false });
    expect(evidence('Who signed with Alexander Fomin?', 'Khaled Obaidi met Alexander Fomin.')).toMatchObject({
      found: true,
    });
    // "1973" is the question's; "October" is new.
    expect(
      evidence('When did the 1973 oil crisis begin?', 'The 1973 oil crisis began in October 1973.'),
    ).toMatchObject({ found: true });
    expect(evidence('When did the 1973 oil crisis begin?', 'The 1973 oil crisis hit hard.')).toMatchObject({
      found: false,
    });
  });

  it('near: the share of matched words (by rarity) close to the filler', () => {
    const q = 'How many people died in Sri Lanka?';
    const idf = { sri: 5, lanka: 5, people: 1, died: 1 };
    const far = evidence(
      q,
      'The worst-hit areas were Sri Lanka, India, Indonesia, Thailand, Malaysia, Somalia and Burma, with 23,000 people dead.',
      idf,
    );
    const close = evidence(q, 'In Sri Lanka 23,000 people died.', idf);
    expect(far?.found).toBe(true);
    expect(close?.near).toBe(1);
    expect(far?.near ?? 1).toBeLessThan(0.5);
  });

  it('how long and how often: a span or a frequency without a number of its own fills it', () => {
    expect(slotOf('How long has Radio Tyneside been on air?')).toEqual({
      slot: 'quantity',
      duration: true,
      unitMeasure: { measures: ['duration'], rate: false },
    });
    expect(
      evidence('How long has Radio Tyneside been on air?', 'Radio Tyneside has broadcast since 1951.'),
    ).toMatchObject({ found: true });
    expect(
      evidence('How long has the principle been recognised?', 'It has been recognised since the 1960s.'),
    ).toMatchObject({ found: true });
    expect(
      evidence('How long has the fair been held?', 'The fair has been held since the Harvest Act 1921.'),
    ).toMatchObject({ found: true });
    expect(
      evidence('How often is the festival held?', 'The biennial festival is held in March.'),
    ).toMatchObject({
      found: true,
    });
    expect(evidence('How often does the council meet?', 'The council meets twice a year.')).toMatchObject({
      found: true,
    });
    expect(evidence('How long did the repairs take?', 'The repairs closed the main road.')).toMatchObject({
      found: false,
    });
    // "Since 1990" is no size: only how long and how often read spans and frequencies.
    expect(evidence('How tall is the tower?', 'The tower has stood since 1990.')).toMatchObject({
      found: false,
    });
  });

  it('"how long / far" is filled by a measure of its units, loosely by money or a rate for a total', () => {
    // "How long is the pier?" asks a length: the pier's cost is no length of it.
    expect(evidence('How long is the pier?', 'They approved the £3.2 million pier.')).toMatchObject({
      found: false,
      loose: true,
    });
    expect(evidence('How long is the pier?', 'The 85-metre pier will replace the old stage.')).toMatchObject({
      found: true,
    });
    // A pier lasts no time: "for years" says how long the argument went on, not how long the pier is.
    expect(evidence('How long is the pier?', 'The pier ended years of argument.')).toMatchObject({
      found: false,
    });
    // "Twelve miles a day" is how far she walked each day, not how far she walked.
    expect(evidence('How far did she walk?', 'She walked about twelve miles a day.')).toMatchObject({
      found: false,
      loose: true,
    });
    expect(evidence('How far did she walk each day?', 'She walked about twelve miles a day.')).toMatchObject({
      found: true,
    });
    // A range of years says how long something ran.
    expect(evidence('How long did the programme run?', 'The programme ran from 1961 to 1972.')).toMatchObject(
      {
        found: true,
      },
    );
    // "Monthly" says how often, not how long.
    expect(
      evidence('How long does the meeting last?', 'The monthly meeting is held in the hall.'),
    ).toMatchObject({
      found: false,
    });
    expect(
      evidence('How often is the meeting held?', 'The monthly meeting is held in the hall.'),
    ).toMatchObject({
      found: true,
    });
  });

  it('a count that looks like a year, and "none", still count the thing asked', () => {
    expect(
      evidence('How many guests attended the dinner?', 'The dinner was attended by 2000 guests.'),
    ).toMatchObject({ found: true });
    expect(evidence('When did the dinner take place?', 'The dinner was held in 2000.')).toMatchObject({
      found: true,
    });
    expect(
      evidence('How many treaties protected rights?', 'None of the original treaties mention rights.'),
    ).toMatchObject({ found: true });
    expect(evidence('How many guests attended the dinner?', 'The dinner was held in 2000.')).toMatchObject({
      found: false,
    });
  });

  it('no slot, no evidence: "why" and "what do they want" are left to coverage', () => {
    expect(evidence('why did he quit', 'He quit because he was tired.')).toBeUndefined();
  });
});

describe('the passage says it is not said', () => {
  it.each([
    'The council has not said when a new cycle lane on the bridge will open.',
    'The loan deal includes an option to buy, but neither club disclosed its terms.',
    "The ministry hasn't yet announced a date.",
    'A spokesman declined to comment on the cost.',
    'The club paid an undisclosed fee.',
    'The date is yet to be decided.',
  ])('"%s"', (passage) => {
    expect(unsaid(passage)).toBe(true);
  });

  it.each([
    'The council said the lane will open in May.',
    'An unknown process depleted oxygen-16 from the disk.',
    'It consumes 4 kg of steam per kWh.[not in citation given]',
    'Directives do not generally give citizens standing to sue.',
    'He did not go to work because he had stuff to do.',
  ])('not: "%s"', (passage) => {
    expect(unsaid(passage)).toBe(false);
  });
});

describe('a name written in full near the filler stands for the acronym asked', () => {
  const question = 'how much is the NFA paying?';
  const passage = 'The Northern Ferries Authority will pay £4m for two boats.';
  const groups: Group[] = [{ word: 'nfa', terms: [{ stem: 'nfa', weight: 1 }], idf: 3 }];
  const view = { text: passage, tokens: tokenize(passage), entities: () => findEntities(passage) };
  const aliases = new Map(['northern', 'ferries', 'authority'].map((w) => [stem(w), 'nfa']));

  it('is near the amount only when the name is read as the acronym', () => {
    expect(slotEvidence(slotOf(question), view, groups)?.near).toBe(0);
    expect(slotEvidence(slotOf(question), view, groups, aliases)).toMatchObject({ found: true, near: 1 });
  });
});

describe("a passage's ages and numbers, read once while it is recent", () => {
  const text = 'Leo Marsh, 11, and his sister, aged 14, raised £1,200 for the three lifeboat crews in 2019.';
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;
  /** Everything the memo's readings decide of the passage: its ages and its fillers for a count and an age. */
  const read = () => ({
    ages: ['11', '14', '1,200', 'three'].map((n) => [saidAsAge(text, ...at(n)), givenAsAge(text, ...at(n))]),
    count: evidence('how many lifeboat crews did they raise money for?', text),
    age: evidence('how old is Leo Marsh?', text),
    year: evidence('when did they raise the money?', text),
  });

  it('reads the same first, again, and after RECENT_TEXTS other passages pushed it out', () => {
    const first = read();
    expect(first.ages).toEqual([
      [true, true],
      [true, true],
      [false, false],
      [false, false],
    ]);
    expect([first.count?.found, first.age?.found]).toEqual([true, true]);
    expect(read()).toEqual(first);
    for (let i = 0; i <= RECENT_TEXTS; i++) saidAsAge(`Passenger ${i} is 40 and lives in Avery.`, 0, 1);
    expect(read()).toEqual(first);
  });
});
