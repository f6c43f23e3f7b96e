/**
 * Scenarios: a question about a person ("how old is Mr Durward?", "how old is he?") answered only from
 * a sentence about them: one that names them or holds a pronoun that may be them, not the age of
 * someone the story leaves unnamed ("A second walker, a 38-year-old, …"). As people type them, alone and
 * in the console's conversation. On stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/qa/question.js';
import { chat, story } from '../support/chat.js';

const climb = () =>
  story(
    'climb.txt',
    'Climber rescued after fall in the Cairngorms',
    'A climber was rescued from a gully in the Cairngorms on Saturday after a fall in high winds.',
    'The climber, Neil Durward, 52, said he had slipped on ice a few hundred metres below the summit.',
    'Mountain rescue leader Fiona Grant said the team reached the gully within two hours.',
    'A second walker, a 38-year-old, was treated for the cold, the ambulance service said.',
    'Mr Durward said he would climb again in the spring.',
  );

/** The reply's first line: the short answer, or the refusal. */
const firstLine = (said: string) => said.split('\n').find((l) => l.trim() !== '') ?? '';

describe('a question about a person answered from a sentence about them', () => {
  it('"how old is Mr Durward?" → 52, not the unnamed walker\'s 38', () => {
    const answer = climb().ask('how old is Mr Durward?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('52');
  });

  it('"how old is he?" with no one talked about: not whoever\'s age the story gives', () => {
    const answer = climb().ask('how old is he?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBeNull();
  });

  it('in the console: "how old is he?" after "who was the climber?" → his 52', () => {
    const say = chat(climb());
    expect(firstLine(say('who was the climber?'))).toMatch(/Neil Durward/);
    expect(firstLine(say('how old is he?'))).toBe('52');
  });
});

describe('a title of address is part of the name', () => {
  it('"Mr" before a name is no word to look up; "the dr" still is', () => {
    const words = (q: string) => parseQuestion(q, () => true).keywords.map((k) => k.word);
    expect(words('how old is mr durward')).not.toContain('mr');
    expect(words('what did the dr say')).toContain('dr');
    expect(words("whats biogen's other ms drug called")).toContain('ms');
  });
});

describe('a sentence about the person with others, by a group word or "they", is about them (review30b)', () => {
  const bakery = () =>
    story(
      'bakery.txt',
      'Sisters open bakery in former bank',
      'Two sisters have turned a former bank in Dunfermline into a bakery.',
      'Sarah Cole, 38, and her sister Jenny Cole, 35, opened the Vault Bakery on Saturday.',
      'The pair live in Kirkcaldy, about 15 miles away.',
    );
  const joinery = () =>
    story(
      'joinery.txt',
      'Joinery firm wins award',
      'A family joinery firm in Wrexham has won a national award.',
      'Morgan Hughes Joinery was founded in 1998.',
      'The firm employs 45 people at its workshop on the Bryn estate.',
    );

  it('"where does she live?" → Kirkcaldy, from "The pair live in…"', () => {
    expect(bakery().ask('where does she live?').answer?.text).toBe('Kirkcaldy');
  });

  it('"how many people does Morgan Hughes employ?" → 45, from "The firm employs…"', () => {
    expect(joinery().ask('how many people does Morgan Hughes employ?').answer?.text).toMatch(/^45/);
  });
});

describe('"how old is he?" after a who-answer, his surname also a town\'s', () => {
  const trawler = () =>
    story(
      'trawler.txt',
      'Five fishermen rescued after trawler sinks',
      'Five fishermen were rescued after their trawler sank off Shetland on Sunday.',
      'Four of the crew were airlifted to hospital in Lerwick.',
      'The skipper, Callum Irvine, 44, said the crew had about ten minutes to abandon the boat once the engine room flooded.',
      'The fifth, a 58-year-old, was kept in overnight with a suspected broken wrist, NHS Shetland said.',
      'Mr Irvine said he had owned the boat for eleven years.',
    );

  it('"who was the skipper?" then "how old is he?" → 44, not the unnamed 58-year-old', () => {
    const say = chat(trawler());
    expect(firstLine(say('who was the skipper?'))).toMatch(/Callum Irvine/);
    expect(firstLine(say('how old is he?'))).toBe('44');
  });
});

/**
 * Two people sharing a surname, a title, a description of the other sex (review30b): the asked person is
 * a person, not a surname, and an age in apposition is the age of the name it follows.
 */
const FERRY = [
  'Ferry engineer praised after engine room fire',
  'A ferry engineer put out an engine room fire on the crossing from Oban to Mull on Monday.',
  'The chief engineer, Robert Kerr, shut off the fuel supply before tackling the flames.',
  'The 52-year-old engineer has worked on the route since 1999.',
  'His wife, Fiona Kerr, 49, said she only heard about the fire from a neighbour.',
  '"I had no idea until the phone rang," she said.',
  'The ferry operator said it would review the incident.',
];
const POST_OFFICE = [
  'Postmistress retires after 45 years',
  'A village postmistress in Perthshire has retired after 45 years behind the counter.',
  'Agnes Mackie, 68, took over the post office in Aberfeldy from her father in 1979.',
  'According to her husband, Duncan Mackie, she has never taken a sick day.',
  'Mrs Mackie first worked at the counter as a schoolgirl when she was 14.',
  'Her niece, Lorna Mackie, 31, will run the shop from next month.',
  'Customers held a party for her on Saturday.',
];
const ferry = () => story('ferry.txt', ...FERRY);
const postOffice = () => story('post.txt', ...POST_OFFICE);

describe('whose age: two people sharing a surname', () => {
  it('"how old is Robert Kerr?" → 52, not his wife Fiona Kerr\'s 49', () => {
    const answer = ferry().ask('how old is Robert Kerr?');
    expect(answer.answer?.text).toMatch(/^52/);
  });

  it('"how old is she?" → the wife\'s 49, not "the 52-year-old engineer" (a man: "The chief engineer, Robert Kerr")', () => {
    expect(ferry().ask('how old is she?').answer?.text).toBe('49');
  });

  it('"how old is Mrs Mackie?" → 68: the woman the story names first, not her niece Lorna Mackie', () => {
    const answer = postOffice().ask('how old is Mrs Mackie?');
    expect(answer.answer?.text).toBe('68');
    // The niece asked by her own name still has hers.
    expect(postOffice().ask('how old is Lorna Mackie?').answer?.text).toBe('31');
  });

  it('in the console: "how old is mrs mackie" → 68', () => {
    const say = chat(postOffice());
    expect(firstLine(say('how old is mrs mackie'))).toBe('68');
  });
});

describe("a role's owner is not the role (review31b)", () => {
  const lorry = () =>
    story(
      'lorry.txt',
      'Lorry driver praised after blaze on bypass',
      'A lorry caught fire on the Inverness bypass on Monday evening, closing the road for three hours.',
      'The 58-year-old driver pulled onto the hard shoulder and got out before the cab filled with smoke.',
      "Jean Munro, the driver's wife, said he had phoned her from the verge.",
      '"He sounded calmer than I was," she said.',
      'Highland fire crews said the cargo of paper had burned for most of the night.',
    );

  it('"how old is he?" → the driver\'s 58: "Jean Munro, the driver\'s wife" does not make her the driver', () => {
    const answer = lorry().ask('how old is he?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/58/);
  });
});
