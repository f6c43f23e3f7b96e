/**
 * The answer-extraction stage of the engine: gathers what `extractSpan` needs for the best passage (its
 * tokens, cached tags, the question's matched words, the dateline) and marks only that span as the
 * answer in the passage's highlights.
 */
import {
  askedAbout,
  asksWhere,
  extractSpan,
  type Span,
  type SpanInput,
  type SpanWeights,
} from './answer-span.js';
import { wholeMeasure } from './compound-measure.js';
import { destinationAsked, destinationVerb } from './destination.js';
import { datesAnotherThing } from './dated-other.js';
import { withThingMeasured } from './quantity-of.js';
import { livesAsked, originAsked, originIn, residenceIn } from './origin.js';
import { fullNameOf, nameOwnerAsked } from './span-described.js';
import { ANSWER_ENTITIES, type ParsedQuestion } from './question.js';
import {
  afterLocative,
  untaggedPlaces,
  clauseIds,
  functionGap,
  namesAPlace,
  placeAfterPreposition,
  saysNothing,
  tokenRange,
} from './span-parts.js';
import { questionVerb } from './question-verb.js';
import { asksManner } from './manner.js';
import { meansOf, meansOfVerb } from './means.js';
import { isRoleNoun } from './wordnet.js';
import { outcomeAsked, statesCondition } from './conditional.js';
import { askedKind, nameAskedOf, namesHeadedBy, type NameAsked } from './answer-kind.js';
import { articleTexts, namesOne, saysOnlyUnnamed } from './unnamed.js';
import { askedNoun, echoesQuestion, qualifiesAsked } from './echo-answer.js';
import { oneDimension, placeSizeAsked } from './area-size.js';
import { contentsAsked, contentsOf } from './contents-next.js';
import { quoteMarksAt } from './quote-marks.js';

import type { SearchIndex } from './search-index.js';
import type { Entity } from './entities.js';
import { tokenize, type Token } from './text.js';
import { subjectVerb } from './verb-subject.js';
import { agentStemsOf, describedDoer } from './titled-doer.js';
import type { Passage, ShortAnswer } from './types.js';
import type { Sentence } from '../knowledge/types.js';
import type { TitledPeople } from './titles.js';
import type { AgedPerson } from './span-input.js';
import type { AskedRole } from './holder-asked.js';
import { startsUpper } from './letters.js';

/** What the extractor needs to know about the best passage; undefined when there is none. */
/** The sentence a passage shows, in its article (for its cached tags). */
function sentenceOf(index: SearchIndex, passage: Passage | undefined): Sentence | undefined {
  if (passage === undefined) return undefined;
  return index.article(passage.article.id)?.sentences[passage.sentence];
}

/** The passage's tokens: its sentence's, as the index holds them (`SearchIndex.passageTokens`). */
function tokensOf(index: SearchIndex, passage: Passage): readonly Token[] {
  return index.passageTokens(passage.article.id, sentenceOf(index, passage), passage.text);
}

/**
 * What a kind of question needs to find in a passage to take it as the answer's: whether the best
 * passage keeps answering as it is, and whether a body passage shown after it answers instead.
 */
interface AnsweringRule {
  keeps(best: Passage): boolean;
  takes(passage: Passage): boolean;
}

/**
 * Which shown passage answers: the best one, unless a rule for what the question asks finds that it
 * lacks the answer while a body passage shown after it holds one; the first such passage answers. The
 * rule for a place where something happened (`placeRule`) is tried first, then the one for every kind
 * with entities (`entityRule`).
 */
export function answeringPassage(
  index: SearchIndex,
  parsed: ParsedQuestion,
  passages: readonly Passage[],
  matched: ReadonlySet<string>,
  lookBack: number,
  nameAsked?: NameAsked,
): number {
  const best = passages[0];
  if (best === undefined) return 0;
  // Each built only when the rules before it took no passage (building one reads the question's words).
  const rules = [
    () => nameRule(index, parsed, best),
    () => (nameAsked === undefined ? undefined : kindNameRule(nameAsked, best, passages)),
    () => placeRule(index, parsed, best, matched, lookBack),
    () => mannerRule(index, parsed, best, matched),
    () => outcomeRule(parsed, best),
    () => entityRule(index, parsed, best, matched),
  ];
  for (const ruleFor of rules) {
    const rule = ruleFor();
    if (rule === undefined || rule.keeps(best)) continue;
    const found = passages.findIndex((p, i) => i > 0 && p.section === 'body' && rule.takes(p));
    if (found !== -1) return found;
  }
  return 0;
}

/**
 * For a question asking someone's name ("whats his name?" with "his" read as Gareth Pembury): the
 * passage that names them in full answers ("Gareth Pembury, 58, of Church Lane…"), not one that only
 * says their surname ("He said Pembury had repaid £31,000"), which has no name to give. Undefined for
 * any other question.
 */
function nameRule(index: SearchIndex, parsed: ParsedQuestion, best: Passage): AnsweringRule | undefined {
  const owner = nameOwnerAsked(parsed.text)?.owner;
  if (owner === undefined) return undefined;
  const names = (passage: Passage): boolean => {
    const sentence = sentenceOf(index, passage);
    if (sentence === undefined) return false;
    const text = sentence.text;
    return (
      fullNameOf(owner, { text, tokens: tokensOf(index, passage), tags: index.entitiesOf(sentence) }) !==
      undefined
    );
  };
  // Of the best passage's story only: another story's "John Smith" is no name of this one's Smith.
  return { keeps: names, takes: (passage) => passage.article.id === best.article.id && names(passage) };
}

/**
 * For a question asking the name of a thing by its noun ("what is the name of the sailing club?"): a
 * best passage that says the noun only unnamed ("A sailing club in Penrith Bay has won…") has no name
 * to give; a passage of its story that names one ("The Penrith Bay Sailing Club, founded in 1952,…")
 * answers (`unnamed.ts`).
 */
function kindNameRule(asked: NameAsked, best: Passage, passages: readonly Passage[]): AnsweringRule {
  const article = articleTexts(passages, best);
  return {
    keeps: (passage) => !saysOnlyUnnamed(asked.noun, passage.text, asked.word === true),
    takes: (passage) =>
      passage.article.id === best.article.id && namesOne(asked, passage.text, best.text, article),
  };
}

/**
 * For a question asking a place by a noun of its kind ("which street is the box on?": `AskedKind`'s
 * `place`) whose best passage gives no answer of that kind (the chairman's "the most useful thing on
 * the street", a person's words): the first body passage of its story shown after it that names one, a
 * name headed by the noun with a word that is not the question's ("The kiosk on Church Street…"), with
 * those names; undefined when none does or the question asks no place by its noun. Only then: a best
 * passage with an answer of the kind keeps it, however it names the place ("Victoria is the centre of
 * dairy farming" for "what state…", "the county of Northumberland").
 */
function placeNamedAfter(
  index: SearchIndex,
  question: string,
  parsed: ParsedQuestion,
  passages: readonly Passage[],
  matched: ReadonlySet<string>,
  weights: SpanWeights,
): { at: number; names: { start: number; end: number }[] } | undefined {
  const kind = askedKind(question, parsed, weights);
  const best = passages[0];
  if (kind.place !== true || best === undefined) return undefined;
  for (const [at, p] of passages.entries()) {
    if (at === 0 || p.section !== 'body' || p.article.id !== best.article.id) continue;
    const tokens = tokensOf(index, p);
    const names = namesHeadedBy(kind, p.text).filter((run) =>
      tokens.some((t) => t.start >= run.start && t.end <= run.end && !t.stop && !matched.has(t.stem)),
    );
    if (names.length > 0) return { at, names };
  }
  return undefined;
}

/**
 * For a how-question asking the means or manner of what happened ("how did they count them?",
 * `asksManner`): a best passage that says no means (a quotation: "Thirty-seven adults … is the largest
 * count we have had") gives no answer to it; a body passage of its story shown after it that says the
 * question's verb with its means right after it ("counted them by torchlight") answers
 * (`meansOfVerb`). Undefined for any other question.
 */
function mannerRule(
  index: SearchIndex,
  parsed: ParsedQuestion,
  best: Passage,
  matched: ReadonlySet<string>,
): AnsweringRule | undefined {
  if (!asksManner(parsed.text)) return undefined;
  const view = (passage: Passage) => {
    const sentence = sentenceOf(index, passage);
    return sentence === undefined
      ? undefined
      : { text: passage.text, tokens: tokensOf(index, passage), tags: index.entitiesOf(sentence) };
  };
  const says = (passage: Passage): boolean => {
    const v = view(passage);
    return v !== undefined && meansOf(parsed.text, v) !== undefined;
  };
  const bestSaid = saidByBest(index, best, matched);
  return {
    keeps: says,
    takes: (passage) => {
      const v = view(passage);
      return (
        passage.article.id === best.article.id &&
        v !== undefined &&
        bestSaid.allIn(passage) &&
        meansOfVerb(parsed.text, v) !== undefined
      );
    },
  };
}

/**
 * For "what happened if you turned up late?" (`outcomeAsked`): a best passage that opens with no
 * condition of the question's ("I was never late once") says no outcome of it; a body passage of its
 * story shown after it that opens with that condition ("If you were late you stood in the corner")
 * answers, its outcome read as for any what-happened question. Undefined for any other question.
 */
function outcomeRule(parsed: ParsedQuestion, best: Passage): AnsweringRule | undefined {
  const condition = outcomeAsked(parsed.text);
  if (condition === undefined) return undefined;
  const asked = [...new Set(tokenize(condition).flatMap((t) => (t.stop ? [] : [t.stem])))];
  const stemsOf = (clause: string) => new Set(tokenize(clause).map((t) => t.stem));
  const says = (passage: Passage) => statesCondition(passage.text, asked, stemsOf);
  return { keeps: says, takes: (passage) => passage.article.id === best.article.id && says(passage) };
}

/**
 * For any question whose answer is an entity (a date for "when", a person for "who"): a headline, a
 * caption or a heading says what the story reports without its details ("Iraq, Russia Sign …
 * Agreement" gives no date). When the best passage is one and holds nothing of the kind asked, a body
 * passage that says every question word it matched and holds such a thing answers (the sentence
 * reporting the signing "… said Thursday"). Undefined for a question asking no entity.
 */
function entityRule(
  index: SearchIndex,
  parsed: ParsedQuestion,
  best: Passage,
  matched: ReadonlySet<string>,
): AnsweringRule | undefined {
  const wanted = ANSWER_ENTITIES[parsed.type];
  if (wanted.length === 0) return undefined;
  // Something of the asked kind that is not the question's own words ("Iraq" for "when did Iraq sign").
  const holds = (passage: Passage): boolean => {
    const sentence = sentenceOf(index, passage);
    if (sentence === undefined) return false;
    const asked = tokensOf(index, passage).filter((t) => matched.has(t.stem));
    return index
      .entitiesOf(sentence)
      .some((e) => wanted.includes(e.type) && !asked.some((t) => t.start < e.end && t.end > e.start));
  };
  // The question's words the best passage says, read only for one that is not a body passage.
  const bestSaid = saidByBest(index, best, matched);
  return {
    // A headline that holds none of the question's own words (found through its expansions) says
    // nothing a body passage could be checked against: any dated sentence would do, so none is taken.
    keeps: (passage) => passage.section === 'body' || holds(passage) || bestSaid.words().size === 0,
    takes: (passage) => bestSaid.allIn(passage) && holds(passage),
  };
}

/**
 * The question's words (`matched` stems) the best passage says, read once when first asked, and
 * whether another passage says them all: a rule's stand-in must be about what the best passage is
 * about, not only share its verb or its kind of answer.
 */
function saidByBest(
  index: SearchIndex,
  best: Passage,
  matched: ReadonlySet<string>,
): { words: () => ReadonlySet<string>; allIn: (passage: Passage) => boolean } {
  let said: ReadonlySet<string> | undefined;
  const words = () =>
    (said ??= new Set(tokensOf(index, best).flatMap((t) => (matched.has(t.stem) ? [t.stem] : []))));
  return {
    words,
    allIn: (passage) => {
      const stems = new Set(tokensOf(index, passage).map((t) => t.stem));
      return [...words()].every((s) => stems.has(s));
    },
  };
}

/**
 * For "where": the best passage may name no place at all, only organisations, which stand for a place
 * only loosely ("Director of the Russian Federal Service …" is a title, not where the agreement was
 * signed). A passage of its story shown after it that says the question's verb and, in the same clause, a place
 * where something happens (after a locative preposition: "have signed the protocol … that convened in
 * the city of St.Petersburg") answers instead. A best passage with a place of its own, or a phrase after
 * a locative preposition ("in the condenser"), keeps answering. Undefined for any other question, or
 * one without a verb.
 */
function placeRule(
  index: SearchIndex,
  parsed: ParsedQuestion,
  best: Passage,
  matched: ReadonlySet<string>,
  lookBack: number,
): AnsweringRule | undefined {
  // The verb only for a where-question: reading it lemmatises each of the question's words.
  if (!asksWhere(parsed.text, parsed)) return undefined;
  const verb = questionVerb(parsed);
  if (verb === undefined) return undefined;
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && a.end > b.start;
  // Tagged places and phrases naming a place that are not the question's own words, nor a place doing
  // what the question asks ("Iraq, Russia Sign …": the actors, as the short answer reads them).
  const places = (passage: Passage, tokens: readonly Token[]) => {
    const sentence = sentenceOf(index, passage);
    if (sentence === undefined) return [];
    const askedAt = tokens.flatMap((t, i) => (!t.stop && matched.has(t.stem) ? [i] : []));
    const tags = index.entitiesOf(sentence);
    return tags.filter((e) => {
      if (e.type !== 'place' && e.type !== 'phrase') return false;
      const c = { start: e.start, end: e.end, kind: e.type };
      if (!namesAPlace(c, { text: passage.text, tokens, tags })) return false;
      // A phrase over a name is judged as that name (an organisation's is no place).
      if (
        e.type === 'phrase' &&
        tags.some((t) => (t.type === 'organization' || t.type === 'place') && overlaps(t, e))
      )
        return false;
      const [first, last] = tokenRange(c, tokens);
      const own = tokens.slice(first, last + 1).filter((t) => !t.stop);
      if (own.every((t) => matched.has(t.stem))) return false;
      if (afterLocative(passage.text, e.start) || placeAfterPreposition(passage.text, e.start, lookBack))
        return true;
      return !functionGap(
        tokens,
        last,
        askedAt.find((i) => i > last),
      );
    });
  };
  return {
    keeps: (passage) => places(passage, tokensOf(index, passage)).length > 0,
    takes: (p) => {
      // Of the same story: with many articles, another story's place is not where this one's event was.
      if (p.article.id !== best.article.id) return false;
      const tokens = tokensOf(index, p);
      const clauses = clauseIds(p.text, tokens);
      const verbClauses = new Set(tokens.flatMap((t, j) => (t.stem === verb.stem ? [clauses[j]] : [])));
      if (verbClauses.size === 0) return false;
      return places(p, tokens).some((e) => {
        const [first] = tokenRange({ start: e.start, end: e.end, kind: e.type }, tokens);
        return (
          e.type === 'place' &&
          placeAfterPreposition(p.text, e.start, lookBack) &&
          verbClauses.has(clauses[first])
        );
      });
    },
  };
}

/**
 * The words of the people the passages shown name: a story names a person in full once ("Khaled
 * Obaidi") and by surname after ("Obaidi thanked Russia"), which the tagger alone does not read as a person.
 */
function peopleNamed(index: SearchIndex, passages: readonly Passage[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const p of passages) {
    const sentence = sentenceOf(index, p);
    if (sentence === undefined) continue;
    for (const e of index.entitiesOf(sentence))
      if (e.type === 'person' && /\s/.test(p.text.slice(e.start, e.end)))
        for (const w of p.text.slice(e.start, e.end).split(/\s+/)) words.add(w.toLowerCase());
  }
  return words;
}

/**
 * For a question asking where a person comes from, the first shown passage whose title for that person
 * names a place, and that place as the span; undefined otherwise.
 */
function originAnswer(
  index: SearchIndex,
  asked: readonly Token[],
  passages: readonly Passage[],
  titled?: TitledPeople,
  read: typeof originIn = originIn,
): { at: number; span: Span } | undefined {
  for (const [at, passage] of passages.entries()) {
    const sentence = sentenceOf(index, passage);
    if (sentence === undefined) continue;
    const span = read(asked, passage.text, index.entitiesOf(sentence), titled);
    if (span !== undefined) return { at, span };
  }
  return undefined;
}

/**
 * Does "where is X from" ask it of a person: X's words are a name the passages write capitalised
 * ("leo marsh", "the headteacher" of "Headteacher Ngozi Adeyemi"), or its first noun is one for a kind
 * of person ("the minister"). Not "where does the gold in the mace come from?", whose answer is a thing.
 */
function asksOfPerson(asked: readonly Token[], passages: readonly Passage[]): boolean {
  if (asked[0] !== undefined && isRoleNoun(asked[0].word)) return true;
  return passages.some((p) => {
    const capitals = new Set(
      tokenize(p.text).flatMap((t) => (startsUpper(p.text.slice(t.start, t.end)) ? [t.stem] : [])),
    );
    return asked.every((t) => capitals.has(t.stem));
  });
}

/**
 * Is the span a place named as where someone is ("a former rower from Nigeria", "who grew up in
 * Hamburg"): a tagged place after a locative preposition. A place's name the sentence says otherwise
 * ("was proud of Leo Marsh", a boy the tagger read as a marsh) is not where the person asked is from.
 */
function placeSpan(span: Span, passage: SpanInput['passage']): boolean {
  const over = passage.tags.filter((t) => t.start < span.end && t.end > span.start);
  // Its tags: the place's, and the noun phrase over it the tagger also gives.
  const place =
    over.some((t) => t.type === 'place') && over.every((t) => t.type === 'place' || t.type === 'phrase');
  // Or one the tagger missed ("born in Tralee"): the ranking and the slot read it as a place too.
  const missed = untaggedPlaces(passage.text, passage.tags).some(
    (t) => t.start === span.start && t.end === span.end,
  );
  return (place && afterLocative(passage.text, span.start)) || missed;
}

/**
 * The tags of the short answer's passage without the article "a" the tagger reads as the number one
 * ("£5,000 and a year's supply", "£5.05 an hour"): no amount, no item of a list, no end of a range, no
 * part of the amount before it. (Retrieval keeps the
 * tagger's tags, which its learned model was fitted on.)
 */
function withoutArticles(text: string, tags: readonly Entity[]): Entity[] {
  return tags.flatMap((t) => {
    if (t.type !== 'number') return [t];
    const words = text.slice(t.start, t.end);
    if (/^an?$/i.test(words)) return [];
    // "£5.05 an hour": the article read on to the amount opens what it is per; the amount ends before it.
    const article = /\s+an?$/i.exec(words);
    return article === null ? [t] : [{ ...t, end: t.start + article.index }];
  });
}

export function spanInputOf(
  index: SearchIndex,
  question: string,
  parsed: ParsedQuestion,
  passages: readonly Passage[],
  matched: ReadonlySet<string>,
  titled?: TitledPeople,
  reading: QuestionReading = {},
): SpanInput | undefined {
  const about = askedAbout(question, reading.people);
  const best = passages[0];
  const sentence = sentenceOf(index, best);
  if (best === undefined || sentence === undefined) return undefined;
  let people: ReadonlySet<string> | undefined;
  return {
    question,
    parsed,
    passage: {
      text: best.text,
      tokens: tokensOf(index, best),
      tags: withoutArticles(best.text, index.entitiesOf(sentence)),
      people: () => (people ??= peopleNamed(index, passages)),
    },
    matched,
    ...(best.article.date !== undefined ? { dateline: best.article.date } : {}),
    ...(titled !== undefined ? { titled } : {}),
    ...(about !== undefined ? { about } : {}),
    ...(reading.corrections !== undefined && reading.corrections.length > 0
      ? { corrections: reading.corrections }
      : {}),
    ...(reading.aged !== undefined ? { aged: reading.aged } : {}),
    ...(reading.role !== undefined ? { role: reading.role } : {}),
  };
}

/**
 * What the stages before read into the question: whom its "he", "she" or "they" was read as (the one
 * person, or everyone it stands for) and its words read as others ("alexender" as "alexander").
 */
export interface QuestionReading {
  person?: string;
  people?: readonly string[];
  corrections?: readonly { from: string; to: string }[];
  /** The person whose age is asked, among those sharing their surname (`AgedPerson`). */
  aged?: AgedPerson;
  /** The name asked by its noun, as the question was typed (`nameAskedOf`), as the refusal read it. */
  nameAsked?: NameAsked;
  /** The role a "who is the R?" question asks the holder of (`askedRole`), as the ranking read it. */
  role?: AskedRole;
}

/**
 * The passages with the one at `at` first, each in the score of the place it takes (the answer stage's
 * answering passage, `undated.ts`'s dated one); the passages themselves when `at` is 0.
 */
export function movedFirst(passages: Passage[], at: number): Passage[] {
  if (at === 0) return passages;
  return [passages[at] as Passage, ...passages.filter((_, i) => i !== at)].map((p, i) => ({
    ...p,
    score: (passages[i] as Passage).score,
  }));
}

/**
 * For a question asking what was in a thing its best passage names: the story's next sentence when it
 * says what was inside (`contents-next.ts`), shown first in the best one's place and score with its list
 * marked as the answer, the best one after it; undefined otherwise.
 */
function contentsNext(
  index: SearchIndex,
  question: string,
  shown: Passage[],
): { answer: ShortAnswer; passages: Passage[] } | undefined {
  const noun = contentsAsked(question);
  const best = shown[0];
  if (noun === undefined || best === undefined || best.sentence < 0) return undefined;
  const stem = tokenize(noun)[0]?.stem;
  if (stem === undefined || !tokenize(best.text).some((t) => t.stem === stem)) return undefined;
  const sentences = index.article(best.article.id)?.sentences ?? [];
  const next = sentences[best.sentence + 1];
  if (next === undefined || next.role !== 'body' || next.paragraph !== sentences[best.sentence]?.paragraph)
    return undefined;
  const list = contentsOf(next.text);
  if (list === undefined) return undefined;
  const marks = quoteMarksAt(sentences, best.sentence + 1);
  const passage: Passage = {
    text: next.text,
    score: best.score,
    article: best.article,
    section: next.role,
    sentence: best.sentence + 1,
    highlights: [{ start: list.start, end: list.end, kind: 'answer' }],
    ...(marks === undefined ? {} : { marks }),
  };
  // Each passage in the score of the place it takes, as `movedFirst` gives them.
  const rest = shown
    .filter((p) => !(p.article.id === best.article.id && p.sentence === passage.sentence))
    .map((p) => ({ ...p, highlights: p.highlights.filter((h) => h.kind !== 'answer') }));
  const passages = [passage, ...rest]
    .slice(0, shown.length)
    .map((p, i) => ({ ...p, score: (shown[i] as Passage).score }));
  return { answer: { text: list.text, passage: 0, start: list.start, end: list.end }, passages };
}

/**
 * "Who bought it?" of "The buyers, a couple from Surrey, did not wish to be named": a span inside the
 * apposition that describes the verb's doer (`describedDoer`), "couple", is the whole description; the
 * span as it is otherwise, and for any question not asking an active verb's subject.
 */
function wholeDoer(question: string, text: string, span: Span): Span {
  const asked = subjectVerb(question);
  if (asked === undefined || asked.passive) return span;
  const agents = agentStemsOf(asked.verb.word);
  const whole = agents.size === 0 ? undefined : describedDoer(text, agents);
  if (whole === undefined || span.start < whole.start || span.end > whole.end) return span;
  return whole;
}

export function shortAnswer(
  index: SearchIndex,
  question: string,
  parsed: ParsedQuestion,
  shown: Passage[],
  matched: ReadonlySet<string>,
  weights: SpanWeights,
  titled?: TitledPeople,
  reading: QuestionReading = {},
): { answer: ShortAnswer | null; passages: Passage[]; unfit?: true } {
  const readAs = reading.person;
  // "What was in the time capsule?": the next sentence, listing what was inside (`contents-next.ts`).
  const contents = contentsNext(index, question, shown);
  if (contents !== undefined) return contents;
  // "Where is Obaidi from?": the first passage whose title for him names a place (`origin.ts`); "where
  // is he from?" asks it of the person the conversation's "he" was read as (`readAs`).
  const asked = originAsked(question, readAs);
  // "Where does he live?": only where news says it, after the name and age ("…, 58, of Harrogate,").
  const lives = asked === undefined ? livesAsked(question, readAs) : undefined;
  const origin =
    asked !== undefined
      ? originAnswer(index, asked, shown, titled)
      : lives !== undefined
        ? originAnswer(index, lives, shown, titled, residenceIn)
        : undefined;
  // The answering passage is shown first, in the best one's place and with its score.
  const at =
    origin?.at ??
    answeringPassage(
      index,
      parsed,
      shown,
      matched,
      weights.LOCATIVE_LOOK_BACK,
      reading.nameAsked ?? nameAskedOf(question, parsed, weights),
    );
  const first = (answering: number) => movedFirst(shown, answering);
  let passages = first(at);
  let best = passages[0];
  let input = spanInputOf(index, question, parsed, passages, matched, titled, reading);
  if (best === undefined || input === undefined) return { answer: null, passages };
  // A measure given in two units is one: "four years and eight months", not "four years" (`wholeMeasure`).
  let extracted = origin?.span ?? extractSpan(input, weights);
  // "Which street is the box on?": a best passage with no place of the noun's kind to give answers
  // nothing; a passage of its story shown after it naming one does (`placeNamedAfter`).
  // Its answer is one of those names ("the Aztec Empire" names no region the span "Americas" is).
  const named =
    extracted === null && at === 0
      ? placeNamedAfter(index, question, parsed, shown, matched, weights)
      : undefined;
  if (named !== undefined) {
    const moved = first(named.at);
    const movedInput = spanInputOf(index, question, parsed, moved, matched, titled, reading);
    const movedSpan = movedInput === undefined ? null : extractSpan(movedInput, weights);
    if (
      movedInput !== undefined &&
      movedSpan !== null &&
      named.names.some((n) => n.start < movedSpan.end && n.end > movedSpan.start)
    )
      [passages, best, input, extracted] = [moved, moved[0], movedInput, movedSpan];
  }
  if (best === undefined) return { answer: null, passages };
  // A span saying nothing of its own ('" she said', the frame of a quotation) is no answer, whichever
  // reading found it (`saysNothing`).
  const said =
    extracted !== null &&
    saysNothing(input.passage.text, input.passage.tokens, extracted.start, extracted.end)
      ? null
      : extracted;
  const whole =
    said === null ? null : wholeDoer(question, input.passage.text, wholeMeasure(input.passage.text, said));
  // "What did they steal?": the thing measured, not the measure alone ("hundreds of metres of signalling
  // cable", `quantity-of.ts`).
  const found =
    whole !== null && parsed.type === 'other'
      ? withThingMeasured(input.passage.text, input.passage.tags, whole)
      : whole;
  // A question asking where a person is from whose title names no place: only a place answers it
  // ("who grew up in Hamburg"), not the person or thing the where-reading found ("Leo Marsh").
  const span =
    origin === undefined &&
    asked !== undefined &&
    found !== null &&
    (readAs !== undefined || asksOfPerson(asked, passages)) &&
    !placeSpan(found, input.passage)
      ? null
      : found;
  // A span naming only the question's own thing ("part" for "what was the hardest bit…") or a noun
  // the passage ties to it by a preposition ("tower" of "the previous record at the tower" for "what
  // was the old record") answers nothing asked of it (`echo-answer.ts`); the second not for a question
  // asking a place, which such a tie may give ("where was the record set?").
  const own = span === null ? undefined : askedNoun(question);
  // "How big is the site?" is not answered by a height ("2.8 metres high", `area-size.ts`).
  const unfit =
    span !== null &&
    ((own !== undefined &&
      (echoesQuestion(own, span.text) ||
        (parsed.type !== 'location' &&
          askedKind(question, parsed, weights).place !== true &&
          qualifiesAsked(question, own, input.passage, span)))) ||
      (placeSizeAsked(question) !== undefined && oneDimension(input.passage.text, span)) ||
      // "When was the railway founded?" of "An online appeal launched on Tuesday…": another thing's date
      // (`dated-other.ts`).
      (parsed.type === 'date' && datesAnotherThing(question, input.passage, matched)));
  // "Where is the market moving to?" with no end of the motion in the passage (`destination.ts`; no
  // common noun of it answers, `extractSpan`): it says the move without saying where to.
  const whereToUnsaid =
    origin === undefined &&
    extracted === null &&
    asksWhere(question, parsed) &&
    destinationAsked(question, destinationVerb(question, parsed));
  if (unfit || whereToUnsaid) return { ...withAnswer(best, passages, null), unfit: true };
  return withAnswer(best, passages, span);
}

/** The passages with only the span (if any) marked as the answer in the first. */
function withAnswer(
  best: Passage,
  passages: Passage[],
  span: Span | null,
): { answer: ShortAnswer | null; passages: Passage[] } {
  // Only the answer is marked as one: the other entities of its type are not answers.
  const marks = best.highlights.filter(
    (h) => h.kind === 'match' && (span === null || h.end <= span.start || h.start >= span.end),
  );
  if (span !== null) marks.push({ start: span.start, end: span.end, kind: 'answer' });
  marks.sort((a, b) => a.start - b.start);
  return {
    answer: span === null ? null : { text: span.text, passage: 0, start: span.start, end: span.end },
    passages: [{ ...best, highlights: marks }, ...passages.slice(1)],
  };
}
