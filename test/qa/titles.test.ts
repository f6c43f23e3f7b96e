/** People named with their title, and the bridges that read them: a role word, a place's adjective. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { findEntities } from '../../src/qa/entities.js';
import { expandQuestion } from '../../src/qa/expansion.js';
import { parseQuestion } from '../../src/qa/question.js';
import { tokenize } from '../../src/qa/text.js';
import {
  askedQualifiers,
  lacksQualifier,
  roleSplit,
  titledPeople,
  TitledPeople,
} from '../../src/qa/titles.js';
import { spanInputOf } from '../../src/qa/answer-stage.js';
import { extractSpan } from '../../src/qa/answer-span.js';
import { questionStems } from '../../src/qa/expansion.js';
import { askedNouns } from '../../src/qa/roles.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';
import { isRoleNoun, pertainyms } from '../../src/qa/wordnet.js';

/** Each person's name and title as the sentence gives them. */
function titles(text: string): Record<string, string> {
  const people = titledPeople(text, tokenize(text), findEntities(text));
  return Object.fromEntries(
    people.map((p) => [text.slice(p.name.start, p.name.end), p.title.map((t) => t.word).join(' ')]),
  );
}

describe('WordNet: roles and the places adjectives pertain to', () => {
  it('knows the common nouns for a kind of person', () => {
    for (const word of ['minister', 'director', 'spokesman', 'official', 'governor'])
      expect(isRoleNoun(word)).toBe(true);
  });

  it('takes a role WordNet spells as an abbreviation in capitals ("CEO", "MP", "GP")', () => {
    for (const word of ['ceo', 'CEO', 'mp', 'gp']) expect(isRoleNoun(word)).toBe(true);
    // Not a word that is an abbreviation of something else first, nor a pronoun spelt so, nor a word
    // a noun spells in lower case ("wasp", before WASP), nor one person's initials ("JFK").
    for (const word of ['us', 'who', 'uk', 'wasp', 'sob', 'jfk', 'JFK']) expect(isRoleNoun(word)).toBe(false);
  });

  it('does not take a nationality, written as a name, or a thing for a role', () => {
    for (const word of ['iraqi', 'russian', 'agreement', 'cooperation']) expect(isRoleNoun(word)).toBe(false);
  });

  it('reads the place a nationality adjective pertains to', () => {
    expect(pertainyms('Russian')).toContain('russia');
    expect(pertainyms('french')).toContain('france');
    expect(pertainyms('signed')).toEqual([]);
  });
});

describe('titledPeople', () => {
  it('reads the title before a name, back to the previous name', () => {
    expect(
      titles(
        'Iraqi Defense Minister Khaled Obaidi and Director of the Russian Federal Service for Military-Technical Cooperation Alexander Fomin signed an agreement.',
      ),
    ).toEqual({
      'Khaled Obaidi': 'iraqi defense minister',
      'Alexander Fomin': 'director of the russian federal service for military technical cooperation',
    });
  });

  it('reads a title in apposition after the name', () => {
    expect(titles('"It is big," said Serge Troeber, deputy head of the UN agency, on Monday.')).toEqual({
      'Serge Troeber': 'deputy head of the un agency',
    });
  });

  it('gives no title where the words before the name are no title', () => {
    const found = titles('The centrifugal governor was adopted by James Watt for use on a steam engine.');
    expect(Object.keys(found).length).toBeGreaterThan(0);
    expect(Object.values(found).every((title) => title === '')).toBe(true);
  });
});

describe("roleSplit: the asked role and the question's other title words held by different people", () => {
  const text =
    'Harbour Minister Joan Clarke and French trade envoy Pierre Lambert signed a shipping agreement on Monday.';
  const split = (question: string) =>
    roleSplit(parseQuestion(question), titledPeople(text, tokenize(text), findEntities(text)));

  it("splits when the role is one person's and the nation another's", () => {
    expect(split('Who is the French minister?')).toBe(true);
    expect(split('who is the harbour envoy')).toBe(true);
  });

  it('does not split when one person holds every word: a nation read through its adjective', () => {
    expect(split('Who is the harbour minister?')).toBe(false);
    expect(split("who is france's trade envoy")).toBe(false);
  });

  it('does not split when the question names a titled person: it asks about them', () => {
    expect(split('Is Pierre Lambert the French minister?')).toBe(false);
    expect(split(`${text} who`)).toBe(false);
  });

  it("splits for a two-word role WordNet names as one (prime minister) when the holder's title lacks its first word", () => {
    expect(split('who is the prime minister')).toBe(true);
    expect(split('Who is the foreign minister?')).toBe(true);
    // The head alone, or a modifier the title has, is the role the passage gives.
    expect(split('who is the minister')).toBe(false);
    expect(split('who is the harbour minister')).toBe(false);
  });

  it("splits when the question puts another place on the role than the holder's title names", () => {
    expect(split('who is the German trade envoy?')).toBe(true);
    expect(split("who is italy's envoy")).toBe(true);
    expect(split('Who is the envoy from Spain?')).toBe(true);
    // The holder's own place, read through its adjective or its name, is the role asked.
    expect(split('who is the envoy from france')).toBe(false);
    // A misspelt place, as the question is read.
    const q = parseQuestion('who is the envoy from spian?');
    const people = titledPeople(text, tokenize(text), findEntities(text));
    expect(roleSplit({ ...q, corrections: [{ from: 'spian', to: 'spain' }] }, people)).toBe(true);
    expect(roleSplit(q, people)).toBe(false);
    // A city of the holder's country stands for its government.
    expect(split("who is paris's envoy")).toBe(false);
    // A place that is not on the role ("visited Germany"), or a title with no place: no split.
    expect(split('which envoy visited germany?')).toBe(false);
    expect(split('who is the Spanish minister?')).toBe(false);
  });

  it('does not split for a role no title holds: a reader\'s "guy" is no title', () => {
    expect(split('who is the French guy?')).toBe(false);
    expect(split('who signed the agreement?')).toBe(false);
  });
});

const story = parseArticle(
  'port.txt',
  [
    'Harbour deal signed',
    '',
    'Harbour Minister Joan Clarke and French trade envoy Pierre Lambert signed a shipping agreement on Monday.',
    '',
    'Clarke promised new cranes for the container terminal by spring.',
    '',
    'Lambert, for his part, said France would open a second ferry route.',
  ].join('\n'),
);
// The role bridge at full weight, as by default (TITLE_WEIGHT, see weights.ts).
const WEIGHTS = { ...DEFAULT_WEIGHTS, TITLE_WEIGHT: 1 };
const engine = new Engine([story], { weights: WEIGHTS });

function groupsOf(question: string) {
  return expandQuestion(engine.index, parseQuestion(question), WEIGHTS).groups;
}

describe("a role word lends the titled person's name", () => {
  it('lends the name to the role and the other words of the same title, marked as lent', () => {
    const [harbour, minister] = groupsOf('What did the harbour minister promise?');
    for (const g of [harbour, minister])
      expect(g?.terms).toContainEqual({ stem: 'clark', weight: WEIGHTS.TITLE_WEIGHT, lent: true });
  });

  it('lends nothing when the question asks who: the name is the answer', () => {
    const groups = groupsOf('Who is the harbour minister?');
    expect(groups.flatMap((g) => g.terms).some((t) => t.lent === true)).toBe(false);
  });

  it('lends nothing to a role word the question asks for: the name is the answer', () => {
    for (const question of [
      'What harbour minister signed the agreement?',
      'what was the name of the harbour minister?',
    ])
      expect(
        groupsOf(question)
          .flatMap((g) => g.terms)
          .some((t) => t.lent === true),
        question,
      ).toBe(false);
  });

  it('lends nothing when the question names the person', () => {
    // The role word lends no name; the surname may be lent the rest of its full name (`titled-surname.ts`).
    const groups = groupsOf('What did minister Clarke promise?').filter((g) => g.word === 'minister');
    expect(groups.length).toBe(1);
    expect(groups.flatMap((g) => g.terms).some((t) => t.lent === true)).toBe(false);
  });

  it('lends nothing when turned off', () => {
    const parsed = parseQuestion('What did the harbour minister promise?');
    const { groups } = expandQuestion(engine.index, parsed, { ...DEFAULT_WEIGHTS, TITLE_WEIGHT: 0 });
    expect(groups.flatMap((g) => g.terms).some((t) => t.lent === true)).toBe(false);
  });
});

describe('questions about titled people, as readers ask them', () => {
  it('finds what the minister promised in the sentence that names her only by name', () => {
    const answer = engine.ask('what did the harbour minister promise?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Clarke promised new cranes/);
  });

  it('answers "who represented France" with the person the French title belongs to', () => {
    const answer = engine.ask('Who represented France?');
    expect(answer.answer?.text).toMatch(/Lambert/);
    expect(answer.answer?.text).not.toMatch(/Clarke/);
  });

  it('answers "who is the harbour minister" with her name, not the envoy too', () => {
    const answer = engine.ask('who is the harbour minister');
    expect(answer.answer?.text).toBe('Joan Clarke');
  });

  it('refuses "who is the French minister?": the minister is not French and the Frenchman is no minister', () => {
    const answer = engine.ask('Who is the French minister?');
    expect(answer.answered).toBe(false);
    expect(engine.ask('who is the french envoy').answer?.text).toBe('Pierre Lambert');
  });

  it('still answers "who signed?" with both names', () => {
    expect(engine.ask('who signed?').answer?.text).toBe('Joan Clarke and Pierre Lambert');
  });
});

describe('askedNouns: what a question asks for, by name', () => {
  it.each([
    ['What South African Vice Consul did students blockade?', ['south', 'african', 'vice', 'consul']],
    ['Which US President visited Jacksonville?', ['us', 'president', 'visited', 'jacksonville']],
    ['What was the name of the King of the Scots?', ['king']],
    ['What did the Iraqi minister express gratitude for?', []],
    ['what is the minister known for', []],
  ])('"%s" → %j', (question, words) => {
    expect([...askedNouns(question)]).toEqual(words);
  });
});

describe("TitledPeople: one question's titled people, read once per sentence", () => {
  const text =
    'Iraqi Defense Minister Khaled Obaidi and Director of the Russian Federal Service for Military-Technical Cooperation Alexander Fomin signed an agreement.';

  it('gives what titledPeople gives, and the same people when asked again', () => {
    const tags = findEntities(text);
    const memo = new TitledPeople();
    const expected = titledPeople(text, tokenize(text), tags);
    expect(memo.of(text, tokenize(text), tags)).toEqual(expected);
    expect(memo.of(text, tokenize(text), tags)).toEqual(expected);
  });

  it('reads another sentence anew, even one given the same tags', () => {
    const memo = new TitledPeople();
    const tags = findEntities(text);
    memo.of(text, tokenize(text), tags);
    const other = 'Harbour Minister Joan Clarke met them.';
    const own = findEntities(other);
    expect(memo.of(other, tokenize(other), own)).toEqual(titledPeople(other, tokenize(other), own));
    // Not a sentence's own tags (a caller's mistake): its text still decides.
    expect(memo.of(other, tokenize(other), tags)).toEqual(titledPeople(other, tokenize(other), tags));
  });

  it('answers who-questions with it as without it', () => {
    for (const question of [
      'who is the harbour minister',
      'Who represented France?',
      'who is the french envoy',
      'who is Pierre Lambert?',
      'who signed?',
    ]) {
      const parsed = parseQuestion(question);
      const { answer } = engine.assess(question);
      const matched = questionStems(expandQuestion(engine.index, parsed, WEIGHTS).groups);
      const plain = spanInputOf(engine.index, question, parsed, answer.passages, matched);
      // Filled as the answerability check fills it, from the shown passages' sentences and the index's tokens.
      const titled = new TitledPeople();
      for (const p of answer.passages) {
        const sentence = engine.index.article(p.article.id)?.sentences[p.sentence];
        if (sentence !== undefined) titled.of(p.text, tokenize(p.text), engine.index.entitiesOf(sentence));
      }
      const memo = spanInputOf(engine.index, question, parsed, answer.passages, matched, titled);
      expect(plain, question).toBeDefined();
      if (plain === undefined || memo === undefined) continue;
      expect(extractSpan(memo, WEIGHTS), question).toEqual(extractSpan(plain, WEIGHTS));
    }
  });
});

describe('a qualifier the question sets before its role ("vice captain", "deputy head")', () => {
  const role = (word: string) => ['captain', 'head', 'president'].includes(word);

  const words = (question: string, isRole = role) => [...askedQualifiers(question, isRole).words];

  it("is read only in a role word's noun phrase, and only a word that forms another office", () => {
    expect(words('who is the vice captain?')).toEqual(['vice']);
    expect(words('who is the deputy head of the trust')).toEqual(['deputy']);
    // A word of time is not one: a story of that time titles the holder plainly.
    expect(words('who was the former captain?')).toEqual([]);
    expect(words('who is the captain of the deputy squad?')).toEqual([]);
  });

  it('is read anywhere in the role\'s noun phrase: "the deputy head teacher" qualifies "teacher"', () => {
    const teacher = (word: string) => word === 'teacher';
    expect(words('who is the deputy head teacher', teacher)).toEqual(['deputy']);
    expect([...askedQualifiers('who is the deputy head teacher', teacher).roles]).toEqual(['teacher']);
    // Only back to a function word: "deputy" of another phrase does not qualify it.
    expect(words('who from the deputy group is the head teacher', teacher)).toEqual([]);
  });

  it('names only the roles it stands before, not every role the question asks', () => {
    const both = (word: string) => ['captain', 'chairman'].includes(word);
    expect([...askedQualifiers('who is the vice captain under the chairman?', both).roles]).toEqual([
      'captain',
    ]);
  });

  it('a title without the asked qualifier is another office; with it, or with none asked, not', () => {
    const vice = new Set(['vice']);
    expect(lacksQualifier(tokenize('Club captain'), vice)).toBe(true);
    expect(lacksQualifier(tokenize('Club vice-captain'), vice)).toBe(false);
    expect(lacksQualifier(tokenize('Club captain'), new Set())).toBe(false);
  });

  it('deputy and vice name one office, the stand-in; "assistant" and "shadow" others', () => {
    expect(lacksQualifier(tokenize('Vice-captain'), new Set(['deputy']))).toBe(false);
    expect(lacksQualifier(tokenize('deputy leader'), new Set(['vice']))).toBe(false);
    expect(lacksQualifier(tokenize('Assistant principal'), new Set(['vice']))).toBe(true);
    expect(lacksQualifier(tokenize('deputy leader'), new Set(['shadow']))).toBe(true);
  });
});
