/** `asked-person.ts`: the person a question asks a state of, and whether a sentence is about them. */
import { describe, expect, it } from 'vitest';
import {
  aboutAsked,
  agedByName,
  askedPerson,
  askedPersonFirst,
  namesOfRole,
  subjectMeans,
  personMeant,
  type StoryPerson,
} from '../../src/qa/asked-person.js';
import type { PronounSex } from '../../src/qa/pronoun-sex.js';
import { tokenize } from '../../src/qa/text.js';

describe('askedPerson', () => {
  const people = new Set(['neil', 'durward', 'fiona', 'grant']);
  const asked = (q: string, age = false) =>
    askedPerson(
      tokenize(q),
      age,
      {
        isPersonWord: (w) => people.has(w),
        isCommon: (w) => w === 'grant',
        isReporting: (v) => v === 'think' || v === 'say',
        isRole: (w) => w === 'neighbour' || w === 'coach',
      },
      q,
    );

  it('asks no one by name when it asks about someone of theirs: "how old is Neil Durward\'s coach?"', () => {
    expect(asked("how old is neil durward's coach", true)).toBeUndefined();
    expect(asked("what is neil durward's age", true)?.words).toEqual(new Set(['neil', 'durward']));
    // Only as what is asked: a clause after the name is about someone else of theirs.
    expect(asked('how old is neil durward, who saved his neighbour', true)?.words).toEqual(
      new Set(['neil', 'durward']),
    );
  });

  it('reads the subject after the opening auxiliary, a title saying the sex', () => {
    expect(asked('how old is Mr Durward', true)).toEqual({
      words: new Set(['durward']),
      sex: 'he',
      title: 'mr',
    });
    expect(asked('where does fiona grant live')?.words).toEqual(new Set(['fiona', 'grant']));
    expect(asked('how old was she', true)).toEqual({ words: new Set(), sex: 'she' });
  });

  it('not an event asked of them, nor a word that is no one in the story', () => {
    expect(asked('where was Mr Durward rescued')).toBeUndefined();
    expect(asked('where does the team train')).toBeUndefined();
    expect(asked('what does fiona grant think of the weather')).toBeUndefined();
    expect(asked('why does she say they cant pay more')).toBeUndefined();
    // "Grant" alone may be the word, not her: a common word is a name within one.
    expect(asked('where does grant live')).toBeUndefined();
  });

  it('a sentence is about them when it names them or holds a pronoun that may be them', () => {
    const him = { words: new Set(['durward']), sex: 'he' as const };
    const about = (s: string) =>
      aboutAsked(
        { text: s, tokens: tokenize(s) },
        him,
        () => false,
        (w) => w === 'climber',
      );
    expect(about('Mr Durward said he would climb again.')).toBe(true);
    expect(about('He is 52.')).toBe(true);
    expect(about('She is 38.')).toBe(false);
    expect(about('A second walker, a 38-year-old, was treated.')).toBe(false);
    // A definite description may be them: "the" is for someone the reader knows.
    expect(about('The 52-year-old was airlifted to Aberdeen.')).toBe(true);
    expect(about('The climber was airlifted to Aberdeen.')).toBe(true);
  });
});

describe('personMeant: a person, not a surname', () => {
  const person = (name: string, sex?: PronounSex): StoryPerson => ({
    words: name.toLowerCase().split(' '),
    sex: () => sex,
  });
  // In the story's order: the main person named in full first (a first name of no known sex), then her
  // husband, "Mrs Mackie" and her niece.
  const story = [
    person('Agnes Mackie'),
    person('Duncan Mackie', 'he'),
    person('Mackie', 'she'),
    person('Lorna Mackie', 'she'),
  ];

  it('"Mrs Mackie" is the first Mackie the story names whose sex agrees; the others are other people', () => {
    const meant = personMeant({ words: new Set(['mackie']), sex: 'she' }, story);
    expect(meant.words).toEqual(new Set(['mackie', 'agnes']));
    expect(meant.others).toEqual([
      ['duncan', 'mackie'],
      ['lorna', 'mackie'],
    ]);
  });

  it('"Mr Mackie" is her husband (the story titles her "Mrs"); a full name is that person alone', () => {
    expect(personMeant({ words: new Set(['mackie']), sex: 'he' }, story).words).toEqual(
      new Set(['mackie', 'duncan']),
    );
    const lorna = personMeant({ words: new Set(['lorna', 'mackie']), sex: undefined }, story);
    expect(lorna.words).toEqual(new Set(['lorna', 'mackie']));
    expect(lorna.others).toContainEqual(['agnes', 'mackie']);
  });

  it('one person of that name: every name holding the words is theirs, as before', () => {
    const one = [person('Serena Williams'), person('Williams')];
    expect(personMeant({ words: new Set(['williams']), sex: undefined }, one).words).toEqual(
      new Set(['serena', 'williams']),
    );
  });

  it('"Mrs Hollowell" of a story naming only Dennis Hollowell is not him: his name lends her nothing', () => {
    const village = [person('Dennis Hollowell', 'he'), person('Hollowell', 'he')];
    const mrs = personMeant({ words: new Set(['hollowell']), sex: 'she', title: 'mrs' }, village);
    expect(mrs.words).toEqual(new Set(['hollowell']));
    expect(mrs.others).toEqual([['dennis', 'hollowell']]);
    const mr = personMeant({ words: new Set(['hollowell']), sex: 'he', title: 'mr' }, village);
    expect(mr.words).toEqual(new Set(['hollowell', 'dennis']));
  });
});

describe('aboutAsked: another bearer of the surname, an age apposed to someone else, a description of the other sex', () => {
  const robert = { words: new Set(['robert', 'kerr']), sex: 'he' as const, others: [['fiona', 'kerr']] };
  const sexOf = (name: string): PronounSex | undefined => (name.startsWith('Fiona') ? 'she' : undefined);
  const about = (
    s: string,
    person: Parameters<typeof aboutAsked>[1] = robert,
    roleSex?: (r: string) => PronounSex | undefined,
  ) =>
    aboutAsked(
      { text: s, tokens: tokenize(s) },
      person,
      () => false,
      (w) => w === 'engineer',
      { sexOf },
      roleSex,
    );

  it("the surname within another person's name does not name them", () => {
    expect(about('Fiona Kerr runs the harbour cafe.')).toBe(false);
    expect(about('Mr Kerr and Fiona Kerr live in Oban.')).toBe(true);
  });

  it('an age apposed to another person is theirs, whatever "His" says', () => {
    expect(about('His wife, Fiona Kerr, 49, said she only heard from a neighbour.')).toBe(false);
    expect(about('Robert Kerr, 52, and his wife, Fiona Kerr, 49, were on board.')).toBe(true);
    // Asked a pronoun: the apposed name's sex decides.
    const she = { words: new Set<string>(), sex: 'she' as const };
    expect(about('His wife, Fiona Kerr, 49, said she only heard from a neighbour.', she)).toBe(true);
  });

  it('a definite description counts only when the story does not make it the other sex', () => {
    const she = { words: new Set<string>(), sex: 'she' as const };
    const roleSex = (role: string): PronounSex | undefined => (role === 'engineer' ? 'he' : undefined);
    expect(about('The 52-year-old engineer has worked on the route since 1999.', she, roleSex)).toBe(false);
    expect(about('The 52-year-old engineer has worked on the route since 1999.', she)).toBe(true);
    expect(about('The 52-year-old has worked on the route since 1999.', she, roleSex)).toBe(true);
  });
});

describe('namesOfRole, agedByName, askedPersonFirst', () => {
  it('finds the names a story puts beside a role', () => {
    const texts = [
      'The chief engineer, Robert Kerr, shut off the fuel.',
      'Deckhand Ian Bell, 19, helped him.',
      "Marion Shaw, the ferry company's engineer, praised them.",
    ];
    expect(namesOfRole(texts, 'engineer')).toEqual(['Robert Kerr', 'Marion Shaw']);
    expect(namesOfRole(texts, 'deckhand')).toEqual([]);
  });

  it('names no one for a role that is only an owner or what another is of (review31b)', () => {
    const texts = [
      "Mary Reid, the skipper's wife, said she had been told by the coastguard.",
      'The mother of the skipper, Ann Reid, was waiting at the harbour.',
    ];
    expect(namesOfRole(texts, 'skipper')).toEqual([]);
    expect(namesOfRole(texts, 'wife')).toEqual(['Mary Reid']);
  });

  it('an age apposed to the asked name goes first of the passages about them', () => {
    const agnes = { words: new Set(['agnes', 'mackie']), sex: 'she' as const };
    expect(agedByName('Agnes Mackie, 68, took over the post office.', agnes)).toBe(true);
    expect(agedByName('Her niece, Lorna Mackie, 31, will run the shop.', agnes)).toBe(false);
    const ranked = ['joined when she was 14', 'other', 'Agnes, 68'];
    expect(
      askedPersonFirst(
        ranked,
        (r) => r !== 'other',
        (r) => r.includes('68'),
      ),
    ).toEqual(['Agnes, 68', 'joined when she was 14', 'other']);
  });
});

describe('subjectMeans: whose age a sentence of its own gives', () => {
  const anne = {
    words: ['anne', 'lennox'],
    sex: () => 'she' as const,
    titled: (t: string) => t === 'professor',
  };
  const callum = { words: ['callum', 'lennox'], sex: () => 'he' as const, titled: (t: string) => t === 'dr' };
  const people = [anne, callum];
  const asked = (words: string[]) => ({ words: new Set(words), sex: undefined, others: [] });
  const isRole = (w: string) => w === 'professor';

  it('a title and surname is the bearer the story writes with that title', () => {
    expect(subjectMeans('Professor Lennox', asked(['anne', 'lennox']), people, isRole)).toBe(true);
    expect(subjectMeans('Professor Lennox', asked(['callum', 'lennox']), people, isRole)).toBe(false);
  });

  it("a full name is read as the question's; a subject sharing no word says nothing", () => {
    expect(subjectMeans('Callum Lennox', asked(['callum', 'lennox']), people, isRole)).toBe(true);
    expect(subjectMeans('Mary Baird', asked(['callum', 'lennox']), people, isRole)).toBeUndefined();
  });
});
