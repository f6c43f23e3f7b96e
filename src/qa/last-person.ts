/**
 * Who a conversation's last answer was about, so that "what did he say?" after "who is fomin?" is read
 * as about Fomin (`AskOptions.lastPeople`, `subject.ts`): the person the question named (a person the
 * answer's passages name, by a word the question used), or else the people the short answer is: one
 * ("who said…?" → "Walsh"), or several named together ("who signed?" → "Khaled Obaidi and Alexander
 * Fomin"), whom "they" then stands for and "he" or "she" picks one of (`other-person.ts`). A question
 * about no one in particular keeps the people the conversation was about ("what did he say?" is still
 * about Fomin); an answer from another story forgets them, unless it was only an aside the
 * conversation's story did not answer (`Answer.notIn`), which keeps them as the article stays.
 */
import { apposedAges } from './apposition.js';
import { descriptionAnswered } from './described-answer.js';
import type { Engine } from './engine.js';
import type { Entity } from './entities.js';
import type { Response } from './respond.js';
import { sameName, storyPeople, wordsOf } from './other-person.js';
import { isPersonName, withoutOwner } from './person-name.js';
import { pronounPerson } from './pronoun-chain.js';
import type { Sentence } from '../knowledge/types.js';
import { tokenize } from './text.js';
import { titledPeople, withTitledNames } from './titles.js';
import { isRoleNoun } from './wordnet.js';
import type { Answer, Passage } from './types.js';
import { hasLetter } from './letters.js';

export interface LastPerson {
  /**
   * The name as the story writes it ("Alexander Fomin"), or the names of the people an answer named
   * together, in its order ("Khaled Obaidi", "Alexander Fomin"): one at least.
   */
  names: readonly string[];
  /** The article it was named in (its id): in another story "he" is someone else. */
  article: string;
}

/** The name a person's tag spans, without a possessive after it or an owner's before it ("Kenya's"). */
const nameAt = (text: string, e: Entity): string =>
  withoutOwner(
    text
      .slice(e.start, e.end)
      .replace(/['’]s?$/u, '')
      .trim(),
  );

/** What separates names the tagger merged into one ("Anna Weber, Paul Schmidt"; "Ana Ruiz & Tom Hale"). */
const LIST_SEPARATOR = /\s*(?:[,;&]|\band\b)\s*/giu;

/**
 * Each person a person's tag names: the tagger merges a list into one tag ("Anna Weber, Paul
 * Schmidt"), which is each of them, as `named` reads it for the story's subject.
 */
function eachPerson(text: string, e: Entity): Entity[] {
  const span = text.slice(e.start, e.end);
  const people: Entity[] = [];
  let from = 0;
  for (const m of [...span.matchAll(LIST_SEPARATOR), { index: span.length, 0: '' }]) {
    if (hasLetter(span.slice(from, m.index)))
      people.push({ ...e, start: e.start + from, end: e.start + m.index });
    from = m.index + m[0].length;
  }
  return people;
}

/** The sentence text and person names of a passage. */
function peopleIn(engine: Engine, passage: Passage): { text: string; people: Entity[] } | undefined {
  const article = engine.articles.find((a) => a.id === passage.article.id);
  const sentence = article?.sentences.find((s) => s.index === passage.sentence);
  if (article === undefined || sentence === undefined) return undefined;
  const entitiesOf = (s: Sentence) => engine.index.entitiesOf(s);
  // A name the tagger does not know counts when a title names it ("Mayor Ngozi Okafor"); "first" or
  // "James Webb Space" (of a telescope) is no one (`person-name.ts`).
  const tagged = withTitledNames(sentence.text, entitiesOf(sentence)).flatMap((e) =>
    e.type === 'person' && isPersonName(sentence.text, e, sentence.role === 'title')
      ? eachPerson(sentence.text, e)
      : [],
  );
  const known = storyPeople(article.sentences, entitiesOf).map((p) => p.name);
  const people = [...tagged, ...knownNamesIn(sentence.text, known, tagged)];
  // A name with an age in apposition is a person's, whatever the tagger made of it ("The skipper,
  // Torquil Macrae, 58, …"), as `referents.ts` reads it.
  for (const { nameStart: start, nameEnd: end } of apposedAges(sentence.text))
    if (!people.some((e) => e.start < end && e.end > start)) people.push({ type: 'person', start, end });
  return { text: sentence.text, people };
}

/**
 * Where `text` writes in full a person the story names as one elsewhere, untagged here: the tagger may
 * not know "Priya Raman" in the headline "Priya Raman wins Harford mayoral race", while the lead's
 * "City council member Priya Raman" says she is a person. A reader knows her from then on.
 */
function knownNamesIn(text: string, known: readonly string[], tagged: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const name of known) {
    if (wordsOf(name).length < 2) continue;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      // A word of its own, not part of a longer name ("Priya Raman Hall").
      if (/[\p{L}\p{N}]$/u.test(text.slice(0, at)) || /^(?:[\p{L}\p{N}]|\s+\p{Lu})/u.test(text.slice(end)))
        continue;
      if ([...tagged, ...out].some((e) => e.start < end && e.end > at)) continue;
      out.push({ type: 'person', start: at, end });
    }
  }
  return out;
}

/** The question's content words' stems. */
const askedStems = (answer: Answer) =>
  new Set(tokenize(answer.question).flatMap((t) => (t.stop ? [] : [t.stem])));

/**
 * The people of the answer's passages from `article` (the first passage's: the one the conversation
 * goes on in; a person from another story's passage is no one there).
 */
const peopleOfArticle = (engine: Engine, answer: Answer, article: string) =>
  answer.passages.filter((p) => p.article.id === article).map((passage) => peopleIn(engine, passage));

/** A person the answer's passages name by a word of the question ("fomin" → "Alexander Fomin"). */
function personNamed(engine: Engine, answer: Answer, article: string): [string] | undefined {
  const asked = askedStems(answer);
  for (const sentence of peopleOfArticle(engine, answer, article)) {
    for (const e of sentence?.people ?? []) {
      const name = nameAt(sentence?.text ?? '', e);
      if (tokenize(name).some((t) => !t.stop && asked.has(t.stem))) return [name];
    }
  }
  return undefined;
}

/**
 * A person the answer's passages title with a role word of the question ("what did the mayor say?" →
 * "Mayor Helen Brandt").
 */
function personTitled(engine: Engine, answer: Answer, article: string): [string] | undefined {
  const asked = askedStems(answer);
  for (const sentence of peopleOfArticle(engine, answer, article)) {
    if (sentence === undefined) continue;
    const titled = titledPeople(sentence.text, tokenize(sentence.text), sentence.people).find((p) =>
      p.title.some((t) => !t.stop && asked.has(t.stem) && isRoleNoun(t.word)),
    );
    if (titled !== undefined) return [nameAt(sentence.text, titled.name)];
  }
  return undefined;
}

/** Words that join names in a list ("Khaled Obaidi and Alexander Fomin", "Ana Ruiz, Tom Hale & Li Wei"). */
const JOINERS = /^(?:[\s,;&]|\band\b|\bboth\b)*$/iu;

/**
 * The short answer's people: one person's name ("Alexander Fomin", or most of the answer: "Russian
 * Deputy Defence Minister Alexander Fomin"), or the names of several people and nothing else but the
 * words joining them ("Khaled Obaidi and Alexander Fomin", the titles between them left out of the
 * answer's words): "they" then stands for them together.
 */
function peopleAnswered(engine: Engine, answer: Answer): string[] | undefined {
  const short = answer.answer;
  const passage = short === null ? undefined : answer.passages[short.passage];
  if (short === null || passage === undefined) return undefined;
  const found = peopleIn(engine, passage);
  const text = found?.text ?? '';
  const overlapping = (found?.people ?? []).filter((e) => e.end > short.start && e.start < short.end);
  // A name inside another is the same person ("Okafor" of a titled "Ngozi Okafor").
  const inside = overlapping
    .filter((e) => !overlapping.some((o) => o !== e && o.start <= e.start && o.end >= e.end))
    .sort((a, b) => a.start - b.start);
  const names = [...new Set(inside.map((e) => nameAt(text, e)))];
  if (names.length > 1) {
    let rest = short.text;
    for (const name of names) rest = rest.replace(name, ' ');
    return JOINERS.test(rest) ? names : undefined;
  }
  const [only] = overlapping;
  if (only === undefined || overlapping.length > 1) return undefined;
  // The name is most of the answer ("Alexander Fomin", "Russian Deputy Defence Minister Alexander Fomin").
  const covered = Math.min(only.end, short.end) - Math.max(only.start, short.start);
  return covered * 2 >= short.end - short.start ? [nameAt(text, only)] : undefined;
}

/**
 * Of several people the conversation is about, the ones the short answer names: "which of them is the
 * union leader?" → "Thomas Walsh", or "who thanked Russia?" → "Obaidi" (a surname alone, which the
 * tagger need not take for a person there). The reader is now on that one, named as before ("Khaled
 * Obaidi"). Undefined when the answer names none of them, or all.
 */
function onesAnswered(engine: Engine, answer: Answer, people: readonly string[]): string[] | undefined {
  const short = answer.answer;
  if (short === null || people.length < 2) return undefined;
  const said = peopleAnswered(engine, answer) ?? [short.text];
  // The answer is the name or ends it: not "John Carter and architect Peter Lane", which ends with one.
  const picked = people.filter((p) =>
    said.some((s) => wordsOf(s).length <= wordsOf(p).length && sameName(p, s)),
  );
  return picked.length > 0 && picked.length < people.length ? picked : undefined;
}

/**
 * The person a short answer's role phrase describes ("Former council treasurer" → "Graham Whitlock",
 * whom the story names next: `describedLead`).
 */
function describedAnswered(engine: Engine, answer: Answer): [string] | undefined {
  const described = descriptionAnswered(engine.index, answer.answer, answer.passages);
  return described === undefined ? undefined : [described.referent.name];
}

/**
 * The person a short answer names whom the tagger took for no one ("who won?" → "Ethiopia's Tigist
 * Alemu"), when the story's own "she" or "he" is read as them (`pronounPerson`): not a company that
 * answered "who", which no pronoun of the story stands for.
 */
function chainAnswered(engine: Engine, answer: Answer, article: string): [string] | undefined {
  const short = answer.answer?.text;
  const story = engine.articles.find((a) => a.id === article);
  if (short === undefined || story === undefined || !/^\p{Lu}/u.test(short)) return undefined;
  const name = pronounPerson(short, story.sentences, (s) => engine.index.entitiesOf(s));
  return name === undefined ? undefined : [name];
}

/** The person the conversation is about after `response` (see above); `before`, what it was about until now. */
export function personAfter(
  engine: Engine,
  response: Response,
  before: LastPerson | undefined,
): LastPerson | undefined {
  if (response.kind !== 'answer' || !response.answer.answered) return before;
  const answer = response.answer;
  // An answer from another article than the conversation's (`Answer.notIn`) does not move the
  // conversation (`topicOf`), nor whom it is about: its "he" is still the one before.
  if (answer.notIn !== undefined) return before;
  const article = answer.passages[0]?.article.id;
  if (article === undefined) return before;
  // A pronoun read as someone ("he" → Tomas Reilly; "they" → both signatories): the reader is now on
  // them, or on the one of them the answer named ("which of them…?").
  const read = answer.readAs?.people;
  const names =
    (read === undefined ? undefined : (onesAnswered(engine, answer, read) ?? read)) ??
    personNamed(engine, answer, article) ??
    (before?.article === article ? onesAnswered(engine, answer, before.names) : undefined) ??
    peopleAnswered(engine, answer) ??
    // After the people the short answer is: "who was the skipper?" → "Alan Reid" is about him, though a
    // passage below titles someone else "Skipper".
    personTitled(engine, answer, article) ??
    describedAnswered(engine, answer) ??
    chainAnswered(engine, answer, article);
  const said = names?.filter((n) => n !== '') ?? [];
  if (said.length > 0) return { names: said, article };
  return before?.article === article ? before : undefined;
}
