/** Which of a story's sentences lean on the one before them: a summary shows those only right after it. */
import { describe, expect, it } from 'vitest';
import { leansOnPrevious, reportsUnnamed, saidBy, speaksOfUnnamed } from '../../src/qa/summary-antecedent.js';

describe('a sentence leaning on the one before it', () => {
  it.each([
    'They observed the comet for six hours in March.',
    'This means the plant will need more water.',
    'His mother ran the shop before him.',
    'In 2010, he moved to Leeds.',
    'On Saturday, she said the talks had failed.',
    'The city council will hold a special election in March to fill the seat she is leaving.',
    // Who "she" is was said before the quotation (newcomer 19's gist showed it alone).
    '"Our crews were dealing with exploding drums of solvent and thick toxic smoke," she said.',
    '“It is a miracle no one died,” he added.',
  ])('"%s" does', (text) => expect(leansOnPrevious(text)).toBe(true));

  it.each([
    'Corbett said he and Barker were always mindful of their family audience.',
    'Comets usually only release water when they come much closer to the Sun.',
    'But Morrison is determined the album will be released on Monday.',
    '"He was the best of us," the coach said.',
    'Raman will be sworn in on January 2.',
  ])('"%s" does not', (text) => expect(leansOnPrevious(text)).toBe(false));
});

describe('a quotation said by a pronoun', () => {
  const alone = (text: string) => saidBy(['Dr Hana Iqbal led the project.', text], 1).length > 0;

  it.each([
    '"We measured it twice to be sure," she said.',
    '“It is a miracle no one died,” he added.',
    '"We will be back next year", they said.',
    '"It was the best day of my life," said he.',
    '"We are delighted," she told the BBC.',
    'She told reporters: "It is really important to support our teachers.',
    // The end of a quotation begun a sentence before: its one mark closes it.
    'It could be the last big year for the show," he said.',
  ])('"%s" leans on the sentence naming the speaker', (text) => expect(alone(text)).toBe(true));

  it.each([
    '"He was the best of us," the coach said.',
    '"She said it would hold," Iqbal said.',
    'Mr Johnson told Today: "I felt I ought to say sorry for some things," he said.',
    'Mr Johnson told Today: "I felt I ought to say sorry", he said.',
    'Iqbal said: "We measured it twice."',
  ])('"%s" does not', (text) => expect(alone(text)).toBe(false));

  it('leans on the sentences back to the one naming the speaker', () => {
    const texts = [
      'The bridge spans eight metres over the river.',
      'Coxswain Rhys Bevan has served on the lifeboat for twenty years.',
      'He said the storm was the worst the crew had seen.',
      '"The yacht was drifting towards the rocks.',
      'We reached it just in time," he added.',
      'The sailors were checked by paramedics.',
    ];
    expect(saidBy(texts, 4)).toEqual([3, 2, 1]);
    // "He said…" reports the coxswain's words: it needs the sentence naming him too.
    expect(saidBy(texts, 2)).toEqual([1]);
    expect(saidBy(texts, 5)).toEqual([]);
  });
});

describe('a report of what "he", "she" or "they" said', () => {
  it.each([
    // The newcomer's point: "she" is the council leader named only in the sentence before.
    'She added that it was the second fire at the site in three years, after a smaller blaze in October 2023.',
    'He said the storm was the worst the crew had seen.',
    'They told the BBC the school would reopen on Monday.',
    'He has also warned that the road will close.',
    'But she warned that the roof could still fall.',
    'On Saturday, she explained that the talks had failed.',
    'Speaking on Monday, they said the bridge would stay until May.',
    'He believes Yahoo failed to see how crucial search would become.',
    'The cause, he said, is not yet known.',
    'It was the second fire at the site in three years, she added.',
  ])('"%s" leans on the sentence naming the speaker', (text) => {
    expect(reportsUnnamed(text)).toBe(true);
    expect(saidBy(['Council leader Maria Lowe visited the site.', text], 1)).toEqual([0]);
  });

  it.each([
    'Council leader Maria Lowe said the fire was the second in three years.',
    'When Lowe arrived, she said the roof had gone.',
    'She visited the site on Monday.',
    'They were the first crews at the scene.',
    'The council said it would pay for the repairs.',
    '"It was the second fire," she added.',
    'Mr Johnson told Today: "I felt I ought to say sorry", he said.',
  ])('"%s" reports no one unnamed', (text) => expect(reportsUnnamed(text)).toBe(false));
});

describe('a sentence speaking of someone it does not name', () => {
  it.each([
    'She also travelled the world directing ballet companies.',
    'They were the first crews at the scene.',
    'But he is not on the list of producers.',
    'After the vote he urged the council to act.',
    'In 2010, she moved to Leeds.',
  ])('"%s" leans on the sentence naming them, in every summary', (text) => {
    expect(speaksOfUnnamed(text)).toBe(true);
    const texts = ['The crews were sent from Leeds.', 'Dame Alicia Markova was born in London.', text];
    expect(saidBy(texts, 2, { people: true })).toEqual([1]);
    // Not a report of anyone's words: without `people` it may be shown alone.
    expect(saidBy(texts, 2)).toEqual([]);
  });

  it.each([
    'Markova said she would dance again.',
    'When Lowe arrived, she said the roof had gone.',
    'The council said it would pay for the repairs.',
    '"He was the best of us," the coach said.',
  ])('"%s" names whom it speaks of', (text) => expect(speaksOfUnnamed(text)).toBe(false));

  it('leans back past a sentence that reports an unnamed speaker too', () => {
    const texts = [
      'Fire crews were called to the warehouse at 2am.',
      'Council leader Maria Lowe visited the site on Monday.',
      'The cause, she said, is not yet known.',
      'She also thanked the crews.',
    ];
    expect(saidBy(texts, 3, { people: true })).toEqual([2, 1]);
  });
});

describe("with the story's people read (review of session 51)", () => {
  /** A story's people as `summary.ts` reads them, given by hand: sentence position → people named. */
  const story = (
    people: Record<number, { name: string; gender?: 'male' | 'female' }[]>,
    headline: { name: string; gender?: 'male' | 'female' }[] = [],
    things: Record<number, string[]> = {},
  ) => ({
    in: (i: number) => (people[i] ?? []).map((p) => ({ name: p.name, gender: p.gender })),
    things: (i: number) => things[i] ?? [],
    headline: headline.map((p) => ({ name: p.name, gender: p.gender })),
  });

  it('leans on the nearest sentence naming someone the pronoun can stand for, not the first that reads alone', () => {
    const texts = [
      'Local councillor Sunita Rao said the bridge must reopen.',
      'Kieran Walsh has run the shop on Mill Lane for 20 years.',
      'Police said the fire was started deliberately.',
      'He later said that the council would consider the request.',
    ];
    const named = story({
      0: [{ name: 'Sunita Rao', gender: 'female' }],
      1: [{ name: 'Kieran Walsh', gender: 'male' }],
    });
    expect(saidBy(texts, 3, { people: true, named })).toEqual([1]);
  });

  it('leans on nothing when only the headline names him: the summary shows it as its title', () => {
    const texts = [
      'A Shropshire farmer has won a national award for planting new hedgerow.',
      'The judges said the project showed how a farm could help wildlife.',
      'He now hopes to plant a further two miles of hedge by 2027.',
    ];
    const named = story({}, [{ name: 'Tom Baxter', gender: 'male' }]);
    expect(saidBy(texts, 2, { people: true, named })).toEqual([]);
  });

  it('takes the nearest full name the pronoun may stand for, whatever it says of gender (reread51)', () => {
    const texts = [
      'Mr Tom Hale, the minister, opened the research centre on Monday.',
      'It will study a fungus that kills ash trees.',
      "Prof Kofi Osei will lead the centre's work.",
      'He said the first results were expected next year.',
    ];
    const named = story({
      0: [{ name: 'Tom Hale', gender: 'male' }],
      2: [{ name: 'Kofi Osei' }],
    });
    expect(saidBy(texts, 3, { people: true, named })).toEqual([2]);
  });

  it('a report whose sentence names its speaker before the pronoun leans on nothing (reread51)', () => {
    const texts = [
      'Firefighters were called to a house fire in Dale Road at 3am.',
      'Mother-of-two Sarah Jones was woken by the smoke alarm and got her children out, she said.',
    ];
    const named = story({ 1: [{ name: 'Sarah Jones', gender: 'female' }] });
    expect(saidBy(texts, 1, { people: true, named })).toEqual([]);
  });

  it('prefers a person whose name says the pronoun fits to a "person" whose name says nothing', () => {
    const texts = [
      'Doreen Platt, 71, was named in the honours list on Friday.',
      'In Carrow, she is known as the woman with the red torch.',
      'During the floods of 2020, she knocked on 120 doors in a night.',
    ];
    const named = story({ 0: [{ name: 'Doreen Platt', gender: 'female' }], 1: [{ name: 'Carrow' }] });
    expect(saidBy(texts, 2, { people: true, named })).toEqual([0]);
    expect(saidBy(texts, 1, { people: true, named })).toEqual([0]);
  });

  it.each([
    'Speaking at Carrow Town Hall, she said the medal belonged to the volunteers.',
    'As Leader, she told the meeting that the choice had been hard.',
    'Police said he was arrested at the scene.',
    'The Farm Wildlife Trust gave him its award on Thursday.',
    'On Friday they announced that the centre would be named after her.',
    'Because they had no sandbags, neighbours used bags of compost.',
  ])('"%s" names no one before its pronoun: it leans on the sentence before', (text) => {
    const texts = ['Ruth Adeyemi, 52, has led the council since 2019.', text];
    const named = story({ 0: [{ name: 'Ruth Adeyemi', gender: 'female' }] }, [], {
      1: ['Carrow Town Hall', 'The Farm Wildlife Trust'],
    });
    expect(saidBy(texts, 1, { people: true, named })).toEqual([0]);
  });

  it.each([
    ['When Osei arrived, he said the kitchen was ready.', [{ name: 'Osei' }]],
    [
      'Corbett said he and Barker were always mindful of their audience.',
      [{ name: 'Corbett', gender: 'male' as const }],
    ],
    ['The minister said she understood the worry.', []],
  ])('"%s" names whom its pronoun stands for', (text, people) => {
    const texts = ['The talks ended on Monday.', text];
    expect(saidBy(texts, 1, { people: true, named: story({ 1: people }) })).toEqual([]);
  });
});
