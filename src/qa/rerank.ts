/**
 * Re-ranking stage, over the few best candidates of retrieval: boosts for the question's words in
 * exactly the form asked, for adjacent question words close together, for a sentence holding the
 * kind of thing asked for (a person for "who", a date for "when", a language for "what language"),
 * then Fuse.js token search. Also finds the answer spans that the passages highlight.
 */
import Fuse from 'fuse.js';
import type { Group } from './expansion.js';
import { ANSWER_ENTITIES, type ParsedQuestion, type QuestionType } from './question.js';
import type { Candidate } from './retrieval.js';
import { openingNoun, type SearchIndex } from './search-index.js';
import { placeAfterPreposition, untaggedPlaces } from './span-parts.js';
import { stem, type Token } from './text.js';
import type { Highlight } from './types.js';
import type { Weights } from './weights.js';
import { isKindOf, isLemma, listedBases } from './wordnet.js';
import { givesReason } from './reason-cues.js';
import { givesWhen, type WhenAsked } from './time-point.js';
import { askedKind } from './answer-kind.js';
import { unaskedHome, unaskedWords } from './home-place.js';
import { hasNumber } from './letters.js';
import { askedSlot, slotEvidence, type AskedSlot } from './slot.js';
import {
  givesDimension,
  namesMeasured,
  saysDimension,
  startsLengthOfTime,
  type DimensionAsked,
} from './dimension-measure.js';

/** A candidate after re-ranking: its tokens and the spans that likely answer. */
export interface Ranked extends Candidate {
  tokens: readonly Token[];
  answers: Highlight[];
}

/**
 * A candidate scored on everything but the asked type's entities, which need the tagger: on a large
 * folder a sentence is tagged on first use (about 1.5 ms), and tagging every candidate and the
 * sentence after each was most of a first typed question ("who…", "when…").
 */
interface Scored {
  candidate: Candidate;
  tokens: readonly Token[];
  /** The score before the type boost (before the kind boost too, while `kindsDue`). */
  score: number;
  /** Words naming a kind asked for ("what language"): answers found without the tagger. */
  kinds: Highlight[];
  /** The type boost applies whatever the entities: a kind found, or a reason cue for "why". */
  boosted: boolean;
  /**
   * The kinds asked for are not looked for yet: a word's kinds come from WordNet (cold, a few hundred
   * look-ups per question), so only candidates whose bound can still reach the best are looked at.
   */
  kindsDue: boolean;
}

/**
 * Re-rank the candidates, best first. Only the best `keep` are certain to be returned (and in their
 * exact order): a candidate that cannot reach them, whatever its entities, is left out untagged.
 * `matched` is every stem the question searched for.
 */
export function rerank(
  index: SearchIndex,
  candidates: readonly Candidate[],
  groups: readonly Group[],
  question: ParsedQuestion,
  matched: ReadonlySet<string>,
  weights: Weights,
  keep = Infinity,
): Ranked[] {
  const type = question.type;
  const boost = 1 + (type === 'location' ? weights.PLACE_BOOST : weights.TYPE_BOOST);
  const forms = groups.map((g) => surfaceForms(g.word));
  const scored = candidates.flatMap((c) => scoreWords(index, c, groups, forms, question, weights) ?? []);
  // What a when-question's noun asks ("what year…": a year, not a month), as the short answer reads it.
  const when = type === 'date' ? whenAsked(question, weights) : 'date';
  // "Where is he from?": a name after "in" the tagger missed ("born in Tralee") is where (`untaggedPlaces`);
  // for other where-questions such names (a ship's, a firm's, "in Apollo") are too often no place.
  // The question's words matter only to a where-question that asks no home (`answerSpans`).
  const homeWords = type === 'location' ? unaskedWords(question.text) : new Set<string>();
  const origin = homeWords === undefined;
  const words = homeWords ?? new Set<string>();
  // Read only when a candidate gives the asked dimension: else the question may ask it in a figure of
  // speech ("how far did she get?"), and any number is of the asked type as before. As the slot reads
  // it (`askedSlot`), "how short…" as "how long…": the question's own words would ask no length.
  const named = type === 'number' ? askedSlot(question.text, question).unitMeasure : undefined;
  const dimension =
    named !== undefined && candidates.some((c) => saysDimension(named, index.docs[c.id]?.sentence.text ?? ''))
      ? named
      : undefined;
  const asked: Asked = { when, origin, words, dimension };
  // "Where" has no next sentence (a story's sentences name places all the time, and the next one's
  // place is rarely where the topic's event happened: measured on SQuAD), only the one before that a
  // sentence points back to (`pointedBackTo`).
  const next =
    weights.NEXT_SENTENCE > 0 && ANSWER_ENTITIES[type].length > 0
      ? new NextSentences(index, type, matched, weights, scored, asked, groups, question)
      : undefined;
  // Each candidate's entries, once settled: itself with its answers, then the next sentence it brings.
  const entries: Ranked[][] = [];
  const settleAt = (i: number): Ranked[] => {
    const s = scored[i] as Scored;
    findKinds(s, question.kinds, matched, weights);
    const r = settle(index, s, type, matched, boost, weights.LOCATIVE_LOOK_BACK, asked);
    const brought = next?.after(r);
    return (entries[i] = brought === undefined ? [r] : [r, brought]);
  };
  // The first FUSE_CANDIDATES entries are re-ranked together by the token search (each next sentence
  // right after its topic sentence, so both are in or out of its share alike): they are settled first.
  let i = 0;
  const first: Ranked[] = [];
  while (i < scored.length && first.length < weights.FUSE_CANDIDATES)
    for (const e of settleAt(i++)) if (next?.acrossBreak(e) !== true) first.push(e);
  tokenRerank(first.slice(0, weights.FUSE_CANDIDATES), groups, weights);
  next?.afterTokenRerank();
  // The others by their bound, highest first: what the type boost or the next sentence it may bring
  // could make of its score. Once a bound cannot beat the `keep`-th best score so far, neither can any
  // after it: those candidates are never among the best `keep`, and are left out untagged.
  const best = new BestScores(keep);
  for (const e of first) best.add(e.score);
  // Each bound is written as the score it bounds is computed, so that rounding cannot put it below.
  const brought = (score: number) => (next === undefined ? 0 : score * weights.NEXT_SENTENCE * boost);
  const boundOf = (s: Scored) => {
    // Kinds not looked for yet: the score they would give if found (computed as `findKinds` does).
    const score = s.kindsDue ? s.score * (1 + weights.KIND_BOOST) : s.score;
    return Math.max(score, score * boost, brought(score));
  };
  // Taken in the order of their exact bounds (equal bounds in retrieval order), as if every candidate's
  // kinds were known: a candidate's kinds are looked for once its bound, with them found, could come next.
  const rest = new BoundOrder(
    scored.map((s, at) => ({ at, bound: boundOf(s), exact: !s.kindsDue })).slice(i),
    (at) => {
      findKinds(scored[at] as Scored, question.kinds, matched, weights);
      return boundOf(scored[at] as Scored);
    },
  );
  for (let e = rest.next(); e !== undefined; e = rest.next()) {
    if (e.bound < best.last()) break;
    for (const r of settleAt(e.at)) best.add(r.score);
  }
  // Stable: equal scores keep retrieval order, as if every candidate had been settled. A sentence both a
  // candidate and brought in by another keeps its better entry.
  const seen = new Set<number>();
  return entries
    .flat()
    .sort((a, b) => b.score - a.score)
    .filter((r) => !seen.has(r.id) && seen.add(r.id) !== undefined);
}

/** What the type boost reads of the question beyond its type: the date it asks, whether it asks someone's home, and its words. */
interface Asked {
  when: WhenAsked;
  /** The question asks someone's home (`asksHome`): where they are from or live. */
  origin: boolean;
  /** The question's word stems, which may name the people a home place describes (`unaskedHome`). */
  words: ReadonlySet<string>;
  /**
   * The dimension a "how long / far / heavy…" question asks (`dimension-measure.ts`): only a number of
   * it is of the asked type ("the 140-metre bridge", not "the £7.8 million bridge").
   */
  dimension: DimensionAsked | undefined;
}

/** The date a when-question asks by its noun (`askedKind`): a year, a month, a weekday, or any. */
function whenAsked(question: ParsedQuestion, weights: Weights): WhenAsked {
  const kind = askedKind(question.text, question, weights).kind;
  return kind === 'year' || kind === 'month' || kind === 'weekday' ? kind : 'date';
}

/** A candidate's place in the bound order: its bound, exact once its kinds are known. */
interface Bounded {
  at: number;
  bound: number;
  exact: boolean;
}

/** Before: a higher bound, or an equal one earlier in retrieval order (what a stable sort gives). */
const before = (a: Bounded, b: Bounded) => a.bound > b.bound || (a.bound === b.bound && a.at < b.at);

/**
 * Candidates in the order of their exact bounds, each made exact (`exactBound`) only when it could come
 * next: a bound not yet exact is at least the exact one, so once the best exact bound comes before every
 * bound not yet exact (or equals it: the exact one may tie and come first), it is the next in that order.
 */
export class BoundOrder {
  /** Not yet exact, best first. */
  private readonly open: Bounded[];
  private opened = 0;
  /** Exact, best last (taken from the end). */
  private readonly ready: Bounded[] = [];

  constructor(
    entries: Bounded[],
    private readonly exactBound: (at: number) => number,
  ) {
    for (const e of entries) if (e.exact) this.ready.push(e);
    this.ready.sort((a, b) => (before(a, b) ? 1 : -1));
    this.open = entries.filter((e) => !e.exact).sort((a, b) => (before(a, b) ? -1 : 1));
  }

  next(): Bounded | undefined {
    for (;;) {
      const top = this.ready[this.ready.length - 1];
      const pending = this.open[this.opened];
      if (pending === undefined || (top !== undefined && pending.bound < top.bound)) return this.ready.pop();
      this.opened++;
      const made = { at: pending.at, bound: this.exactBound(pending.at), exact: true };
      let at = this.ready.length;
      while (at > 0 && before(this.ready[at - 1] as Bounded, made)) at--;
      this.ready.splice(at, 0, made);
    }
  }
}

/** The best `size` scores seen, for the score an entry must reach to be among them (-∞ until full). */
export class BestScores {
  private readonly scores: number[] = [];

  constructor(private readonly size: number) {}

  add(score: number): void {
    if (this.size <= 0) return;
    let at = this.scores.length;
    while (at > 0 && (this.scores[at - 1] as number) < score) at--;
    if (at >= this.size) return;
    this.scores.splice(at, 0, score);
    if (this.scores.length > this.size) this.scores.pop();
  }

  /** The lowest of the best `size` scores, or -∞ while fewer have been seen. */
  last(): number {
    const last = this.scores[this.size - 1];
    return last === undefined ? -Infinity : last;
  }
}

/** The candidate's score from its words: exact form, phrase (no tagging; kinds asked for: `findKinds`). */
function scoreWords(
  index: SearchIndex,
  c: Candidate,
  groups: readonly Group[],
  forms: readonly (readonly string[])[],
  question: ParsedQuestion,
  weights: Weights,
): Scored | undefined {
  const doc = index.docs[c.id];
  if (doc === undefined) return undefined;
  const tokens = index.tokens(c.id);
  let score = c.score;
  score *= 1 + weights.SURFACE_BOOST * surfaceShare(tokens, groups, forms);
  score *= 1 + weights.PHRASE_BOOST * phraseShare(tokens, groups, weights.PHRASE_WINDOW);
  const cue = question.type === 'reason' && givesReason(doc.sentence.text);
  const kindsDue = question.kinds.length > 0 && weights.KIND_BOOST > 0;
  return { candidate: c, tokens, score, kinds: [], boosted: cue, kindsDue };
}

/** Looks for the kinds asked for in the candidate's words (once), with their boost. */
function findKinds(
  s: Scored,
  kinds: readonly string[],
  matched: ReadonlySet<string>,
  weights: Weights,
): void {
  if (!s.kindsDue) return;
  s.kindsDue = false;
  s.kinds = kindSpans(s.tokens, kinds, matched);
  if (s.kinds.length > 0) {
    s.score *= 1 + weights.KIND_BOOST;
    s.boosted = true;
  }
}

/** The candidate with its answers (the asked type's entities, tagged now if not yet, then the kinds) and its type boost. */
function settle(
  index: SearchIndex,
  s: Scored,
  type: QuestionType,
  matched: ReadonlySet<string>,
  boost: number,
  lookBack: number,
  asked: Asked,
): Ranked {
  const answers = answerSpans(index, s.candidate.id, type, matched, s.tokens, lookBack, asked);
  answers.push(...s.kinds);
  const score = answers.length > 0 || s.boosted ? s.score * boost : s.score;
  return { ...s.candidate, score, tokens: s.tokens, answers };
}

/**
 * A sentence that names what a typed question is about but holds nothing of the asked type ("…he
 * staged New Zealand's first game.") is often followed by the one that answers it ("Nelson Town met
 * Nelson College on 14 May, 1870…"): the next sentence of the same paragraph (or of the next one after
 * a one-sentence paragraph: `continuesInto`), when it holds the asked type, becomes a candidate with a
 * share of the first one's score (boosted for its type as the others).
 */
class NextSentences {
  /** The type boost the sentence brought in earns, as every candidate of its type does. */
  private boost(): number {
    return this.type === 'location' ? this.weights.PLACE_BOOST : this.weights.TYPE_BOOST;
  }

  /** Sentences already in the running: the candidates, and each next sentence brought in. */
  private readonly known: Set<number>;
  /**
   * Each sentence scored from another's score after the token search (a where-question's passage
   * points back to it, or it opens the paragraph after a one-sentence one), and that other sentence.
   */
  private readonly pointing = new Map<Ranked, Ranked>();
  /** The sentences brought across a paragraph break (`continuesInto`), left out of the token search. */
  private readonly across = new Set<Ranked>();

  constructor(
    private readonly index: SearchIndex,
    private readonly type: QuestionType,
    private readonly matched: ReadonlySet<string>,
    private readonly weights: Weights,
    scored: readonly Scored[],
    private readonly asked: Asked,
    private readonly groups: readonly Group[],
    /** The question, whose slot (`slot.ts`: a price, a count of the noun, an age) is read if needed. */
    private readonly question: ParsedQuestion,
  ) {
    this.known = new Set(scored.map((s) => s.candidate.id));
  }

  private slotRead: AskedSlot | undefined;
  /** What the question asks, finer than its type: read only for a sentence brought across a break. */
  private slot(): AskedSlot {
    return (this.slotRead ??= askedSlot(this.question.text, this.question));
  }

  /** The next sentence `r` brings in, if any (for a where-question, the one it points back to). */
  after(r: Ranked): Ranked | undefined {
    const { index } = this;
    const next = this.type === 'location' ? pointedBackTo(index, r.id) : r.id + 1;
    if (
      next === undefined ||
      r.answers.length > 0 ||
      // A where-question's sentence pointed back to may be a candidate already, scored for its own words
      // (the better of the two is kept, see `rerank`); a next sentence is brought once.
      (this.known.has(next) && this.type !== 'location') ||
      (this.type !== 'location' && !continuesInto(index, r.id, next))
    )
      return undefined;
    const tokens = index.tokens(next);
    const answers = answerSpans(
      index,
      next,
      this.type,
      this.matched,
      tokens,
      this.weights.LOCATIVE_LOOK_BACK,
      this.asked,
    );
    if (answers.length === 0) return undefined;
    const across = this.type !== 'location' && index.paragraphOf[next] !== index.paragraphOf[r.id];
    // A who-question's lead names its people by role ("A 15-year-old boy has been charged with robbing
    // a pensioner"), and the name the next paragraph opens with may be either of them: which one is
    // `describedLead`'s reading (`referents.ts`), not the next sentence's. Only a when or how-many
    // question reads on across the break.
    if (across && this.type !== 'date' && this.type !== 'number') return undefined;
    // Across the break, an entity of the type is not enough: the sentence must fill what is asked ("how
    // much is a ticket?" is not answered by the next paragraph's "a cast of 24"), as the story goes on
    // to other things there more often than within a paragraph.
    if (
      across &&
      slotEvidence(
        this.slot(),
        { text: index.docs[next]?.sentence.text ?? '', tokens, entities: () => index.entities(next) },
        this.groups,
      )?.found === false
    )
      return undefined;
    this.known.add(next);
    const brought = {
      id: next,
      score: r.score * this.weights.NEXT_SENTENCE * (1 + this.boost()),
      coverage: r.coverage * this.weights.NEAR_COVERAGE,
      tokens,
      answers,
    };
    if (this.type === 'location') this.pointing.set(brought, r);
    else if (across) {
      this.pointing.set(brought, r);
      this.across.add(brought);
    }
    return brought;
  }

  /**
   * Was `r` brought in across a paragraph break? The token search rewards the question's words as
   * written, which the sentence after the break lacks by nature: it takes no seat among the five the
   * token search re-ranks together (where it would push out a sentence that holds them), and keeps its
   * share of the sentence before it after the token search (`afterTokenRerank`).
   */
  acrossBreak(r: Ranked): boolean {
    return this.across.has(r);
  }

  /**
   * The token search rewards a passage for the question's words as written, which the sentence it
   * points back to lacks by nature ("the talks" are named only in the later one): that sentence keeps
   * its share of the passage's score after the token search, not before it.
   */
  afterTokenRerank(): void {
    for (const [brought, from] of this.pointing)
      brought.score = Math.max(brought.score, from.score * this.weights.NEXT_SENTENCE * (1 + this.boost()));
  }
}

/**
 * Does the story go on from sentence `id` into `next` (the one after it) as one passage of thought? In
 * the same paragraph it does; across a paragraph break too when `id` is a paragraph alone: news prints
 * one sentence to a paragraph, so its break is typography, not a new topic ("A gold brooch has been
 * stolen from a museum during an overnight break-in." / "Thieves smashed a window at about 02:40…").
 * A paragraph of several sentences (an encyclopedia's, most of SQuAD's) ends a topic, and is not crossed.
 */
function continuesInto(index: SearchIndex, id: number, next: number): boolean {
  const paragraph = index.paragraphOf[id];
  if (index.paragraphOf[next] === paragraph) return true;
  // Within the story's own text, not from its headline (which the lead restates, already a candidate
  // by the same words) nor into a caption or a comment under it.
  if (index.articleOf[next] !== index.articleOf[id]) return false;
  if (index.docs[id]?.sentence.role !== 'body' || index.docs[next]?.sentence.role !== 'body') return false;
  return id === 0 || index.paragraphOf[id - 1] !== paragraph;
}

/**
 * The sentence before `id` in its article when `id` opens by pointing back to something that sentence
 * names ("…have signed the protocol … that convened in St.Petersburg." ← "The protocol summarizes
 * agreements reached during the talks…"): where the talks took place is said where the protocol was
 * signed. Only a determiner and a noun the sentence before repeats count: a story names places all
 * the time, and the next sentence's place is rarely where the topic's event happened (measured on SQuAD).
 */
function pointedBackTo(index: SearchIndex, id: number): number | undefined {
  const before = id - 1;
  const doc = index.docs[id];
  if (before < 0 || doc === undefined || index.articleOf[before] !== index.articleOf[id]) return undefined;
  const noun = openingNoun(doc.sentence.text);
  if (noun === undefined) return undefined;
  const repeated = stem(noun);
  return index.tokens(before).some((t) => t.stem === repeated) ? before : undefined;
}

/**
 * Fuse.js token search (per-word Bitap with IDF weights) over the candidates only: it rewards
 * near-matches the stemmer misses ("convened"/"convention") and words in the question's order.
 */
function tokenRerank(
  top: Ranked[],
  groups: readonly Group[],
  weights: Pick<Weights, 'FUSE_RERANK' | 'FUSE_THRESHOLD'>,
): void {
  if (top.length < 2) return;
  // Content words only: token search costs one Bitap match per sentence word and question word, and
  // stopwords only diluted its scores (measured on SQuAD: top-1 0.804 → 0.805, median per question
  // 1.80 → 1.46 ms).
  const texts = top.map((c) =>
    c.tokens
      .filter((t) => !t.stop)
      .map((t) => t.word)
      .join(' '),
  );
  const fuse = new Fuse(texts, {
    useTokenSearch: true,
    includeScore: true,
    ignoreLocation: true,
    threshold: weights.FUSE_THRESHOLD,
  });
  const query = groups.map((g) => g.word).join(' ');
  for (const r of fuse.search(query)) {
    const c = top[r.refIndex];
    if (c !== undefined) c.score *= 1 + weights.FUSE_RERANK * (1 - (r.score ?? 1));
  }
}

/** Entities of the wanted types that are not the question's own words: the likely answer. */
function answerSpans(
  index: SearchIndex,
  id: number,
  type: QuestionType,
  matched: ReadonlySet<string>,
  tokens: readonly Token[],
  lookBack: number,
  { when, origin, words, dimension }: Asked,
): Highlight[] {
  const wanted: readonly string[] = ANSWER_ENTITIES[type];
  if (wanted.length === 0) return [];
  const doc = index.docs[id];
  if (doc === undefined) return [];
  const entities = index.entities(id);
  // A place the tagger missed ("born in Tralee") answers "where" as one it found.
  const places = origin ? untaggedPlaces(doc.sentence.text, entities) : [];
  // Whether the sentence names the measured thing ("the mill" of "how long is the mill?"): the
  // sentence's, read once, before any number's unit.
  const named = dimension === undefined || namesMeasured(dimension, tokens);
  return (
    [
      ...entities.filter((e) => wanted.includes(e.type) || (dimension !== undefined && e.type === 'date')),
      ...places,
    ]
      // A bare unit of time ("in the following days", "a pause year") says no when, and a month no
      // year for "what year…" (`givesWhen`).
      .filter((e) => e.type !== 'date' || givesWhen(when, doc.sentence.text, e.start, e.end))
      // A place answers "where" when something happens in or at it, not when it is an actor ("Russia said").
      .filter((e) => type !== 'location' || placeAfterPreposition(doc.sentence.text, e.start, lookBack))
      // …and not where someone comes from ("a family from Winchester"), unless that is what is asked or
      // the question is about them ("where did the refugees flee?" of "Refugees from Syria").
      .filter((e) => type !== 'location' || origin || !unaskedHome(doc.sentence.text, e.start, words))
      // …and a number answers "how long / far / heavy" only in a unit of that dimension, as no total's rate.
      .filter(
        (e) =>
          dimension === undefined ||
          (e.type === 'number'
            ? named && givesDimension(dimension, doc.sentence.text, e.start, e.end)
            : e.type !== 'date' || startsLengthOfTime(dimension, doc.sentence.text, e.start)),
      )
      .filter((e) => !tokens.some((t) => t.start >= e.start && t.end <= e.end && matched.has(t.stem)))
      .map((e) => ({ start: e.start, end: e.end, kind: 'answer' as const }))
  );
}

/**
 * The forms of a question word that count as written exactly as asked: the word itself, and for a plural
 * that WordNet also lists as a noun of its own ("works": a factory; "arms", "papers", "grounds") the
 * singular it is the plural of ("work"). Such a plural says nothing of which sense the reader meant: "how
 * long will the works take?" asks of the work, not of "the sewage works", and the plural's own form in a
 * sentence is no better sign of the sense asked than its singular.
 */
export function surfaceForms(word: string): string[] {
  if (!isLemma('noun', word)) return [word];
  // Only a base the plural adds "-s" or "-es" to, of three letters at least: "gas" is no plural of "ga".
  const plural = (b: string) => b.length >= 3 && (word === `${b}s` || word === `${b}es`);
  return [word, ...listedBases('noun', word).filter(plural)];
}

/** Share of the question's words, weighted by rarity, that the sentence uses in exactly the same form (`surfaceForms`). */
function surfaceShare(
  tokens: readonly Token[],
  groups: readonly Group[],
  forms: readonly (readonly string[])[],
): number {
  const words = new Set(tokens.map((t) => t.word));
  let same = 0;
  let total = 0;
  groups.forEach((g, i) => {
    total += g.idf;
    if ((forms[i] ?? [g.word]).some((w) => words.has(w))) same += g.idf;
  });
  return total > 0 ? same / total : 0;
}

/** Words of the sentence (not the question's own) that name something of a kind asked for. */
function kindSpans(
  tokens: readonly Token[],
  kinds: readonly string[],
  matched: ReadonlySet<string>,
): Highlight[] {
  return tokens
    .filter((t) => t.word.length > 2 && !hasNumber(t.word) && !t.stop && !matched.has(t.stem))
    .filter((t) => kinds.some((k) => isKindOf(t.word, k)))
    .map((t) => ({ start: t.start, end: t.end, kind: 'answer' as const }));
}

/** Share of adjacent question-word pairs found close together, in order, in the sentence ("oil crisis"). */
function phraseShare(tokens: readonly { stem: string }[], groups: readonly Group[], window: number): number {
  if (groups.length < 2) return 0;
  const positions = groups.map((g) => {
    const stems = new Set(g.terms.map((t) => t.stem));
    const at: number[] = [];
    tokens.forEach((t, i) => {
      if (stems.has(t.stem)) at.push(i);
    });
    return at;
  });
  let pairs = 0;
  for (let g = 0; g + 1 < positions.length; g++) {
    const a = positions[g] as number[];
    const b = positions[g + 1] as number[];
    if (a.some((i) => b.some((j) => j > i && j - i <= window))) pairs++;
  }
  return pairs / (groups.length - 1);
}
