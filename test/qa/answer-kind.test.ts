/**
 * The asked kind (answer-kind.ts): what the question's wh-word and head noun ask for, and whether a
 * candidate span of a passage is of that kind.
 */
import { describe, expect, it } from 'vitest';
import { askedKind, fitOf, type AnswerKind } from '../../src/qa/answer-kind.js';
import { findEntities } from '../../src/qa/entities.js';
import { parseQuestion } from '../../src/qa/question.js';
import type { SpanKind } from '../../src/qa/span-parts.js';
import { tokenize } from '../../src/qa/text.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

function kindOf(question: string): AnswerKind {
  return askedKind(question, parseQuestion(question), DEFAULT_WEIGHTS).kind;
}

/** The fit of the words `span` of `text`, tagged as the engine tags a passage. */
function fit(question: string, text: string, span: string, kind?: SpanKind): string {
  const tags = findEntities(text);
  const start = text.indexOf(span);
  const end = start + span.length;
  const tag = tags.find((t) => t.start === start && t.end === end && t.type !== 'phrase');
  const passage = { text, tokens: tokenize(text), tags };
  return fitOf(
    askedKind(question, parseQuestion(question), DEFAULT_WEIGHTS),
    { start, end, text: span, kind: kind ?? tag?.type ?? 'phrase' },
    passage,
  );
}

describe('the asked kind', () => {
  it.each<[string, AnswerKind]>([
    ['who signed the deal', 'person'],
    ['who is helping iraq', 'person'],
    ['where did they sign', 'place'],
    ['when did richey go missing', 'date'],
    ['what year did the minimum wage start', 'year'],
    ['In what year was the school formed?', 'year'],
    ['Which city does the 101-year-old call home?', 'city'],
    ['which country has the most tourists', 'country'],
    ['how many people died', 'count'],
    ['how much did the repairs cost', 'money'],
    ['how old is the oldest one', 'age'],
    ['what share of jobs rely on tourism', 'share'],
    ['how long did the talks last', 'duration'],
    // An antonym asks the same measure ("how short" a length of time, as the slot reads it).
    ['how short was the film', 'duration'],
    ['how numerous were the protesters', 'count'],
    ['What day of the week are elections held?', 'weekday'],
    ['what Greek writer described the experiment?', 'person'],
    ['what was signed', 'thing'],
    ['what was his last song', 'thing'],
    // A clause that sets the scene is not what is asked: "when" there says nothing of the answer.
    ['When violence is used, what is civil disobedience sometimes called?', 'any'],
    // The wh-word that ends the question asks; "who" there opens a relative clause.
    ['The Church supports those persons who conscientiously oppose what?', 'any'],
    // "Who is X?" asks what the named person is: no name answers it.
    ['who is Alexander Fomin?', 'any'],
    // The noun is the question's subject, doing something: not what is asked for.
    ['what is the government thinking of doing', 'any'],
    // A definition is asked, not one of the kind.
    ['What is a hermaphrodite?', 'any'],
    // "What is the X": a noun naming a kind of answer asks for its value, as it does alone ("age?").
    ['what is the retirement age now?', 'age'],
    ["what's the death toll", 'count'],
    ['what was the price of a ticket', 'money'],
    // Not asked for its value: "what type of number" asks for a kind of number.
    ['What type of number do modern mathematicians consider 1 to be?', 'thing'],
    // An adjective after "who is" says something of whoever it is: a person is asked for.
    ['who is notorious', 'person'],
    // "The name of the X" asks for an X when X is a person, a city or a country; for another noun, a
    // name (a title may be any words, but capitalised ones: see below).
    ['what is the name of the town', 'city'],
    ['what is the name of the iraqi defence minister', 'person'],
    ['what is the name of his book?', 'thing'],
    // A name asked by a possessive is a person's when the owner is someone: never a date or a number.
    ["what is the mayor's first name", 'person'],
    ["what is raman's name", 'person'],
    ['whats her name', 'person'],
    ['whats the mayors name', 'person'],
    ["what is the ship's name", 'thing'],
    ['who was responsible?', 'person'],
    // A word that is no adjective is a name ("fomin"), asked about.
    ['who is fomin', 'any'],
  ])('"%s" asks for %s', (question, kind) => {
    expect(kindOf(question)).toBe(kind);
  });

  it('a head noun asks by its commonest sense: a machine is no person', () => {
    expect(kindOf('what machines have superseded steam?')).toBe('thing');
  });
});

describe('a candidate of the asked kind', () => {
  const storm = 'Mitch killed about 10,000 people and caused damage of about $10bn in 1998.';
  it('money is no count of people, a count is', () => {
    expect(fit('how many people died', storm, '$10bn')).toBe('none');
    // A number with its unit, as the candidates offer it.
    expect(fit('how many people died', storm, '10,000 people', 'number')).toBe('fine');
    expect(fit('how many guests came', 'About 2000 guests came.', '2000')).toBe('fine');
  });

  it('a year is no count and a month is no year', () => {
    expect(fit('how many people died', storm, '1998')).toBe('none');
    const wage = 'The minimum wage will rise in October, seven years after it was introduced in 1999.';
    expect(fit('what year did the minimum wage start', wage, 'October')).toBe('none');
    expect(fit('what year did the minimum wage start', wage, '1999')).toBe('fine');
  });

  it('a bare unit of time says how long, not when', () => {
    const text = 'In the following days, police issued a missing person alert on 1 February 1995.';
    expect(fit('when did richey go missing', text, 'days')).toBe('none');
    expect(fit('when did richey go missing', text, '1 February 1995')).toBe('fine');
  });

  it('a time between two events ("41 days later", "six years ago") is no one\'s age', () => {
    const row = 'Jo Kerr, 68, set off on 9 May and tied up last night, 41 days later, to cheers.';
    expect(fit('how old is jo', row, '41', 'number')).toBe('none');
    expect(fit('how old is jo', row, '41 days', 'number')).toBe('none');
    expect(fit('how old is jo', row, '68', 'number')).toBe('fine');
    const moved = 'She moved to Leeds six years ago and is 34 now.';
    expect(fit('how old is she', moved, 'six years', 'number')).toBe('none');
  });

  it("a person's name is no city; a city is", () => {
    const text = 'The 101-year-old Torao Toshitsune lives in a neat house in Osaka.';
    expect(fit('Which city does the 101-year-old call home?', text, 'Torao Toshitsune')).toBe('none');
    expect(fit('Which city does the 101-year-old call home?', text, 'Osaka')).toBe('fine');
  });

  it('a thing is no answer to who; a country is, when no one is named', () => {
    const text = 'Russia is committed to help Iraq strengthen its military capability.';
    expect(fit('who is helping iraq', text, 'its military capability')).toBe('none');
    expect(fit('who is helping iraq', text, 'Russia')).toBe('loose');
  });

  it('"how tall", "how far", "how fast": a number with a unit of the dimension asked', () => {
    const tower = 'The tower has 42 floors and a height of 617 ft (188 m) on a 209-acre site.';
    expect(fit('how tall is the tower', tower, '617 ft', 'number')).toBe('fine');
    // Another noun or no unit at all answers only when no length is given; an area never does.
    expect(fit('how tall is the tower', tower, '42 floors', 'number')).toBe('loose');
    expect(fit('how tall is the tower', tower, '209-acre', 'number')).toBe('none');
    expect(fit('how far is kelby from marston', 'It is 340 miles away.', '340')).toBe('loose');
    expect(fit('how far is kelby from marston', 'It is 6 feet away.', '6 feet', 'number')).toBe('fine');
    expect(fit('how fast were the winds', 'Winds reached 110 mph.', '110 mph', 'number')).toBe('fine');
    // "How many" and "how much" name no dimension.
    expect(fit('how many floors does it have', tower, '42 floors', 'number')).toBe('fine');
  });

  it('"how high", "how big" are asked of amounts too; an amount of money is no length', () => {
    const text = 'Inflation rose to 8%, while a 10 m sea wall costing £40m was built.';
    expect(fit('how high did inflation rise?', text, '8%', 'number')).toBe('fine');
    expect(fit('how big was the loan?', 'The bank lent £40m.', '£40m', 'number')).toBe('fine');
    // The "m" of "£40m" is millions, and "in" no inch.
    expect(fit('how tall is the sea wall?', text, '£40m', 'number')).toBe('none');
    expect(fit('how tall is the sea wall?', text, '10 m', 'number')).toBe('fine');
    expect(fit('how far did it go?', 'It went 40 in all.', '40 in all', 'number')).toBe('loose');
    // "How tall", "how far" are not asked of amounts.
    expect(fit('how tall is the sea wall?', text, '8%', 'number')).toBe('none');
  });

  it('a number of units of time or length counts those units, not the people asked about', () => {
    const text = 'Colin Treharne, who has lived in Saltmere for eleven years, made 146 transfers.';
    expect(fit('how many people live in saltmere', text, 'eleven years', 'number')).toBe('none');
    expect(fit('how many years has he lived there', text, 'eleven years', 'number')).toBe('fine');
    // A season is a period of time: it counts years.
    expect(fit('how many seasons did he play', text, 'eleven years', 'number')).toBe('fine');
    expect(fit('how many paid holiday days are there', 'It gives 28 days.', '28 days', 'number')).toBe(
      'fine',
    );
    expect(fit('how many degrees did it rise', 'It rose by 30 degrees.', '30 degrees', 'number')).toBe(
      'fine',
    );
  });

  it('"how long" is not answered by a frequency nor by a count of things', () => {
    const boat = 'During the works a free shuttle boat will run every 30 minutes.';
    expect(fit('how long will the pier be shut', boat, '30 minutes', 'number')).toBe('none');
    const pier = 'The new pier will have two traffic lanes and three kiosks.';
    expect(fit('how long is the new pier', pier, 'two traffic lanes', 'number')).toBe('none');
    expect(fit('how long is the new pier', pier, 'two', 'number')).toBe('none');
    expect(fit('how long will it close', 'It will close for 18 months.', '18 months', 'number')).toBe('fine');
  });

  it('an "m" glued on a number is millions before people or a unit, metres before anything else', () => {
    // No length in metres: a number of no unit of distance, which answers only loosely.
    const viewers = 'The final was watched by 40m viewers across Europe.';
    expect(fit('how far did the ball travel', viewers, '40m', 'number')).toBe('loose');
    // Millions of euros: an amount of money, another measure.
    const euros = 'Advertisers paid 40m euros for slots.';
    expect(fit('how far did the ball travel', euros, '40m', 'number')).toBe('none');
    const kick = 'His kick travelled 40m into the top corner.';
    expect(fit('how far did the ball travel', kick, '40m', 'number')).toBe('fine');
  });

  it('an "m" glued on a number before the thing a length is of is metres ("400m hurdles", "15m routes")', () => {
    // A plural noun of no person nor group (WordNet: an event, a place, an artifact) is what the metres
    // measure, not millions of it.
    const race = 'Priya Shah won the 400m hurdles in 58 seconds, and Daniel Osei won the 100m sprint.';
    expect(fit('how far was the race Priya Shah won', race, '400m', 'number')).toBe('fine');
    expect(fit('how far was the race Priya Shah won', race, '100m', 'number')).toBe('fine');
    const wall = 'Outside, the climbing wall has 15m routes for beginners.';
    expect(fit('how high are the climbing routes', wall, '15m', 'number')).toBe('fine');
    const pool = 'Its pool has six 25m lanes and a diving board.';
    expect(fit('how wide is the pool', pool, '25m', 'number')).toBe('fine');
    // People of a race over the distance, named by a verb of motion, are no millions of people.
    const swim = 'The 800m swimmers finished after dark.';
    expect(fit('how far did the swimmers swim', swim, '800m', 'number')).toBe('fine');
  });

  it('"how much" with no noun asks an amount, not a length of time', () => {
    const text = 'Tickets for the concert sold out within three days, at £12 each.';
    expect(fit('how much were tickets', text, 'three days', 'number')).toBe('none');
    expect(fit('how much were tickets', text, '£12', 'number')).toBe('fine');
    expect(fit('how much time did it take', text, 'three days', 'number')).not.toBe('none');
  });

  it('a bare number before an auxiliary counts what it stands for, and is no amount of money', () => {
    const text = 'Staff will get a payout, and about 50 will be offered posts at the Ashby site.';
    expect(fit('how much money will staff get', text, '50', 'number')).toBe('none');
    expect(fit('how many will be offered posts', text, '50', 'number')).toBe('fine');
    const paid = 'The first £50 will be paid next week.';
    expect(fit('how much will be paid next week', paid, '£50', 'number')).toBe('fine');
  });

  it('"how many of the…" asks the part, not the whole it is taken of', () => {
    const text = 'Seven of the twelve judges backed the ruling.';
    expect(fit('how many of the judges backed the ruling', text, 'Seven', 'number')).toBe('fine');
    expect(fit('how many of the judges backed the ruling', text, 'twelve', 'number')).toBe('none');
    expect(fit('how many judges are there', text, 'twelve', 'number')).toBe('fine');
  });

  it('an age is years old, not a count of something else', () => {
    const text = 'He is one of 23,000 centenarians, and the oldest member is 114.';
    expect(fit('how old is the oldest one', text, '23,000 centenarians')).toBe('none');
    expect(fit('how old is the oldest one', text, '114')).toBe('fine');
  });

  it('an age is no number with a unit of length or weight', () => {
    const text = 'Ava Lund, 11, grew the tallest loaf, at 45 centimetres, and it weighed 40 kilograms.';
    expect(fit('how old is ava lund', text, '11', 'number')).toBe('fine');
    expect(fit('how old is ava lund', text, '45', 'number')).toBe('none');
    expect(fit('how old is ava lund', text, '40', 'number')).toBe('none');
  });

  it('a thing done is no person, nor a phrase running into a name', () => {
    const text =
      'Director of the Federal Service for Military-Technical Cooperation Alexander Fomin signed an agreement.';
    expect(fit('what was signed', text, 'Military-Technical Cooperation Alexander Fomin')).toBe('loose');
    expect(fit('what was signed', text, 'agreement')).toBe('fine');
  });

  it('"which meeting": one meeting, not a person, a country or a statement', () => {
    const text = 'According to the statement, after the meeting, Obaidi thanked Russia for its support.';
    const tags = findEntities(text);
    const passage = { text, tokens: tokenize(text), tags, people: () => new Set(['khaled', 'obaidi']) };
    const asked = askedKind('which meeting was it?', parseQuestion('which meeting was it?'), DEFAULT_WEIGHTS);
    const at = (span: string, kind: SpanKind = 'phrase') => {
      const start = text.indexOf(span);
      return fitOf(asked, { start, end: start + span.length, text: span, kind }, passage);
    };
    // "Obaidi" is the surname of a person another shown passage names in full.
    expect(at('Obaidi')).toBe('none');
    expect(at('Russia', 'place')).toBe('none');
    expect(at('statement')).toBe('none');
    // A kind of meeting, and a name WordNet does not know (it may name one), still answer.
    const summit = 'The summit in Sochi ended with the Sochi Accord.';
    const summitPassage = { text: summit, tokens: tokenize(summit), tags: findEntities(summit) };
    const of = (span: string) => {
      const start = summit.indexOf(span);
      return fitOf(asked, { start, end: start + span.length, text: span, kind: 'phrase' }, summitPassage);
    };
    expect(of('summit')).toBe('fine');
    expect(of('Sochi Accord')).toBe('fine');
  });

  it('"which X" is read so only for the noun right after "which"', () => {
    const of = (q: string) => askedKind(q, parseQuestion(q), DEFAULT_WEIGHTS);
    expect(of('which meeting was it?')).toMatchObject({ kind: 'thing', noun: 'meeting', which: true });
    // The head noun read here is "company", not the word after "which": no such reading.
    expect(of('Which train company provides local services?').which).toBeUndefined();
  });
});

describe('who, which N and the name of the N (session 15)', () => {
  it('a count, a score or a name after "in" is no one', () => {
    const text = 'Kestrel Ports runs four terminals, two of them in Hull, and employs about 3,100 people.';
    expect(fit('who runs kestrel ports', text, '3,100 people')).toBe('none');
    expect(fit('who runs kestrel ports', text, 'Hull')).toBe('none');
    expect(fit('who did they beat', 'In 1988 they beat Dunmore 3-0.', 'Dunmore 3-0')).toBe('none');
  });

  it('a name after "the" headed by a common noun for a thing is no one, though tagged as a person', () => {
    const text = 'Avery was named winner of the Peter Lunt Medal as player of the match.';
    expect(fit('who was player of the match', text, 'Peter Lunt Medal', 'person')).toBe('none');
    expect(fit('who was player of the match', text, 'Avery', 'person')).toBe('fine');
  });

  it('"which court" is not answered by a word English uses as an adverb, nor by an amount', () => {
    const text = 'About £90,000 has so far been recovered, the court heard.';
    expect(fit('which court was it at', text, 'far')).toBe('none');
    expect(fit('which court was it at', text, '£90,000', 'number')).toBe('none');
    // A season may be a date.
    expect(fit('which season was it', 'It happened in 1998.', '1998', 'date')).toBe('loose');
  });

  it('a name headed by the asked noun is one of it, whatever the tagger takes it for', () => {
    const text = 'Colin Marsh admitted theft at Bradford Crown Court on Tuesday.';
    expect(fit('which court was it at', text, 'Bradford Crown Court', 'person')).toBe('fine');
  });

  it('"what is the name of the trust" and "what is the charity called" ask for a name', () => {
    const asked = askedKind(
      'what is the charity called',
      parseQuestion('what is the charity called'),
      DEFAULT_WEIGHTS,
    );
    expect(asked).toMatchObject({ kind: 'thing', noun: 'charity', named: true });
    const text = 'The charity had cut staff from 14 to nine, the trust said.';
    expect(fit('what is the name of the trust', text, 'cut staff')).toBe('none');
    expect(fit("what's the name of the charity", text, 'cut staff')).toBe('none');
  });
});

describe('a word in lower case is a kind of person only in a sense WordNet writes so', () => {
  it('"begin" (a noun only as Menachem Begin) is no one; "worker", "council" are', () => {
    const text = 'Work is due to begin in the spring, when workers from the council will dig the site.';
    expect(fit('who will do the work', text, 'begin')).toBe('none');
    expect(fit('who will do the work', text, 'workers')).toBe('fine');
    expect(fit('who will do the work', text, 'council')).toBe('fine');
  });
});

describe('a which-noun naming a kind of place (session 53)', () => {
  const box =
    'Parish council chairman David Okafor said the box was now "the most useful thing on the street".';

  it('"which street", "what venue", "which river" ask a place; "which union" asks a body', () => {
    const place = (q: string) => askedKind(q, parseQuestion(q), DEFAULT_WEIGHTS).place === true;
    expect(place('which street is the box on')).toBe(true);
    expect(place('what venue was the final held at')).toBe(true);
    expect(place('which river flooded the town')).toBe(true);
    expect(place('which union called the strike')).toBe(false);
    expect(place('which school does she go to')).toBe(false);
  });

  it('a phrase over a person and a body named as no place do not answer "which street"', () => {
    expect(fit('which street is the box on', box, 'Parish council chairman David Okafor')).toBe('none');
    expect(fit('which street is the box on', box, 'Parish council', 'organization')).toBe('none');
    const kiosk = 'The kiosk on Church Street was bought from BT for £1.';
    expect(fit('which street is the box on', kiosk, 'Church Street')).toBe('fine');
  });

  it('"which meeting" still takes a name of any kind the noun files under', () => {
    expect(fit('which case was heard', box, 'Parish council chairman David Okafor')).toBe('fine');
  });
});

describe('session 54: the head noun before a verb, and "how long" with a verb of its own', () => {
  it('"which museum wants to buy the hoard?" asks a museum, not "wants"', () => {
    const asked = askedKind(
      'which museum wants to buy the hoard',
      parseQuestion('which museum wants to buy the hoard'),
      DEFAULT_WEIGHTS,
    );
    expect(asked).toMatchObject({ kind: 'thing', noun: 'museum' });
  });

  it.each([
    ['which care homes the council runs will close', 'homes'],
    ['which bus routes to Leeds will be withdrawn', 'routes'],
  ])('"%s" asks %s: a finite verb later is the question\'s verb', (question, noun) => {
    expect(askedKind(question, parseQuestion(question), DEFAULT_WEIGHTS)).toMatchObject({ noun });
  });

  it('"how long has the surgery been going?" is not answered by a distance, even loosely', () => {
    const text = 'Patients will be sent to the surgery in Holt, nine miles away, from 1 April.';
    expect(fit('how long has the surgery been going', text, 'nine miles', 'number')).toBe('none');
    // "How long is the pool?" asks a length too.
    expect(fit('how long is the pool', 'The pool is 25 metres.', '25 metres', 'number')).not.toBe('none');
  });
});

describe('a short answer that fits the question whole (session 55)', () => {
  it("a bare number is no thing's age, though it may be a person's", () => {
    const text = 'The pavilion keeps its original 120 lockers, while two changing rooms have 30 and 25 pegs.';
    expect(fit('how old is the pavilion', text, '30', 'number')).toBe('none');
    // A person's age said as a bare number still does.
    expect(fit('how old is she', 'Jo Bell, 54, said it was cold.', '54', 'number')).not.toBe('none');
  });

  it('a name after a preposition of place is not what a boat or a film is called', () => {
    const towed = 'She was towed to a boatyard in Falmouth, where the work was done.';
    expect(fit('what is the boat called', towed, 'Falmouth')).toBe('none');
    // "The work" is first an activity: no boat's name either.
    expect(fit('what is the boat called', towed, 'work')).toBe('none');
    // A venue is a place, and is called by one.
    expect(fit('what is the venue called', 'The gig was held at the Regal.', 'Regal')).not.toBe('none');
    const film = 'He saw his first film at the Regal as a boy.';
    expect(fit('what film did they show?', film, 'Regal')).toBe('none');
    // A work is said "in" a paper, which is no place.
    expect(fit('what newspaper did she write for?', 'She wrote in The Times.', 'The Times')).not.toBe('none');
  });

  it('a common noun in quotation marks is what the thing is called', () => {
    const text = 'The common coastal "sea gooseberry" has an egg-shaped body.';
    expect(fit('what is the common coastal ctenophore called?', text, 'sea gooseberry')).not.toBe('none');
  });
});
