/**
 * "How did they get home?" of "they got home by taxi", "how did he know it was his?" of "he knew it by a
 * dent in its bonnet": a how-question asking the means or manner of what happened is answered where the
 * passage says it, in the phrase after "by", "using", "via", "through" or "with" of the asked verb, or a
 * manner adverb next to it ("quickly"). Any other noun of the passage ("operator", who ran the boat) is
 * no means; with no such phrase the passage answers alone. Pure, apart from WordNet look-ups.
 */
import { isPersonHead, mayBePeopleHead } from './answer-kind.js';
import type { Entity } from './entities.js';
import type { Span } from './span-input.js';
import { DETERMINERS, tokenize, type Token } from './text.js';
import { anyOf, BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_AUXILIARIES } from './auxiliaries.js';
import { formOf } from './verb-subject.js';
import { verbLemmaOf } from './lemma.js';
import { findIndexLine, isAdverb, isNoun, NOUN_FILE, nounClasses } from './wordnet.js';

/** The passage as the means reading needs it. */
interface MeansPassage {
  text: string;
  tokens: readonly Token[];
  tags: readonly Entity[];
}

/**
 * Words opening a means: "by means of" and "by way of" before "by", so the phrase is what follows them.
 * "With" only after the asked verb itself: alone it is as often company ("lives with her mother").
 */
const STRONG = /^(?:by\s+means\s+of|by\s+way\s+of|by|using|via|through)\s+/iu;
const WITH = /^with\s+/iu;
/**
 * After "by", a measure ("rose by 5%", "by 2010") or a degree ("by far") says no means. A time ("by the
 * end of May", "by then") is judged by the phrase's head (`whereOrWhen`).
 */
const NO_MEANS = /^(?:\d|far\b)/iu;
/**
 * Where a means phrase stops: a clause boundary, or a word opening another clause or a time of its own
 * ("by water taxi late in the evening"); "late" after an article or a possessive is an adjective of the
 * phrase ("with a late winner").
 */
const PHRASE_END = new RegExp(
  String.raw`[,;:.!?()\u2014"“”]|\s[\u2013-]\s|\s(?:to|which|who|that|where|when|while|because|after|before|since|until|as\s+well\s+as|and\s+then|and\s+therefore|so\s+that|in\s+order|yesterday)\s|(?<!\b${anyOf([...DETERMINERS])})\s(?:late|early|last|next)\s`,
  'iu',
);
/** Words after which a phrase's head is over: a preposition ("a header from Owain Jenkins"). */
const AFTER_HEAD =
  /^(?:of|from|in|near|on|at|with|for|by|under|over|into|onto|across|along|behind|beside|around|through|via|as|than|like)$/iu;
/** Words of a phrase at most: a longer run is a clause, not a means. */
const MAX_WORDS = 10;
/** Tokens between the asked verb and its means phrase or adverb at most ("got home safely by taxi"). */
const VERB_REACH = 6;
/**
 * Adverbs in "-ly" that say when, how often, how much or how sure, not how: "finally", "only",
 * "reportedly".
 */
const NOT_MANNER =
  /^(?:only|early|nearly|really|largely|mainly|mostly|likely|recently|finally|eventually|initially|originally|previously|currently|formerly|lately|fully|highly|simply|actually|reportedly|allegedly|apparently|certainly|probably|possibly|clearly|daily|weekly|monthly|yearly|fairly|widely|partly|roughly|immediately|subsequently|usually|normally|generally|typically|already|officially|publicly|especially|particularly|merely|briefly)$/u;

/** Words after which a word WordNet lists as a verb too is a noun: "the rocks", "on earth". */
const BEFORE_NOUN: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...['of', 'on', 'in', 'to', 'from', 'at', 'with', 'for', 'about', 'by'],
]);

/** Auxiliaries, which are no asked verb ("was" of "how was the fire put out?"). */
const AUXILIARY: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  ...HAVE_FORMS,
  ...DO_FORMS,
  ...MODAL_AUXILIARIES,
]);

/**
 * A how-question's verbs: its words WordNet lists as verbs ("get" of "how did they get home?", "know",
 * which the index leaves out as a stopword; "compare" of "how did the rocks on the moon compare…"), not
 * an auxiliary nor one after an article or a preposition ("rocks", "moon").
 */
function questionVerbs(question: string): Token[] {
  const words = tokenize(question);
  return words.filter(
    (t, i) =>
      !AUXILIARY.has(t.word) &&
      !BEFORE_NOUN.has(words[i - 1]?.word ?? '') &&
      verbLemmaOf(t.word) !== undefined,
  );
}

/**
 * The means a passage gives for what the question asks, or undefined: the phrase after a means word
 * that follows a form of the asked verb within a few words; else a phrase after "by means of", "using",
 * "via", "through" or "by" anywhere in the passage (the asked verb said in other words: "scarcity was
 * addressed by rationing" for "how was scarcity managed?"); else an adverb in "-ly" next to the verb.
 */
export function meansOf(question: string, passage: MeansPassage): Span | undefined {
  const { tokens } = passage;
  const at = askedVerbAt(question, passage);
  const verbal = meansOfVerb(question, passage, at);
  if (verbal !== undefined) return verbal;
  // Only with the asked verb said in other words: "filmed the scene using her phone, said the ferry
  // stopped…" has the verb, and "using" belongs to another one.
  for (let i = 0; at.length === 0 && i < tokens.length; i++) {
    const found = phraseAt(passage, i, false);
    // Away from the asked verb a bare "by" or "through" is as often an agent or a route ("marked by a
    // semi-arid climate", "measured by radiometric dating"): only a means word of its own, or "by" and
    // an action ("by rationing").
    if (found !== undefined && (!/^(?:by|through)$/u.test((tokens[i] as Token).word) || doing(found.text)))
      return found;
  }
  for (const v of at) {
    const verb = tokens[v] as Token;
    // Right after the verb with nothing between: one set off by commas comments on the whole clause, and
    // one before a participle says how much ("was seriously injured", "has deeply affected").
    const next = [tokens[v + 1]].find(
      (t) =>
        t !== undefined &&
        /^\s*$/u.test(passage.text.slice(Math.min(t.end, verb.end), Math.max(t.start, verb.start))) &&
        mannerAdverb(t.word),
    );
    if (next !== undefined)
      return { text: passage.text.slice(next.start, next.end), start: next.start, end: next.end };
  }
  return undefined;
}

/** Where the passage says a form of one of the question's verbs (its first only, when `first`). */
function askedVerbAt(question: string, passage: MeansPassage, first = false): number[] {
  const asked = questionVerbs(question);
  const verbs = (first ? asked.slice(0, 1) : asked).map((v) => formOf(v, true));
  // "Brown, understandably, feels…": a name in the passage is no verb of the question ("how does brown
  // feel").
  return passage.tokens.flatMap((t, i) =>
    !/^\p{Lu}/u.test(passage.text.slice(t.start)) && verbs.some((same) => same(t)) ? [i] : [],
  );
}

/**
 * The means phrase a passage gives right after a form of the question's verb ("counted them by
 * torchlight" for "how did they count them?"), or undefined: the first of `meansOf`'s readings, the one
 * tied to the asked act itself. Called alone, of the question's first verb only, its act: "how can
 * someone be recognized as local church lay servant?" asks how one is recognized, and "lay servants,
 * who serve in and through…" says no means of it.
 */
export function meansOfVerb(
  question: string,
  passage: MeansPassage,
  at: readonly number[] = askedVerbAt(question, passage, true),
): Span | undefined {
  const { tokens } = passage;
  // "How did she get through the ordeal?": "through" is the asked predicate's own, its means comes after.
  const own = ownWords(question, questionVerbs(question)[0]);
  for (const v of at) {
    for (let i = v + 1; i <= v + VERB_REACH && i < tokens.length; i++) {
      const found = own.has((tokens[i] as Token).word) ? undefined : phraseAt(passage, i, true);
      if (found !== undefined) return found;
      if (/[.;:!?]/u.test(passage.text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start)))
        break;
    }
  }
  return undefined;
}

/** The question's words after its first verb `first` ("through" of "how did she get through the ordeal?"). */
function ownWords(question: string, first: Token | undefined): Set<string> {
  const words = tokenize(question);
  const from = first === undefined ? words.length : words.findIndex((t) => t.start === first.start);
  return new Set(words.slice(from + 1).map((t) => t.word));
}

/** How many words a phrase has. */
function wordsOf(phrase: string): number {
  return phrase.split(/\s+/u).filter((w) => w.length > 0).length;
}

/** Does the phrase open with an action in "-ing" ("rationing", "checking the serial number")? */
function doing(phrase: string): boolean {
  return /^\p{L}+ing\b/u.test(phrase) && !/^(?:the|a|an)\b/iu.test(phrase);
}

/** An adverb of manner in "-ly" ("quickly", "safely"), as WordNet lists it. */
function mannerAdverb(word: string): boolean {
  return /ly$/u.test(word) && !NOT_MANNER.test(word) && findIndexLine('adv', word) !== undefined;
}

/**
 * The means phrase opened by the token at `i`, or undefined: what follows a means word (or "with", when
 * `withToo`) up to the phrase's end, when it is no time, measure, person or name (the agent of a
 * passive: "taken home by the boat operator", "designed by Enric Miralles").
 */
function phraseAt(passage: MeansPassage, i: number, withToo: boolean): Span | undefined {
  const { text, tokens } = passage;
  const t = tokens[i] as Token;
  const rest = text.slice(t.start);
  const opening = STRONG.exec(rest) ?? (withToo ? WITH.exec(rest) : null);
  if (opening === null) return undefined;
  const start = t.start + opening[0].length;
  const after = text.slice(start);
  if (NO_MEANS.test(after)) return undefined;
  const stop = PHRASE_END.exec(after)?.index ?? after.length;
  // "By coach on Friday": a date the tagger finds ends the means, with the preposition before it.
  const dated = passage.tags.find((g) => g.type === 'date' && g.start > start && g.start < start + stop);
  const cut = dated === undefined ? stop : dated.start - start;
  const whole = after
    .slice(0, cut)
    .replace(/\s+(?:on|in|at|during|by)\s*$/iu, '')
    .trimEnd();
  // "By a dent in its bonnet and a patch of blue paint on the cab": too long a list, its first item.
  const listed = wordsOf(whole) > MAX_WORDS ? (whole.split(/\s+(?:and|or)\s+/u)[0] ?? whole) : whole;
  // "By mobile phone shortly before 21:00", "by the lake soon after dark": an adverb last says when,
  // not how (not a word that may be a noun: "by phone home" keeps "home").
  const last = /\s+(\p{L}+)$/u.exec(listed);
  const raw =
    last !== null && isAdverb(last[1] as string) && !isNoun(last[1] as string)
      ? listed.slice(0, last.index)
      : listed;
  const words = wordsOf(raw);
  if (words === 0 || words > MAX_WORDS) return undefined;
  const end = start + raw.length;
  if (whereOrWhen(passage, start, raw)) return undefined;
  return { text: raw, start, end };
}

/**
 * Does the phrase at `start` name who, where or when rather than how, by its head (its last noun before
 * a preposition or a participle: "river" of "the river near Cwm Llwch", "header" of "a header from Owain
 * Jenkins", "drone" of "a drone fitted with…")? A name ("by Enric Miralles", "through London"), a person
 * ("by the boat operator", "with his two young sons"), a place ("by the river", "through the town") or a
 * time ("by the summer", "by the end of May") is no means; whatever follows the head may be.
 */
function whereOrWhen(passage: MeansPassage, start: number, raw: string): boolean {
  // "By rationing", "posing as bank staff": an action is the means, whoever it is done to.
  if (doing(raw)) return false;
  const words = [...raw.matchAll(/[\p{L}\d'’-]+/gu)];
  const upTo = words.findIndex((w, k) => k > 0 && AFTER_HEAD.test(w[0]));
  const before = upTo < 0 ? words : words.slice(0, upTo);
  // A participle after the head ("a drone fitted", "water pumped") says what it did.
  const trimmed =
    before.length > 1 && /(?:ed|ing)$/u.test(before.at(-1)?.[0] ?? '') ? before.slice(0, -1) : before;
  const head = trimmed.at(-1);
  if (head === undefined) return true;
  const at = start + (head.index ?? 0);
  const word = head[0];
  // A name: written with a capital, or one the tagger finds over the head (a date too: "by 5 May").
  const tagged = passage.tags.some(
    (g) => g.start <= at && g.end > at && g.type !== 'number' && g.type !== 'phrase',
  );
  if (tagged || /^\p{Lu}/u.test(word) || /^\p{Lu}/u.test(raw)) return true;
  const lower = word.toLowerCase();
  // "By the weekend" cut at its date: an article left alone names nothing.
  if (DETERMINERS.has(lower)) return true;
  // "By police": a body of people did it, as a person would.
  // "With his two young sons": a noun whose commonest sense is a person ("son", which WordNet also
  // lists as the Son of God, no kind of person).
  const commonest = nounClasses(lower, 1);
  if (
    isPersonHead(lower) ||
    commonest.has(NOUN_FILE.person) ||
    (commonest.has(NOUN_FILE.group) && mayBePeopleHead(lower))
  )
    return true;
  if (nounClasses(lower).has(NOUN_FILE.time)) return true;
  // "By sea", "by post": with no article English names the means of travel or sending.
  const bare = !DETERMINERS.has((words[0]?.[0] ?? '').toLowerCase());
  return !bare && (commonest.has(NOUN_FILE.location) || commonest.has(NOUN_FILE.object));
}
