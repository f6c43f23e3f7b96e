/**
 * Yes/no questions ("did anyone die?", "has he been charged?", "any injuries?"): whether the passage
 * that answers one says that the asked event happened (`yes`) or denies it (`no`), read from the
 * sentence's own words. Only where it clearly does: every word of the question found in the sentence
 * as written, in another form or as an event it entails (not through a synonym, which may be another
 * sense: "arrested" is a synonym of "checked"), and, for a denial, a negation whose scope is that word
 * ("No one was killed", "There were no injuries", "He has not been charged"); for an assertion, a
 * sentence with no negation and no modal or condition ("could", "if", "whether") that the question does
 * not share. Anything else (a denial narrower than the question, "No one was seriously injured" for
 * "was anyone injured?") gets no polarity: the passage alone answers. The words shown are the
 * presentation layer's.
 */
import {
  anyOf,
  BE,
  BE_FORMS,
  DO_FORMS,
  HAVE_FORMS,
  MODAL_AUXILIARIES,
  OPENING_AUXILIARIES,
} from './auxiliaries.js';
import { beforeNegativeT } from './contractions.js';
import { ANOTHER_TIME_SAID, BY_NOW, OTHER_TIME } from './other-time.js';
import { MONTH } from './time-point.js';
import type { Group } from './expansion.js';
import { stem, tokenize, type Token } from './text.js';
import { commonSenses, lexFileOf, similarAdjectives, VERB_FILE } from './wordnet.js';
import type { TaggedTerm } from '../nlp/nlp.js';
import { rememberedTerms } from './text-memo.js';
import { deniesAct, NEGATIVE_VERBS, verbLemma } from './opposite-act.js';
import { verbLemmaOf } from './lemma.js';

export type Polarity = 'yes' | 'no';

/** A year written in digits ("2011", "1998"). */
const YEAR = String.raw`(?:1[5-9]|20)\d\d`;

/** A year a passage dates something to: after a preposition of time or a month ("in 2011", "May 2011"). */
const DATING_YEAR = new RegExp(
  String.raw`(?:\b(?:in|since|from|until|till|by|during|before|after|of)|${MONTH.source})\s+(${YEAR})\b`,
  'giu',
);
/** The story's year, in its date ("14 November 2026"). */
const STORY_YEAR = new RegExp(String.raw`\b${YEAR}\b`, 'u');

/**
 * A question put as yes or no: opening with an auxiliary ("did", "was", "has", "isn't"), or an
 * elliptical "any deaths?", "anyone hurt?" (not "any idea who won?", which asks who). One offering a
 * choice ("internal or external?") is answered by one of its words, not by yes or no.
 */
const AUXILIARY_OPENING = new RegExp(
  String.raw`^\s*${anyOf(OPENING_AUXILIARIES)}(?:n['’]?t)?\b(?!.*\bor\b)`,
  'i',
);
const ANY_OPENING =
  /^\s*(?:any|anyone|anybody|anything)\b(?!.*\b(?:or|who|whom|whose|what|when|where|why|which|how)\b)/i;

export function asksWhether(question: string): boolean {
  return AUXILIARY_OPENING.test(question) || ANY_OPENING.test(question);
}

/** Words that deny what follows them in their clause ("cannot" is "can not" written as one word). */
const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'cannot',
  'never',
  'no',
  'nobody',
  'none',
  'nothing',
  'neither',
  'nor',
]);
/** Negators that quantify over a subject: the noun phrase they begin may stand before the verb ("None of the passengers was hurt"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['no', 'nobody', 'none', 'nothing', 'neither']);
/** Auxiliaries and forms of "be" between a subject and its verb ("was", "has been", "did"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...BE_FORMS,
  ...HAVE_FORMS,
  ...DO_FORMS,
  'got',
  'get',
  'gets',
  'there',
]);
/** Modals: what is said with one may not have happened ("could", "will"). */
const MODALS: ReadonlySet<string> = new Set([
  ...MODAL_AUXILIARIES,
  'possibly',
  'perhaps',
  'allegedly',
  'reportedly',
]);
/** Words that make what follows them a condition or an open question ("whether anyone was hurt"). */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'whether', 'unless']);
/** Words that deny or doubt a whole statement without negating its verb ("denied that anyone was hurt"). */
const DOUBTS: ReadonlySet<string> = new Set([
  'deny',
  'denies',
  'denied',
  'denying',
  'unclear',
  'unknown',
  'unconfirmed',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
]);
/** Words that open another clause: a negation before one does not reach past it. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'but',
  'and',
  'or',
  'who',
  'which',
  'that',
  'while',
  'although',
  'though',
  'because',
  'after',
  'before',
  'when',
  'whether',
  'if',
  'until',
]);
/** How many words a negated subject ("none of the 43 people rescued") may take before its verb. */
const SUBJECT_WORDS = 6;

/** "hasn't", "didn't", "won't": the token before the apostrophe says "not" (`contractions.ts`). */
function contractedNot(text: string, token: Token): boolean {
  return beforeNegativeT(token.word, text.slice(token.end));
}

function isNegator(text: string, token: Token): boolean {
  return NEGATORS.has(token.word) || contractedNot(text, token);
}

/** A clause ends between two tokens at punctuation ("killed, but"). */
function boundaryBetween(text: string, before: Token, after: Token): boolean {
  return /[,;:()\u2013\u2014"“”]/u.test(text.slice(before.end, after.start));
}

/**
 * Is the token at `at` denied by a negation whose scope it is in? Walking back from it: the question's
 * own words and the auxiliaries may stand between ("has not been charged", "were no injuries",
 * "wasn't seriously injured" when the question says "seriously"); past the auxiliaries, a negated
 * subject of a few words ("No one was", "None of the passengers were"); never past another clause.
 */
function denied(text: string, tokens: readonly Token[], at: number, asked: ReadonlySet<string>): boolean {
  let auxiliary = false;
  let subject = 0;
  // "will not face any charges": "any" opening the asked noun (1), then the one word whose object it is (2).
  let object = 0;
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (boundaryBetween(text, token, tokens[i + 1] as Token)) return false;
    // In the verb's own words a "not" denies it; in its subject only a quantifier does ("not all").
    if (isNegator(text, token)) return subject === 0 || QUANTIFIERS.has(token.word);
    // "No one": "one" is the quantifier's noun.
    if (token.word === 'one' && tokens[i - 1]?.word === 'no') return true;
    if (CLAUSE_OPENERS.has(token.word)) return false;
    if (subject === 0 && AUXILIARIES.has(token.word)) {
      auxiliary = true;
      continue;
    }
    if (subject === 0 && !auxiliary && asked.has(token.stem)) continue;
    // "any" under a negation denies the noun it opens, across the one verb or preposition whose object
    // it is ("has not made any arrests", "was not in any danger"); not a verb of doubt ("did not deny
    // any charges" says nothing of them).
    if (subject === 0 && !auxiliary && object === 0 && token.word === 'any' && i === at - 1) {
      object = 1;
      continue;
    }
    if (subject === 0 && !auxiliary && object === 1 && bridgesAny(text, token)) {
      object = 2;
      continue;
    }
    if (!auxiliary || ++subject > SUBJECT_WORDS) return false;
  }
  return false;
}

/**
 * The clause holding the tokens from `first` to `last`: from the token after the last boundary before
 * them (punctuation, a word opening another clause) to the token before the first boundary after them.
 */
function clauseAround(text: string, tokens: readonly Token[], first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && !opensClause(text, tokens, from)) from--;
  let to = last;
  while (to + 1 < tokens.length && !opensClause(text, tokens, to + 1)) to++;
  return [from, to];
}

/** Does a new clause begin at the token at `at` (after punctuation, or with a word such as "and")? */
function opensClause(text: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const before = tokens[at - 1];
  return CLAUSE_OPENERS.has(token.word) || (before !== undefined && boundaryBetween(text, before, token));
}

/**
 * The passage's answer to a yes/no question, or undefined when it does not clearly give one. `groups`
 * are the question's words as expanded: a word counts where the passage holds it as written, in another
 * form, or as an event it entails (`Term.entailed`), not through a synonym.
 */
export function polarityOf(
  question: string,
  passage: string,
  groups: readonly Group[],
  storyDate?: string,
): Polarity | undefined {
  if (!asksWhether(question) || groups.length === 0) return undefined;
  const asked = tokenize(question);
  // "did no one die?": a negated question has no plain yes or no.
  if (asked.some((t) => isNegator(question, t) && !contractedNot(question, t))) return undefined;
  const tokens = tokenize(passage);
  const strong = (g: Group) =>
    new Set(g.terms.filter((t) => t.other !== true || t.entailed === true).map((t) => t.stem));
  const found = groups.map((g) => {
    const stems = strong(g);
    return tokens.flatMap((t, i) => (stems.has(t.stem) ? [i] : []));
  });
  const opposite = opposedAct(asked, passage, tokens, groups, found);
  if (opposite) return 'no';
  if (found.some((at) => at.length === 0)) return undefined;
  const askedStems = new Set([...asked.map((t) => t.stem), ...groups.flatMap((g) => [...strong(g)])]);
  if (found.flat().some((at) => denied(passage, tokens, at, askedStems))) return 'no';
  // An assertion: nothing in the sentence denies or doubts ("not", "denied", "unclear"), no condition
  // before the question's words ("whether anyone was hurt"), and no modal the question does not share in
  // the clause that holds them ("would", not in "…opened as usual, and the council said its teams would
  // clear…").
  const sharedModal = new Set(asked.map((t) => t.word));
  const first = Math.min(...found.flat());
  const last = Math.max(...found.flat());
  const [from, to] = clauseAround(passage, tokens, first, last);
  const doubted = tokens.some(
    (t, i) => isNegator(passage, t) || DOUBTS.has(t.word) || (i < first && CONDITIONS.has(t.word)),
  );
  const modal = tokens.slice(from, to + 1).some((t) => MODALS.has(t.word) && !sharedModal.has(t.word));
  if (doubted || modal || /\?\s*["”']?\s*$/u.test(passage)) return undefined;
  // "has Fresco been fined before?": asked of another time, a passage saying this week's fine says
  // nothing of an earlier one; a "yes" needs the passage to say another time too ("fined twice before").
  const anotherTime = asked.some((t) => OTHER_TIME.has(t.word));
  if (anotherTime && !tokens.some((t) => ANOTHER_TIME_SAID.has(t.word))) return undefined;
  // "has the brooch been found yet?": asked of now, a passage dating its event to a year before the
  // story's ("found … in 2011", of a theft this week) tells of another time, and no "yes".
  if (asked.some((t) => BY_NOW.has(t.word)) && datesEarlier(passage, storyDate)) return undefined;
  return assertsEvent(passage, tokens, found) ? 'yes' : undefined;
}

/**
 * Does the passage say the asked act's opposite, so that the act did not happen (`deniesAct`: "did the
 * winner accept the prize?" of "The winner has refused the prize", "did she refuse it?" of "She
 * accepted it")? The opposite is a verb of the passage, said plainly (not denied, not an infinitive, no
 * modal in its clause, no condition before it, no doubt in the sentence); every other word of the
 * question is in the passage, so that it speaks of the asked act and no other ("did the vicar accept
 * the prize?" is not told by the postman's refusing it when the passage never names the vicar). The
 * asked verb may be a stopword ("take"), which has no group.
 */
function opposedAct(
  asked: readonly Token[],
  passage: string,
  tokens: readonly Token[],
  groups: readonly Group[],
  found: readonly number[][],
): boolean {
  const askedVerbs = new Map<string, string>();
  for (const t of asked.slice(1)) {
    // "be", "have", "do": an auxiliary more often than the asked act.
    const lemma = AUXILIARIES.has(t.word) ? undefined : verbLemma(t.word);
    if (lemma !== undefined) askedVerbs.set(t.word, lemma);
  }
  if (askedVerbs.size === 0) return false;
  const tagged = rememberedTerms(passage);
  for (let at = 0; at < tokens.length; at++) {
    if (!saidAsVerb(tagged, tokens, at)) continue;
    const lemma = verbLemma((tokens[at] as Token).word);
    if (lemma === undefined) continue;
    // A verb and its particle as WordNet lists them ("turned down" → "turn_down").
    const particle = tokens[at + 1]?.word;
    const phrase = particle === undefined ? undefined : verbLemma(`${lemma}_${particle}`);
    const said = [lemma, ...(phrase === undefined ? [] : [phrase])];
    const opposedWords = [...askedVerbs].filter(([, a]) => said.some((s) => deniesAct(a, s)));
    if (opposedWords.length === 0) continue;
    // Only when the passage does not say the asked act itself: "at first rejected the nomination, but
    // later accepted it" says Yes by "accepted", and the normal reading finds it. A verb without a group
    // ("take", a stopword) is looked for by its lemma: "took part in the talks but refused a seat".
    if (opposedWords.some(([w, a]) => saysAct(tokens, groups, found, w, a))) continue;
    // Every group the passage lacks is an opposed verb; every other is there.
    const lacking = groups.filter((_, i) => (found[i] as number[]).length === 0);
    if (!lacking.every((g) => opposedWords.some(([w]) => w === g.word))) continue;
    if (groups.length === lacking.length) continue;
    if (tokens[at - 1]?.word === 'to' || denied(passage, tokens, at, new Set())) continue;
    // "declined to comment on the letter": what is refused is the infinitive's act, not the letter.
    if (tokens[at + 1]?.word === 'to' || (phrase !== undefined && tokens[at + 2]?.word === 'to')) continue;
    const [from, to] = clauseAround(passage, tokens, at, at);
    // The question's other words in the opposite verb's own clause: "the trust accepted the bid, but
    // the board turned down the bid" says nothing of the trust's refusing it. A clause that has no
    // subject of its own (the verb opens it, or it opens with "who") reaches back to the last "and" or
    // "but": "Sheila Pyke, the quiz master, turned down…", "a postman who won the quiz has refused…".
    const start =
      from === at || RELATIVES.has((tokens[from] as Token).word) ? subjectStart(tokens, from) : from;
    if (!found.every((at2) => at2.length === 0 || at2.some((i) => i >= start && i <= to))) continue;
    const sharedModal = new Set(asked.map((t) => t.word));
    if (tokens.slice(from, to + 1).some((t) => MODALS.has(t.word) && !sharedModal.has(t.word))) continue;
    const doubted = tokens.some(
      (t, i) => isNegator(passage, t) || DOUBTS.has(t.word) || (i < at && CONDITIONS.has(t.word)),
    );
    if (doubted || /\?\s*["”']?\s*$/u.test(passage)) continue;
    return true;
  }
  return false;
}

/** Words opening a clause that says more of the noun before it ("a postman who won the quiz has refused…"). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Where the words a subjectless clause at `from` is said of begin: after the last coordinating word before it. */
function subjectStart(tokens: readonly Token[], from: number): number {
  for (let i = from - 1; i >= 0; i--) {
    const word = (tokens[i] as Token).word;
    if (CLAUSE_OPENERS.has(word) && !RELATIVES.has(word)) return i;
  }
  return 0;
}

/**
 * Does the passage say the asked verb (`word`, lemma `lemma`) itself: its group found, or, for a verb
 * with no group (a stopword such as "take"), a word whose verb lemma it is ("took")?
 */
function saysAct(
  tokens: readonly Token[],
  groups: readonly Group[],
  found: readonly number[][],
  word: string,
  lemma: string,
): boolean {
  const group = groups.findIndex((g) => g.word === word);
  if (group >= 0 && (found[group] as number[]).length > 0) return true;
  return tokens.some((t) => t.word === word || verbLemmaOf(t.word) === lemma);
}

/**
 * Can "any" under a negation reach across this word to deny the noun it opens? Only a verb or a
 * preposition whose object it is ("not face any charges", "not in any danger"), not "without" ("not
 * without any hope" says there is some), and not a verb of saying or knowing: "would not confirm any
 * arrests" negates the telling, not the arrests. Such a verb is one whose commonest senses are all in
 * WordNet's verb.communication or verb.cognition file (deny, confirm, say, know, expect).
 */
function bridgesAny(text: string, token: Token): boolean {
  if (DOUBTS.has(token.word) || token.word === 'without') return false;
  const tags = rememberedTerms(text).find((t) => t.start === token.start)?.tags;
  if (tags?.has('Preposition') === true) return true;
  if (tags?.has('Verb') !== true) return false;
  const lemma = verbLemmaOf(token.word);
  if (lemma === undefined) return true;
  const files = commonSenses('verb', lemma).map((o) => lexFileOf('verb', o));
  return (
    files.length === 0 || !files.every((f) => f === VERB_FILE.communication || f === VERB_FILE.cognition)
  );
}

/**
 * Does the passage date something to a year before the story's ("in 2011", "since 1998"; a year after a
 * preposition or a month, not a count: "2000 protesters")? With no date to the story, any such year.
 */
function datesEarlier(passage: string, storyDate: string | undefined): boolean {
  const story = Number(STORY_YEAR.exec(storyDate ?? '')?.[0] ?? Infinity);
  for (const m of passage.matchAll(DATING_YEAR)) if (Number(m[1]) < story) return true;
  return false;
}

/**
 * The passage states the event as something that happened: one of the question's words is a verb there
 * ("has recalled", "burst its banks") or said of the subject after a form of "be" (the tagger reads
 * "was injured", "were closed" as adjectives), not a word of a name ("the Court of Appeal" for "has
 * the company appealed?"), and none is there only as an infinitive ("was ordered to pay" for "did the
 * council pay?") or an -ing form that has not happened ("check timetables before travelling" for "are
 * passengers travelling?").
 */
function assertsEvent(passage: string, tokens: readonly Token[], found: readonly number[][]): boolean {
  const tagged = rememberedTerms(passage);
  const tagsAt = (at: number) => tagged.find((t) => t.start === (tokens[at] as Token).start)?.tags;
  const infinitive = (at: number) => tagsAt(at)?.has('Verb') === true && tokens[at - 1]?.word === 'to';
  // "advised to check timetables before travelling", "left without paying": the -ing form after
  // "before" or "without" is what has not happened (yet), as an infinitive's is.
  const unrealised = (at: number) =>
    UNREALISED.has(tokens[at - 1]?.word ?? '') && (tokens[at] as Token).word.endsWith('ing');
  const predicate = (at: number) => {
    const tags = tagsAt(at);
    if (tags === undefined || tags.has('ProperNoun')) return false;
    // After a form of "be" a word is said of the subject ("was injured", "is open").
    return tags.has('Verb') || (tags.has('Adjective') && BE.has(tokens[at - 1]?.word ?? ''));
  };
  let said = false;
  for (const occurrences of found) {
    const stated = occurrences.filter((at) => !infinitive(at) && !unrealised(at));
    if (stated.length === 0) return false;
    said ||= stated.some(predicate);
  }
  return said;
}

/** Prepositions whose -ing clause has not happened: "before travelling", "without paying". */
const UNREALISED: ReadonlySet<string> = new Set(['before', 'without']);

/** A negator or a negative contraction somewhere in the text (what `isNegator` reads token by token). */
const MAY_DENY = new RegExp(String.raw`\b(?:${[...NEGATORS].join('|')})\b|n['’]t\b`, 'iu');

/** "who" or "whom" opening the question: it asks for the people of whom its verb is said. */
const WHO_OPENING = /^\s*(?:who|whom)\b/iu;

/**
 * Whether a passage fails a who-question that denies its verb ("who won't sign?", "who did not vote?",
 * "who wasn't at the meeting?"). It answers one only by saying whom the verb is denied of ("Price and
 * Wells did not vote", "refused to vote", "failed to attend"). A passage that says the verb of some
 * people without denying it ("Obaidi and Fomin signed…") names those the question leaves out, the
 * opposite of what was asked; one without the denied words at all ("those who do not accept…" for
 * "who did not sign?") matched the question's "who" and "not" only. A rule about English, too rare in
 * the training sets to be learned.
 */
export function failsDenial(question: string, passage: string, groups: readonly Group[]): boolean {
  // Every who-question reaches here, once per ask: the question is read word by word only when it
  // may deny something.
  if (!WHO_OPENING.test(question) || !MAY_DENY.test(question)) return false;
  const asked = tokenize(question);
  const negation = asked.findIndex((t) => isNegator(question, t));
  if (negation === -1) return false;
  // The denied words: those after the negation ("sign", "meeting").
  const after = new Set(asked.slice(negation + 1).map((t) => t.word));
  const denying = groups.filter((g) => after.has(g.word));
  if (denying.length === 0) return false;
  const tokens = tokenize(passage);
  const stems = new Set(denying.flatMap((g) => g.terms.filter((t) => t.other !== true).map((t) => t.stem)));
  if (!tokens.some((t) => stems.has(t.stem))) return true;
  return !tokens.some((t) => isNegator(passage, t) || NEGATIVE_VERBS.test(t.word));
}

/**
 * Whether a passage fails a who-question that does not deny its verb ("who will attend the opening?",
 * "who was charged?") by saying a question word only under a negation (`denied`): "The mayor, Sara
 * Holm, cannot attend the opening", "His wife, Claire Hollis, who was not charged, …" name the people
 * the verb is denied of, the opposite of what was asked, as a passage naming who did fails "who did
 * not?" (`failsDenial`). A word said once without a negation ("Reid will attend, but Holm cannot
 * attend") leaves the passage to answer. A rule about English, as `failsDenial` is.
 */
export function failsAssertion(question: string, passage: string, groups: readonly Group[]): boolean {
  // Every who-question reaches here: the passage is read word by word only when it may deny something.
  if (!WHO_OPENING.test(question) || MAY_DENY.test(question) || !MAY_DENY.test(passage)) return false;
  const tokens = tokenize(passage);
  const asked = new Set(tokenize(question).map((t) => t.stem));
  const tagged = rememberedTerms(passage);
  return groups.some((g) => {
    if (g.pronoun === true) return false;
    // Its synonyms too ("going to the opening" of "cannot attend"), not a name a role word lent; said as
    // a verb, which a negation denies: "no one invention since Watt's time…" denies no inventing.
    const stems = new Set(g.terms.filter((t) => t.lent !== true).map((t) => t.stem));
    const at = tokens.flatMap((t, i) => (stems.has(t.stem) && saidAsVerb(tagged, tokens, i) ? [i] : []));
    return at.length > 0 && at.every((i) => denied(passage, tokens, i, asked));
  });
}

/**
 * Whether a yes/no question's word is held by the passage only through an adjective's head or satellite
 * (`similarAdjectives`: "injured" → "hurt", "torn") that the passage never says of a subject: "a torn
 * roof lining" tells nothing of anyone injured, where "nobody was hurt" does. A satellite is another
 * adjective of the same head, which may be said of other things ("torn" of cloth, "hurt" of a person);
 * said after a form of "be", it is what the subject is, and the question's subject is then in the same
 * sentence to be weighed. Too rare in the training sets to be learned.
 */
export function failsPredication(
  question: string,
  passage: { text: string; tokens: readonly Token[] },
  groups: readonly Group[],
): boolean {
  if (!asksWhether(question)) return false;
  const { tokens } = passage;
  return groups.some((g) => {
    const read = satelliteReads(g, question);
    if (read.size === 0) return false;
    const own = new Set(g.terms.filter((t) => !read.has(t.stem)).map((t) => t.stem));
    if (tokens.some((t) => own.has(t.stem))) return false;
    return tokens.some((t) => read.has(t.stem)) && !predicated(passage, read);
  });
}

/**
 * Whether a yes/no question's word is read only through other adjectives of its head and the passage
 * says none of them of a subject: then the word is as unknown to the passage as it was before those
 * were read. Read so, "were the stallholders young?" counted "young" held (through "teenage", said
 * elsewhere as "Teenagers") and answered from a sentence saying only "from early morning".
 */
export function readOnlyAsSatellite(
  question: string,
  passage: { text: string; tokens: readonly Token[] },
  g: Group,
): boolean {
  if (!asksWhether(question)) return false;
  const read = satelliteReads(g, question);
  if (read.size === 0 || g.terms.some((t) => !read.has(t.stem))) return false;
  return !predicated(passage, read);
}

/**
 * Is the question's word an adjective set before a noun ("vote on important matters"): a modifier of
 * what is asked about, not the asked predicate ("was anyone injured?", "were the traders young?"), so
 * not read through other adjectives of its head (`similarAdjectives`).
 */
export function attributiveIn(question: string, word: string): boolean {
  const terms = rememberedTerms(question);
  return terms.some((t, i) => {
    const next = terms[i + 1];
    return (
      t.tags.has('Adjective') &&
      next !== undefined &&
      next.tags.has('Noun') &&
      !next.tags.has('Pronoun') &&
      t.text.toLowerCase().replace(/[^\p{L}'-]/gu, '') === word
    );
  });
}

/**
 * The stems of `g` read only as another adjective of its head (`similarAdjectives`), as a synonym; none
 * for a word the question sets before a noun (`attributiveIn`).
 */
function satelliteReads(g: Group, question: string): ReadonlySet<string> {
  if (attributiveIn(question, g.word)) return NO_STEMS;
  const similar = similarAdjectives(g.word);
  if (similar.length === 0) return NO_STEMS;
  const satellites = new Set(similar.map(stem));
  const read = g.terms.filter((t) => t.other === true && t.entailed !== true && satellites.has(t.stem));
  return read.length === 0 ? NO_STEMS : new Set(read.map((t) => t.stem));
}

const NO_STEMS: ReadonlySet<string> = new Set();

/**
 * Is a word of `stems` said of a subject after a form of "be" ("nobody was hurt", "was not seriously
 * hurt")? Not as a verb: the tagger reads "a torn awning" as the participle of a verb too.
 */
function predicated(
  { text, tokens }: { text: string; tokens: readonly Token[] },
  stems: ReadonlySet<string>,
): boolean {
  const tagged = rememberedTerms(text);
  return tokens.some((t, at) => {
    if (!stems.has(t.stem)) return false;
    let before = at - 1;
    while (before >= 0) {
      const word = tokens[before] as Token;
      const tags = tagged.find((w) => w.start === word.start)?.tags;
      if (!NEGATORS.has(word.word) && tags?.has('Adverb') !== true) break;
      before--;
    }
    return BE.has(tokens[before]?.word ?? '');
  });
}

/**
 * Is the token at `at` said as a verb, or as what the subject is after a form of "be" ("was not
 * charged", which the tagger may read as an adjective)?
 */
function saidAsVerb(tagged: readonly TaggedTerm[], tokens: readonly Token[], at: number): boolean {
  const tags = tagged.find((t) => t.start === (tokens[at] as Token).start)?.tags;
  if (tags === undefined || tags.has('ProperNoun')) return false;
  if (tags.has('Verb')) return true;
  // "was not charged": the negation may stand between.
  let before = at - 1;
  while (before >= 0 && NEGATORS.has((tokens[before] as Token).word)) before--;
  return tags.has('Adjective') && BE.has(tokens[before]?.word ?? '');
}
