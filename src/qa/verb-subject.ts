/**
 * "Who won the cup final?", "who noticed the double payments?": a who-question whose wh-word is the
 * subject of its verb asks for whoever does it, and the passage says who in the name before the same
 * verb ("Wakefield Trinity won the Challenge Cup … as Jamie Dixon's try …": Wakefield Trinity, not the
 * other name of the sentence; "a new auditor, Sunita Patel, 41, noticed that payments … in Bradford …":
 * Sunita Patel, past her apposition). Pure, apart from WordNet's verb list and the lemmatiser.
 */
import { doerVerbs, isContestVerb, sameSenseVerbs } from './doer-verbs.js';
import { eventObjectsFor } from './event-noun.js';
import { irregularKin } from './irregular.js';
import { lemmaOf, verbLemmaOf } from './lemma.js';
import { BE, HAVE_FORMS, MODAL_AUXILIARIES } from './auxiliaries.js';
import { DETERMINERS, tailBefore, tokenize, type Token } from './text.js';
import { isReportingVerb } from './reporting-verb.js';
import { isParticiple } from './verb-object.js';
import { couldBeAsked, type PronounSex } from './pronoun-sex.js';
import { detachedLemma, isLemma, isNoun } from './wordnet.js';
import { RECENT_TEXTS, rememberedReading } from './text-memo.js';
import { Recent } from './recent.js';

/** Auxiliaries before a question's verb: "who has won", "who will lead", "who was elected". */
const AUXILIARY: ReadonlySet<string> = new Set([...HAVE_FORMS, ...MODAL_AUXILIARIES]);
/** The forms of "get", which makes a passive with a participle ("got rescued"). */
const GET: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
/** "Who did they beat?": "do" makes the wh-word the verb's object, which `verb-object.ts` reads. */
const DO = /^(?:do|does|did)$/;
/** Adverbs and the like between a subject and its verb ("also won", "had only recently noticed"). */
const ADVERB =
  /^(?:also|only|then|later|finally|never|just|already|eventually|first|now|still|both|all|themselves|himself|herself|itself)$|ly$/;
/** Words between a subject and its verb in the passage ("have also won"): auxiliaries and adverbs. */
const between = (word: string) => AUXILIARY.has(word) || ADVERB.test(word);

/**
 * The verb a who-question asks the subject of ("won" of "who won the cup final?", "elected" of "who was
 * elected?"): the word after "who" and any auxiliaries, when WordNet lists it as a verb (in a form of
 * its own or by its dictionary form); undefined for "who is the minister?", "who did they beat?" or a
 * question that does not open with "who".
 */
export function subjectVerb(question: string): AskedVerb | undefined {
  return subjectVerbs(question);
}

/**
 * The question's readings here, each made once while the question is recent (`text-memo.ts`): the
 * short answer and the ranking ask them again for each passage and candidate they weigh (a
 * who-question's verb and object were read about twenty times a question on the seed). Pure functions
 * of the text (WordNet and the lemmatiser never change), shared: callers only read them.
 */
const subjectVerbs = rememberedReading(readSubjectVerb);
const whichSubjectVerbs = rememberedReading(readWhichSubjectVerb);
const questionTokens: (question: string) => readonly Token[] = rememberedReading(tokenize);

function readSubjectVerb(question: string): AskedVerb | undefined {
  const tokens = questionTokens(question);
  if (tokens[0]?.word !== 'who') return undefined;
  let i = 1;
  const modal = MODAL_AUXILIARIES.includes(tokens[i]?.word ?? '');
  while (AUXILIARY.has(tokens[i]?.word ?? '')) i++;
  // "Who was elected?", "who's tipped…", "who has been appointed?", "who is helping?": a participle
  // after "be" ("'s" is no token of its own).
  let be = BE.has(tokens[i]?.word ?? '') || /^\s*who['’]s\s/iu.test(question);
  while (BE.has(tokens[i]?.word ?? '')) i++;
  // "Who got rescued?", "who got caught?": "get" before a verb's participle (of another form than its
  // base: not "ten", "women", nor "hurt") is a passive's, as "be" is.
  const got = GET.has(tokens[i]?.word ?? '') && isParticiple(tokens[i + 1]?.word ?? '');
  if (got) {
    be = true;
    i++;
  }
  const verb = tokens[i];
  if (verb === undefined || DO.test(verb.word)) return undefined;
  if (be && !got && !/(?:ed|en|ing)$/.test(verb.word)) return undefined;
  // "Who else…", "who first…": not a verb.
  if (!isVerb(verb.word)) return undefined;
  return { verb, passive: be && !/ing$/.test(verb.word), modal };
}

/** Words of an "of" phrase between a which-question's noun and its verb ("what group of civil disobedients brought…"). */
const OF_REACH = 3;

/**
 * "Which group seeks to reconceive…?", "what group of civil disobedients brought medicine…?", "what
 * group has approved…?": a which- or what-question whose noun (and its "of" phrase) is the subject of the
 * verb after it asks for whoever does it, as "who" does. The noun and the verb: a finite form ("seeks",
 * "brought") or one after "has", "will"…; undefined for "which party is…", "which company did … work
 * for?" (the object) or a noun with no verb after it.
 */
export function whichSubjectVerb(question: string): { noun: string; asked: AskedVerb } | undefined {
  return whichSubjectVerbs(question);
}

function readWhichSubjectVerb(question: string): { noun: string; asked: AskedVerb } | undefined {
  const tokens = questionTokens(question);
  if (tokens[0]?.word !== 'which' && tokens[0]?.word !== 'what') return undefined;
  const noun = tokens[1];
  if (noun === undefined || !isNoun(noun.word)) return undefined;
  let i = 2;
  if (tokens[i]?.word === 'of') {
    const end = i + 1 + OF_REACH;
    i++;
    // "What group of volunteers brought…": the phrase's nouns ("volunteers") are no verb.
    const verbOnly = (t: Token) => finite(t) && !isNoun(t.word);
    while (i < end && tokens[i] !== undefined && !verbOnly(tokens[i] as Token)) i++;
  }
  const auxiliary = AUXILIARY.has(tokens[i]?.word ?? '');
  const modal = MODAL_AUXILIARIES.includes(tokens[i]?.word ?? '');
  if (auxiliary) i++;
  const verb = tokens[i];
  if (verb === undefined || BE.has(verb.word) || DO.test(verb.word)) return undefined;
  if (!(auxiliary ? isVerb(verb.word) : finite(verb))) return undefined;
  return { noun: noun.word, asked: { verb, passive: false, modal } };
}

/** A verb's finite form of its own: "seeks", "brought", "founded" (not "seek", "seeking", "people"). */
function finite(t: Token): boolean {
  return (
    isParticiple(t.word) &&
    !/ing$/.test(t.word) &&
    !AUXILIARY.has(t.word) &&
    !BE.has(t.word) &&
    !DO.test(t.word)
  );
}

/** The verb a who-question asks the subject of, and whether the question puts it in the passive. */
export interface AskedVerb {
  verb: Token;
  /** "Who was elected?": the passage's "X was elected" says who, not "voters elected X". */
  passive: boolean;
  /**
   * "Who will win?", "who could lead…": the question asks what may happen. One without a modal asks what
   * did, and "Kelby should have won" says Kelby did not.
   */
  modal: boolean;
}

/**
 * A verb, in its base form or another: "led", whose "-ed" the lemmatiser takes for a regular ending, is
 * an irregular form of "lead" (`irregularKin`).
 */
function isVerb(word: string): boolean {
  return (
    isLemma('verb', word) ||
    isParticiple(word) ||
    iedPast(word) ||
    irregularKin(word).some((k) => isLemma('verb', k))
  );
}

/**
 * "Worried", "married": the regular past of a verb ending in "-y", which WordNet's detachment rules do
 * not undo but its verb exceptions list. Only that form (the lemma is the word less "ied" plus "y"):
 * every other form the exceptions list ("is" → "be") stays what the rules above say.
 */
function iedPast(word: string): boolean {
  return /ied$/.test(word) && verbLemmaOf(word) === `${word.slice(0, -3)}y`;
}

/**
 * The test for a form of the question's verb ("won" of "win", "noticed" of "notice"), or of a verb whose
 * doer does it too ("beat" of "win": `doerVerbs`).
 */
export function formOf(verb: Token, sameSense = false): (t: Token) => boolean {
  const lemma = (w: string) => lemmaOf(w) ?? w;
  const base = lemma(verb.word);
  // With `sameSense`, a verb of the same sense too ("discovered" of "found": `sameSenseVerbs`).
  const doers = new Set([...doerVerbs(base), ...(sameSense ? sameSenseVerbs(base) : [])]);
  // "Defeating", which the lemmatiser may leave as it is, by WordNet's detachment rules too.
  const way = (w: string) => doers.has(lemma(w)) || doers.has(detachedLemma('verb', w) ?? w);
  // "Has broken", "is frozen": a strong verb's participle (in "-n") that the lemmatiser reads as an
  // adjective ("broken" → none) is the verb's by WordNet's own forms of verbs ("broken" → "break").
  const participle = (w: string) => /n$/.test(w) && lemmaOf(w) === undefined && verbLemmaOf(w) === base;
  return (t) =>
    t.stem === verb.stem || lemma(t.word) === base || participle(t.word) || (doers.size > 0 && way(t.word));
}

/**
 * The candidates, with the words before the question's verb (or a way of doing it) of each that runs
 * over it: "Harlow Town beat Ashby United 3-2", one phrase to the tagger, which read "beat" as a noun,
 * is a subject, its verb and its object, and "Harlow Town" is what the subject reads. A noun phrase
 * holds no verb of its clause, so the words before it are a phrase of their own.
 */
export function cutAtVerb<T extends { span: { text: string; start: number; end: number } }>(
  candidates: readonly T[],
  asked: AskedVerb,
  passage: { text: string; tokens: readonly Token[] },
): T[] {
  const form = formOf(asked.verb);
  // The candidates overlap (a name, the phrase holding it, the two joined): each token is read once,
  // its lemmas and the verb's ways looked up for the first candidate holding it.
  const read = new Map<Token, boolean>();
  const sameVerb = (t: Token) => {
    let same = read.get(t);
    if (same === undefined) read.set(t, (same = form(t)));
    return same;
  };
  const out = [...candidates];
  for (const c of candidates) {
    const inside = passage.tokens.filter((t) => t.start > c.span.start && t.end <= c.span.end);
    const verb = inside.find((t, i) => i > 0 && !t.stop && !/ing$/.test(t.word) && sameVerb(t));
    if (verb === undefined) continue;
    const text = passage.text.slice(c.span.start, verb.start).trimEnd();
    out.push({ ...c, span: { text, start: c.span.start, end: c.span.start + text.length } });
  }
  return out;
}

/**
 * An apposition or a relative clause between a subject and its verb, each set off by commas or
 * brackets (", 41,", ", who only made his debut in March,", " (PGB)"): what a subject may be followed
 * by before its verb.
 */
const APPOSITIONS = /^(?:(?:\s*,[^,.;:!?"“”()]{1,80})+\s*,|\s*\([^()]{1,60}\))?\s*$/u;

/**
 * A short phrase of a preposition that post-modifies a noun, between a subject and its verb ("a
 * 17-year-old swimmer from Falkirk has broken", "an analyst at Goodbody said"): a preposition that
 * says where or whose (not "by", "for", "with", which as often open an adjunct of the verb), then a
 * name of at most four words written with capitals or figures, after an article or a possessive (no
 * word of another clause).
 */
const POST_MODIFIER =
  /^\s+(?:from|of|at|in)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Lu}\d][\p{L}\d'’.-]*\s+){1,4}$/u;

/** Before a relative "who": a comma, after any appositions set off by commas (", a surgeon at …,"). */
const RELATIVE = /^(?:\s*,[^,.;:!?"“”()]{1,80})*\s*,\s*$/u;

/**
 * A word before a name that makes it an object, not a subject: a preposition or a verb's participle
 * ("of Harrogate, North Yorkshire,", "after beating Wigan,").
 */
const GOVERNED =
  /\b(?:of|in|at|from|to|by|with|for|on|against|over|into|near|than|\p{L}+ing|\p{L}+ed)\s+(?:the\s+)?$/iu;

/**
 * Of the candidates, those that are the subject of the question's verb in the passage: ending right
 * before a form of that verb, or before appositions set off by commas that end there, with only
 * auxiliaries and adverbs between ("have also won"); the longest reach first (the name before the
 * appositions, "Graham Whitlock, 58, of Harrogate, …, admitted"), then the longest (a pair joined by
 * "and"). Not a name after a preposition or a participle, which is an object ("of Harrogate"), nor a
 * passive's subject in the passage ("the cup was won by…": what was won). A verb whose object is the
 * asked contest verb's noun ("sealed a 24-20 win over Denford") is that verb. Empty when none is.
 * With `modified`, a subject may also be followed by a short phrase saying where it is from
 * (`POST_MODIFIER`): for a phrase naming a kind of person ("a swimmer from Falkirk has broken…"), not
 * for a name, which would take "Director" of "Director of the Russian Federal Service …".
 */
export function subjectsOfVerb<T extends { span: { start: number; end: number } }>(
  candidates: readonly T[],
  asked: AskedVerb,
  passage: { text: string; tokens: readonly Token[] },
  modified = false,
): T[] {
  const { tokens, text } = passage;
  const found: { c: T; reach: number }[] = [];
  const sameVerb = formOf(asked.verb);
  // A name after a preposition or a participle is an object wherever the verb is. The two words before
  // it hold the pattern's whole match ("of the").
  const free = candidates.filter((c) => !GOVERNED.test(tailBefore(text, c.span.start, 2)));
  // A subject ends before its verb: a word before every free candidate's end is none of their verbs, so
  // it is not lemmatised (a first look-up of a word tags it, about a fifth of a millisecond).
  const firstEnd = Math.min(...free.map((c) => c.span.end));
  // "Brackley Harriers sealed a 24-20 win over Denford": a verb whose object is the asked contest verb's
  // event noun is said by its subject as the asked verb is (`event-noun.ts`).
  // "Two goals from Kyle Dent gave Harford a 2-1 win": a name before the event's noun did the asked verb
  // (an indirect object or a possessor, which may follow a participle: "handed Harford a win").
  const events =
    candidates.length === 0
      ? undefined
      : eventObjectsFor(lemmaOf(asked.verb.word) ?? asked.verb.word, passage);
  for (const doer of events?.doers ?? []) {
    if (asked.passive || unreal(tokens, doer.verb, asked)) continue;
    for (const c of candidates)
      if (c.span.start >= doer.start && c.span.end <= doer.end) found.push({ c, reach: 0 });
  }
  const eventVerbs = free.length === 0 ? new Set<number>() : (events?.verbs ?? new Set<number>());
  tokens.forEach((t, v) => {
    if (t.start < firstEnd || !(sameVerb(t) || eventVerbs.has(v))) return;
    if (unreal(tokens, v, asked)) return;
    // "Priya Raman was elected mayor …, defeating Dale Whitcomb": a participle set off by a comma after a
    // clause says what that clause's subject did, the name right before the clause's own verb.
    const before = tokens[v - 1];
    if (/ing$/.test(t.word) && before !== undefined && text.slice(before.end, t.start).includes(',')) {
      if (asked.passive) return;
      const main = free.find((c) => c.span.end < before.end && opensClause(c.span.end, passage));
      if (main !== undefined) found.push({ c: main, reach: t.start - main.span.end });
      return;
    }
    let i = v - 1;
    while (i >= 0 && between((tokens[i] as Token).word)) i--;
    // "The cup was won by Wakefield": the passive's subject is not who did it, nor "the critics tipped X"
    // who was tipped; the voice of the passage's verb is the question's.
    // "The farmer's son got burned": "get" before the participle makes a passive, as "be" does.
    const voice = (word: string) => BE.has(word) || (GET.has(word) && isParticiple(t.word));
    const passive = i >= 0 && voice((tokens[i] as Token).word);
    if (passive !== asked.passive) return;
    while (i >= 0 && (voice((tokens[i] as Token).word) || between((tokens[i] as Token).word))) i--;
    // "…said Alan Greaves, a surgeon at Queen Elizabeth Hospital, who led the study": the relative "who"
    // is the verb's subject, and stands for the person its clause hangs on, before the comma and any
    // appositions (not the hospital the last apposition ends on).
    const relative = i >= 0 && (tokens[i] as Token).word === 'who';
    // "Gareth Hobday, who lives on Weston Parade, said he was worried": a "he" or "she" right after a
    // reporting verb is the one who says it, that verb's subject (not the name nearest the verb).
    const reported = !relative && i >= 1 ? reportedPronoun(tokens, i) : undefined;
    const subjectEnd = relative ? i : reported !== undefined ? i - 1 : i + 1;
    const verbAt = (tokens[subjectEnd] as Token).start;
    const set = relative ? RELATIVE : APPOSITIONS;
    for (const c of free) {
      if (c.span.end > verbAt) continue;
      const between = text.slice(c.span.end, verbAt);
      // "Peter Dale, said the foreman, Josiah Kemp, is buried": appositions end at a reporting verb,
      // whose subject is the speaker, not the reported clause's (the name nearest the verb inside it).
      if (reportsBetween(between)) continue;
      // "Sue Pike said he was tired": the pronoun of the other sex is not the speaker.
      if (reported !== undefined && !couldBeAsked(text.slice(c.span.start, c.span.end), reported, unknownSex))
        continue;
      if (
        set.test(between) ||
        (modified && !relative && POST_MODIFIER.test(between)) ||
        (!relative && closesReportedApposition(text, c.span.start, between))
      )
        found.push({ c, reach: verbAt - c.span.end });
    }
  });
  // A role word's whole phrase before its shorter self ("owner of Cardiff City" before "owner", which
  // reaches the verb only past the phrase's own "of Cardiff City").
  return found
    .filter((f) => !found.some((g) => g.c.span.start === f.c.span.start && g.c.span.end > f.c.span.end))
    .sort((a, b) => b.reach - a.reach || a.c.span.start - b.c.span.start)
    .map((f) => f.c);
}

/**
 * The token at `i` when it is a "he" or "she" right after a reporting verb ("said he was worried"): the
 * pronoun then stands for the reporting verb's subject, as a speaker tells of himself in the third person.
 */
function reportedPronoun(tokens: readonly Token[], i: number): PronounSex | undefined {
  const pronoun = tokens[i];
  const verb = tokens[i - 1];
  if (pronoun === undefined || verb === undefined || !isReportingVerb(verb.word)) return undefined;
  return pronoun.word === 'he' || pronoun.word === 'she' ? pronoun.word : undefined;
}

/**
 * Does a reporting verb open a phrase set off by a comma between a candidate and the verb ("…, said the
 * foreman, …")? Then what follows is its reported clause, not an apposition ("…, who said …," is one).
 * Only a verb that says something: its speaker or what is said comes next, a name, a determiner or
 * "that" ("said the foreman", "said Alan Frost"); a participle a preposition follows describes the
 * candidate ("Harlow Town, described by their manager as underdogs, beat…" is an apposition).
 */
function reportsBetween(between: string): boolean {
  return [...between.matchAll(/,\s*(\p{L}+)\s+(\p{L}+)/gu)].some(
    ([, verb = '', next = '']) =>
      isReportingVerb(verb.toLowerCase()) && (/^\p{Lu}/u.test(next) || DETERMINERS.has(next.toLowerCase())),
  );
}

/**
 * "…said the pilot's navigator, Frank Bell, was buried": inside a reported clause, a name set off by
 * commas after the phrase the reporting verb opens is that phrase's apposition, so the verb's subject is
 * the name nearest it (`between`, only its closing comma), not the speaker before the reporting verb.
 */
function closesReportedApposition(text: string, start: number, between: string): boolean {
  if (!/^\s*,\s*$/u.test(between)) return false;
  const opened = /(?<!\p{L})(\p{L}+)\s+[^,.;:!?"“”()]{1,60},\s*$/u.exec(
    text.slice(Math.max(0, start - 80), start),
  );
  return opened !== null && isReportingVerb((opened[1] as string).toLowerCase());
}

/** A speaker's sex is read from the name alone (first name or title): no story's pronouns are at hand. */
const unknownSex = (): undefined => undefined;

/**
 * Does a verb follow the text's offset `end` at once: an auxiliary or a finite form ("Priya Raman was
 * elected", "Harlow Town beat")? Then what ends there is its clause's subject.
 */
function opensClause(end: number, passage: { text: string; tokens: readonly Token[] }): boolean {
  const next = passage.tokens.find((u) => u.start >= end);
  if (next === undefined || !/^\s+$/.test(passage.text.slice(end, next.start))) return false;
  return (
    BE.has(next.word) || AUXILIARY.has(next.word) || (isParticiple(next.word) && !/ing$/.test(next.word))
  );
}

/**
 * Words before a verb that say it did not happen, or only might: a modal ("should have won", "could
 * win") and "never", "not" ("never won", "has not won").
 */
const UNREAL = new Set([...MODAL_AUXILIARIES, 'never', 'not']);

/**
 * Is the verb at `v` said under a modal or a negation among the auxiliaries and adverbs before it, in
 * a passage asked by a question without a modal ("Kelby should have won the game" says who did not win)?
 */
function unreal(tokens: readonly Token[], v: number, asked: AskedVerb): boolean {
  if (asked.modal) return false;
  for (let i = v - 1; i >= 0; i--) {
    const word = (tokens[i] as Token).word;
    if (UNREAL.has(word)) return true;
    if (!between(word) && !BE.has(word)) return false;
  }
  return false;
}

/**
 * "Who won?" of a passage that says a contest's verb (or a way of doing it, `doerVerbs`) only under a
 * modal or a negation the question lacks ("Kelby should have won the game", of a drawn match): the
 * passage says no one did it. False when it says the verb anywhere as happening ("Harlow Town beat
 * Ashby United"), or not at all, or for a question that asks no verb's subject.
 */
export function saysOnlyUnreal(question: string, passage: { tokens: readonly Token[] }): boolean {
  const asked = subjectVerb(question) ?? whichSubjectVerb(question)?.asked;
  if (asked === undefined || asked.modal) return false;
  // A contest's verb only ("won", "beat"): "what are presented to parliament?" of "a committee … can
  // present a bill" asks what may be done, and the modal answers it (squad-dev).
  if (!isContestVerb(lemmaOf(asked.verb.word) ?? asked.verb.word)) return false;
  const sameVerb = formOf(asked.verb);
  const said = passage.tokens.flatMap((t, v) => (!t.stop && sameVerb(t) ? [v] : []));
  return said.length > 0 && said.every((v) => unreal(passage.tokens, v, asked));
}

/**
 * Between a passive's "by" and the name of whoever did it: an article and a few words of title or
 * description ("by Spanish architect Enric Miralles", "by the Queen"), no clause boundary.
 */
const AGENT_LEAD = /^\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
/** At most this many words between the passive verb and its "by" ("given royal assent by"). */
const BY_REACH = 3;
/**
 * At most this many words of phrases opened by a preposition between the passive verb and its "by"
 * ("found on the beach at Sandsend by local fishermen").
 */
const BY_PHRASE_REACH = 8;
/**
 * Prepositions of where, which open a phrase a passive's "by" may follow. Not "after", "before" or
 * "during": their event nouns have a "by" of their own ("found in a loft after a tip-off by a member of
 * the public").
 */
const PLACE = new Set(['in', 'on', 'at', 'near', 'off', 'outside', 'inside']);

/**
 * The index of the passive's "by" after its participle at `v`, or -1: within `BY_REACH` words, or
 * past phrases of where, each opened by a preposition and holding no verb of its own ("found
 * on the beach at Sandsend by", not "found near a path used by").
 */
function byAfter(tokens: readonly Token[], v: number): number {
  const near = tokens.findIndex((u, i) => i > v && i <= v + 1 + BY_REACH && u.word === 'by');
  if (near !== -1 || !PLACE.has(tokens[v + 1]?.word ?? '')) return near;
  for (let i = v + 2; i <= v + 1 + BY_PHRASE_REACH && i < tokens.length; i++) {
    const u = tokens[i] as Token;
    if (u.word === 'by') return i;
    if (!u.stop && isParticiple(u.word) && !isNoun(u.word)) return -1;
    if (u.stop && !PLACE.has(u.word) && !DETERMINERS.has(u.word)) return -1;
  }
  return -1;
}

/**
 * "Who designed the building?" asked in the active, answered by a passage in the passive: "The building
 * was designed by Spanish architect Enric Miralles", "given royal assent by Queen Elizabeth II". Of the
 * candidates, those that are the agent after "by" of a form of the question's verb, nearest the "by"
 * first, the longer first of two that start together (a pair: "Lionel Richie and Michael Jackson").
 * Empty for a question in the passive ("who was elected?"), whose subject `subjectsOfVerb` reads.
 * With `done`, only the agent of a passive whose subject passes it (the thing the question asks about).
 */
export function agentsOfVerb<T extends { span: { start: number; end: number } }>(
  candidates: readonly T[],
  asked: AskedVerb,
  passage: { text: string; tokens: readonly Token[] },
  done?: (subject: Token) => boolean,
): T[] {
  if (asked.passive) return [];
  const { tokens, text } = passage;
  // Whoever discovered it found it: a passive says the asked verb in other words as often.
  const sameVerb = formOf(asked.verb, true);
  const found: { c: T; at: number }[] = [];
  // An agent comes after its verb: a word ending after every candidate's start is no verb of theirs, so
  // it is not lemmatised (the cheap tests come first).
  const lastStart = Math.max(...candidates.map((c) => c.span.start));
  tokens.forEach((t, v) => {
    // A participle ("designed", "given"), not the verb's present or base form.
    if (t.end > lastStart || /(?:s|ing)$/.test(t.word) || !sameVerb(t) || !isParticiple(t.word)) return;
    const by = byAfter(tokens, v);
    if (by === -1) return;
    const byToken = tokens[by] as Token;
    // "given royal assent by": the words up to "by" are of the verb's own clause.
    if (/[,;:.!?()]/.test(text.slice(t.end, byToken.start))) return;
    if (done !== undefined && !passiveSubjectIs(tokens, v, done)) return;
    for (const c of candidates) {
      if (c.span.start < byToken.end) continue;
      const lead = text.slice(byToken.end, c.span.start);
      const words = tokens.filter((u) => u.start >= byToken.end && u.end <= c.span.start);
      if (AGENT_LEAD.test(lead) && words.every((u, i) => i === 0 || !u.stop))
        found.push({ c, at: c.span.start - byToken.end });
    }
  });
  found.sort((a, b) => a.at - b.at || b.c.span.end - a.c.span.end);
  return found.map((f) => f.c);
}

/**
 * Is the passive verb at `v` said of a subject that passes `done`: its last word, before "be" and any
 * auxiliaries and adverbs ("The ring was found", "She was discovered"), or the head before an "of" that
 * phrase ends on ("the body of Martin Hale, 47, was discovered": the body was)? False for a participle
 * with no "be" before it.
 */
function passiveSubjectIs(tokens: readonly Token[], v: number, done: (subject: Token) => boolean): boolean {
  let i = beBefore(tokens, v);
  if (i === -1) return false;
  while (i >= 0 && (BE.has((tokens[i] as Token).word) || between((tokens[i] as Token).word))) i--;
  if (i < 0) return false;
  if (done(tokens[i] as Token)) return true;
  // The "of" within a few words before, with no verb nor clause word between: its head is the noun
  // before it.
  for (let j = i - 1; j > 0 && j >= i - SUBJECT_OF_REACH; j--) {
    const word = (tokens[j] as Token).word;
    if (word === 'of') return done(tokens[j - 1] as Token);
    if (BE.has(word) || AUXILIARY.has(word) || word === 'who' || word === 'which' || word === 'that')
      return false;
  }
  return false;
}

/**
 * For a question asking its verb's subject in the active ("who found the wreck?"), of a passage that
 * says that verb (or one of the same sense) only in the passive, with no "by" after it: where the
 * passive's clause opens. What the passage says from there on is what was done to ("The wreck of a
 * Second World War bomber … has been found", "Police said Dennis Ackroyd, 81, was discovered") or where
 * ("at the bottom of a Cumbrian lake"), not who did it: such a passive names no doer. The speaker of a
 * reporting verb before it may be the doer, and is left to the ranking. Undefined for any other passage.
 */
export function passiveWithoutAgent(
  asked: AskedVerb,
  question: string,
  passage: { text: string; tokens: readonly Token[] },
): number | undefined {
  if (asked.passive) return undefined;
  const { tokens } = passage;
  const sameVerb = formOf(asked.verb, true);
  const object = objectHead(question, asked);
  // Where the clause of the first passive opens: after a reporting verb before it ("A spokesman for the
  // club, Leeds Rovers, said the striker had been released"), whose speaker may be who did it.
  let opens: number | undefined;
  for (let v = 0; v < tokens.length; v++) {
    const t = tokens[v] as Token;
    if (t.stop || !sameVerb(t)) continue;
    // "Wartime medal found in charity shop…": a participle right after the asked thing's noun, a
    // headline's passive without its "be" (or a reduced relative), opens its clause at that noun.
    const reduced = object !== undefined && v > 0 && nounLemma((tokens[v - 1] as Token).word) === object;
    const be = reduced ? v - 1 : beBefore(tokens, v);
    // A form said in the active (or not after "be"): the passage may say who did it.
    if (be === -1 || !isParticiple(t.word)) return undefined;
    // A "by" after it may name the doer further on than `agentsOfVerb` reads ("detonated … near the
    // railway by a team from Catterick Garrison"), or be none ("won by a landslide, with Liberal
    // Democrat Tom Gordon taking 62%"): the passage is left to the ranking.
    if (tokens.some((u, j) => j > v && u.word === 'by')) return undefined;
    if (opens === undefined) {
      const said = tokens.slice(0, be).findLastIndex((u) => isReportingVerb(u.word));
      opens = said === -1 ? 0 : (tokens[said] as Token).end;
    }
  }
  return opens;
}

/** The index of the form of "be" before the word at `v`, past auxiliaries and adverbs ("was later"); -1 if none. */
function beBefore(tokens: readonly Token[], v: number): number {
  let i = v - 1;
  while (i >= 0 && between((tokens[i] as Token).word)) i--;
  return i >= 0 && BE.has((tokens[i] as Token).word) ? i : -1;
}

/** At most this many words of an "of" phrase ending a passive's subject ("of Martin Hale, 47"). */
const SUBJECT_OF_REACH = 4;

/**
 * The head of the noun phrase right after a who-question's verb, its object ("tortoise" of "who found
 * the tortoise?", "indicator" of "who developed a steam engine indicator for…"): what was done to.
 * Undefined when a preposition or nothing follows the verb.
 */
export function objectHead(question: string, verb: AskedVerb): string | undefined {
  return objectHeads.get(`${verb.verb.start} ${question}`);
}

/**
 * Each verb's object head (its subject's or a which-question's), read once while the question is recent,
 * keyed by where the verb starts and the question (`text-memo.ts`: a pure reading of its key, a string
 * value nothing can change).
 */
const objectHeads = new Recent<string, string | undefined>(RECENT_TEXTS, (key) => {
  const space = key.indexOf(' ');
  return readObjectHead(key.slice(space + 1), Number(key.slice(0, space)));
});

function readObjectHead(question: string, verbStart: number): string | undefined {
  const after = questionTokens(question).filter((t) => t.start > verbStart);
  let head: Token | undefined;
  for (const t of after) {
    if (t.stop && !DETERMINERS.has(t.word)) break;
    if (!t.stop) head = t;
  }
  return head === undefined || !/^\p{L}+$/u.test(head.word) ? undefined : nounLemma(head.word);
}

/** A word's dictionary form as a noun ("tortoises" → "tortoise"): not its stem, which "engineering" shares with "engineer". */
export function nounLemma(word: string): string {
  const lower = word.toLowerCase();
  return detachedLemma('noun', lower) ?? lower;
}

/**
 * For a who-question asking its verb's subject in the active ("who found the tortoise?"), is the span
 * the asked thing named: titled by a word the question puts after its verb ("Shelley" of "tortoise
 * Shelley"), or a phrase holding such a title ("Missing tortoise Shelley")? Then it is what was done
 * to, whatever verb follows it: a headline's "Missing tortoise Shelley found…" is a passive.
 */
export function namesAskedThing(
  span: { start: number; end: number },
  verb: AskedVerb,
  question: string,
  passage: { text: string; tokens: readonly Token[] },
): boolean {
  if (verb.passive) return false;
  const object = objectHead(question, verb);
  if (object === undefined) return false;
  const { tokens, text } = passage;
  // The title, a common noun in lower case, right before the span ("tortoise Shelley"), or inside it
  // before a capital.
  const titled = tokens.some((t, i) => {
    const next = tokens[i + 1];
    return (
      next !== undefined &&
      next.start >= span.start &&
      next.start < span.end &&
      /^\s+$/u.test(text.slice(t.end, next.start)) &&
      /^\p{Lu}/u.test(text.slice(next.start)) &&
      (t.start >= span.start || next.start === span.start) &&
      /^\p{Ll}+$/u.test(text.slice(t.start, t.end)) &&
      nounLemma(t.word) === object
    );
  });
  // "A climber was rescued by fellow climber Sam Orr": the agent after "by" of the asked verb did it,
  // whatever its title. Read only for a titled span: it lemmatises the passage's words, which was a
  // tenth of a who-question's first ask when read for every name (`namesDoer`: each of the best few).
  return titled && agentsOfVerb([{ span }], verb, passage).length === 0;
}

/** Before a span, the noun whose "of" phrase it opens: "a framed photograph of |Albert". */
const HEAD_OF = /(\p{L}+)\s+of\s+(?:(?:the|a|an|his|her|its|their)\s+)?$/u;

/**
 * For a who-question asking its verb's subject in the active ("who gave the family a photograph?"), is
 * the span inside the asked thing, the "of" phrase of a noun the question puts after its verb ("a
 * framed photograph of Albert")? Then it is what was given, not who gave it.
 */
export function insideAskedThing(
  span: { start: number },
  verb: AskedVerb,
  question: string,
  text: string,
): boolean {
  if (verb.passive) return false;
  const owner = HEAD_OF.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
  if (owner === undefined || !/^\p{Ll}+$/u.test(owner)) return false;
  const object = objectHead(question, verb);
  return object !== undefined && nounLemma(owner) === object;
}
