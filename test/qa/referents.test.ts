import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { apposedAges } from '../../src/qa/apposition.js';
import { findEntities } from '../../src/qa/entities.js';
import { describedLead, findReferents, referentCredit } from '../../src/qa/referents.js';
import { SearchIndex } from '../../src/qa/search-index.js';

const tag = (s: { text: string }) => findEntities(s.text);

/** The name each sentence's opening pronoun was read as, by the sentence's text. */
function readings(paragraphs: string[]): Record<string, string> {
  const lead = 'A new restaurant opened on Briggate in Leeds on Saturday, the third on the street this year.';
  const article = parseArticle('story.txt', ['Restaurant opens in Leeds', lead, ...paragraphs].join('\n\n'));
  expect(article.sentences.slice(1).every((s) => s.role === 'body')).toBe(true);
  const out: Record<string, string> = {};
  for (const [i, r] of findReferents(article, tag).one) out[article.sentences[i]?.text ?? ''] = r.name;
  return out;
}

describe('findReferents', () => {
  it('reads "He" as the one person named before it, across paragraphs and along a run of "He"s', () => {
    expect(
      readings([
        'Kwame Osei, 34, opened a restaurant on Saturday.',
        'The restaurant seats 40.',
        'He was born in Kumasi.',
        'He moved to Leeds in 2010.',
      ]),
    ).toEqual({ 'He was born in Kumasi.': 'Kwame Osei', 'He moved to Leeds in 2010.': 'Kwame Osei' });
  });

  it('skips a person the pronoun cannot be by first name or title ("She" after Mr Osei and Helen Price)', () => {
    expect(
      readings(['Mr Osei thanked councillor Helen Price.', 'She said the street needed more shops.']),
    ).toEqual({ 'She said the street needed more shops.': 'Helen Price' });
    expect(readings(['Helen Price welcomed Tomas Ruiz.', 'He said he was grateful.'])).toEqual({
      'He said he was grateful.': 'Tomas Ruiz',
    });
  });

  it('reads no one when two people fit, or when a name that says nothing follows one that surely fits', () => {
    expect(readings(['Peter Novak beat Tom Kral on Sunday.', 'He is 31.'])).toEqual({});
    expect(readings(['Alice Stone met the author.', 'Critics praised Polynices.', 'She smiled.'])).toEqual(
      {},
    );
  });

  it('leaves a quoted "He" and a pronoun later in the sentence alone', () => {
    expect(readings(['Kwame Osei opened a restaurant.', '"He works hard," his sister said.'])).toEqual({});
  });
});

describe('a "He" that fits two people, settled by the person a conversation is about', () => {
  const final = (...between: string[]) =>
    parseArticle(
      'final.txt',
      [
        'Novak wins the final',
        'Peter Novak beat Tom Kral in a five-set final on Sunday.',
        ...between,
        'He was born in Prague.',
      ].join('\n\n'),
    );
  const born = (article: ReturnType<typeof final>) =>
    article.sentences.findIndex((s) => s.text === 'He was born in Prague.');
  // "where was he born?" after "who won?": the question's "he" is a group of his surname (`subjectGroups`).
  const novak = [{ word: 'novak', terms: [{ stem: 'novak', weight: 1 }], idf: 1 }];

  it('keeps both as a tie, which a question alone reads as no one', () => {
    const article = final('Organisers said 5,000 tickets had been sold.');
    const { one, tied } = findReferents(article, tag);
    expect(one.size).toBe(0);
    expect(tied.get(born(article))?.map((r) => r.name)).toEqual(['Peter Novak', 'Tom Kral']);
    expect(referentCredit(new SearchIndex([article]), novak, -1)).toBeUndefined();
  });

  it('the conversation’s person, one of them, is the one it stands for; someone else is not', () => {
    const article = final('Organisers said 5,000 tickets had been sold.');
    const index = new SearchIndex([article]);
    const credit = referentCredit(index, novak, -1, { article: 0, stems: ['novak'] });
    const credited = [...(credit?.keys() ?? [])].map((id) => index.docs[id]?.sentence.text);
    expect(credited).toEqual(['He was born in Prague.']);
    const ruiz = [{ word: 'ruiz', terms: [{ stem: 'ruiz', weight: 1 }], idf: 1 }];
    expect(referentCredit(index, ruiz, -1, { article: 0, stems: ['ruiz'] })).toBeUndefined();
  });

  it('no tie when a sentence since names one of them again, though not tagged as a person', () => {
    const article = final('Kral thanked the crowd.');
    const { one, tied } = findReferents(article, tag);
    expect([one.size, tied.size]).toEqual([0, 0]);
  });
});

describe('apposedAges', () => {
  it('reads a number between commas after a name as the age, without the title', () => {
    expect(apposedAges('Chef Kwame Osei, 34, opened it.').map((a) => [a.name, a.age])).toEqual([
      ['Kwame Osei', '34'],
    ]);
    expect(apposedAges('Leo Marsh, 11, organised a bake sale.').map((a) => a.age)).toEqual(['11']);
  });

  it('not a year, a large number, or a common word alone ("In March, 2005", "Marsh, 11")', () => {
    expect(apposedAges('In March, 2005, it opened.')).toEqual([]);
    expect(apposedAges('Leeds United, 500, were there.')).toEqual([]);
    expect(apposedAges('Marsh, 11, won.')).toEqual([]);
  });
});

describe('describedLead', () => {
  /** The role phrase of each sentence read as describing someone, with whom. */
  function described(paragraphs: string[]): Record<string, string> {
    const article = parseArticle('story.txt', paragraphs.join('\n\n'));
    const out: Record<string, string> = {};
    for (const [i, d] of describedLead(article, tag)) {
      const text = article.sentences[i]?.text ?? '';
      out[text.slice(d.start, d.end)] = d.referent.name;
    }
    return out;
  }

  it('reads the lead\'s "A …" role and the headline\'s as the person the next sentence opens with', () => {
    expect(
      described([
        'Former bus driver jailed for theft',
        'A former bus driver who stole £9,000 from a pensioner has been jailed.',
        'Carl Denton, 44, of Hull, admitted theft on Monday.',
      ]),
    ).toEqual({ 'former bus driver': 'Carl Denton', 'Former bus driver': 'Carl Denton' });
  });

  it('needs a lead naming no one, one role noun ending the phrase, and one person opening the next sentence', () => {
    const next = 'Carl Denton, 44, of Hull, admitted theft on Monday.';
    // A role word modifying a noun after it is no one ("A major change").
    expect(described(['Plan unveiled', 'A major change of plan was announced on Monday.', next])).toEqual({});
    // Two people described.
    expect(described(['Two jailed', 'A bus driver and a cleaner have been jailed.', next])).toEqual({});
    // A number of people.
    expect(
      described(['Homes evacuated', 'A total of 300 people were moved from their homes.', next]),
    ).toEqual({});
    // The lead names someone already.
    expect(described(['Driver jailed', 'A bus driver, Carl Denton, has been jailed.', next])).toEqual({});
    // The next sentence names two people, or opens with something else.
    expect(
      described([
        'Driver jailed',
        'A bus driver has been jailed.',
        'Carl Denton and Amy Price were in court.',
      ]),
    ).toEqual({});
    expect(
      described(['Driver jailed', 'A bus driver has been jailed.', 'On Monday Carl Denton admitted theft.']),
    ).toEqual({});
  });

  it('credits no one the description cannot be: another age apposed to them, or a name of the other sex', () => {
    // The lead's boy is the one charged; the pensioner named next has an age of her own.
    expect(
      described([
        'Teenager charged over robbery',
        'A 15-year-old boy from Salford has been charged with robbing a pensioner.',
        'Mary Hill, 82, was pushed to the ground outside her home on Friday evening.',
      ]),
    ).toEqual({});
    // A girl described, a man named next.
    expect(
      described([
        'Girl arrested after stabbing',
        'A teenage girl has been arrested after a man was stabbed in Leeds.',
        'Daniel Ross was taken to hospital with serious injuries.',
      ]),
    ).toEqual({});
    // The same age, and a first name of the description's sex: the one described.
    expect(
      described([
        'Schoolboy wins chess title',
        'A 15-year-old boy from Salford has won the national chess title.',
        'Sam Price, 15, beat three grandmasters on the way.',
      ]),
    ).toEqual({ '15-year-old boy': 'Sam Price', Schoolboy: 'Sam Price' });
  });

  it("reads a described noun's sex from its commonest sense: a nurse may be a man (session 34's review)", () => {
    expect(
      described([
        'Nurse struck off for theft',
        'A nurse who took painkillers from a hospital ward in Bangor has been struck off.',
        'Gareth Bowen, 39, admitted taking the drugs over six months, a hearing was told.',
      ]),
    ).toEqual({ nurse: 'Gareth Bowen', Nurse: 'Gareth Bowen' });
  });
});

describe('apposedAges of a name with a nickname in quotes', () => {
  it.each([
    ['Margery "Madge" Pollard, 80, led the walk.', 'Margery "Madge" Pollard'],
    ["Robert 'Bob' Tilley, 57, drove.", "Robert 'Bob' Tilley"],
    ['James “Jim” Okoro, 39, won.', 'James “Jim” Okoro'],
  ])('%s → the whole name, nickname and all', (text, name) => {
    expect(apposedAges(text).map((a) => [a.name, a.age])).toEqual([[name, /\d+/u.exec(text)?.[0]]]);
  });
});

describe('describedLead: an age as the description, others named after the subject', () => {
  const described = (paragraphs: string[]) => {
    const article = parseArticle('story.txt', paragraphs.join('\n\n'));
    return [...describedLead(article, tag)].map(([i, d]) => [
      article.sentences[i]?.text.slice(d.start, d.end),
      d.referent.name,
    ]);
  };

  it('"A 13-year-old from Penmore…" is the person the next sentence opens with, whoever else it names', () => {
    expect(
      described([
        'Schoolgirl wins county title',
        'A 13-year-old from Penmore has become the youngest winner of the county championship.',
        'Anjali Deshmukh, a Year 9 pupil, finished half a point ahead of Graham Pettit.',
      ]),
    ).toContainEqual(['13-year-old', 'Anjali Deshmukh']);
  });

  it('not when the next sentence names another as an agent or a clause\'s subject, or speaks of "the boy"', () => {
    const lead = 'A teenager has been charged with assault after a pensioner was pushed over in Holbeck.';
    expect(
      described([
        'Teenager charged',
        lead,
        'Mary Hill, 82, was pushed to the ground by Jordan Blake, 17, on Friday.',
      ]),
    ).toEqual([]);
    expect(
      described([
        'Boy airlifted to hospital',
        'A 13-year-old has been airlifted to hospital after a fall in Penmore.',
        'Gwen Morris, a police spokeswoman, said the boy had suffered serious head injuries.',
      ]),
    ).toEqual([]);
    expect(
      described([
        'Building destroyed',
        'A 300-year-old listed building in Penmore has been destroyed by fire.',
        'Gareth Pryce, who has owned the building since 2004, said he was devastated.',
      ]),
    ).toEqual([]);
  });

  it('a headline whose verb makes its role noun a role of the same person describes them too', () => {
    const next = 'Priya Nandakumar, a Year 9 pupil, beat three grandmasters in Hull.';
    const lead = 'A 13-year-old from Penmore has become the youngest chess master in Britain.';
    expect(described(['Schoolgirl becomes youngest chess master', lead, next])).toContainEqual([
      'Schoolgirl',
      'Priya Nandakumar',
    ]);
    // "by teacher": another person, whom the headline's role may be.
    expect(described(['Schoolgirl crowned champion by teacher', lead, next])).not.toContainEqual([
      'Schoolgirl',
      'Priya Nandakumar',
    ]);
  });

  it('reads past what the next sentence apposes to the name ("the daughter of two doctors")', () => {
    expect(
      described([
        'Schoolgirl wins title',
        'A 13-year-old from Penmore has become the youngest chess master in Britain.',
        'Priya Nandakumar, the daughter of two doctors, beat three grandmasters in Hull.',
      ]),
    ).toContainEqual(['13-year-old', 'Priya Nandakumar']);
  });

  it('not a thing the age describes ("A 300-year-old oak…"), nor two subjects named next', () => {
    expect(
      described([
        'Oak felled',
        'A 300-year-old oak in Penmore has been felled.',
        'Graham Pettit, 61, said he was sad.',
      ]),
    ).toEqual([]);
    expect(
      described([
        'Teenager wins',
        'A 13-year-old from Penmore has won the county title.',
        'Anjali Deshmukh and Graham Pettit shared second place.',
      ]),
    ).toEqual([]);
  });
});

describe('apposedAges: an age in a description apposed to a name', () => {
  it('"Martin Kowalski, a 48-year-old accountant," is 48', () => {
    expect(
      apposedAges('She beat Martin Kowalski, a 48-year-old accountant, in the final.').map((a) => [
        a.name,
        a.age,
      ]),
    ).toEqual([['Martin Kowalski', '48']]);
  });

  it('not a description that gives no age ("a retired nurse")', () => {
    expect(apposedAges('Helen Marsh, a retired nurse, said so.')).toEqual([]);
  });
});
