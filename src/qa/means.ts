/**
 * "How did they get home?" of "they got home by taxi", "how did he know it was his?" of "he knew it by a
 * dent in its bonnet": a how-question asking the means or manner of what happened is answered where the
 * passage says it, in the phrase after "by", "using", "via", "through" or "with" of the asked verb, or a
 * manner adverb next to it ("quickly"). Any other noun of the passage ("operator", who ran the boat) is
 * no means; with no such phrase the passage answers alone. Pure, apart from WordNet look-ups.
 */
import { isPersonHead, isWrittenAsName } from './answer-kind.js';
import type { Entity } from './entities.js';
import type { Span } from './span-input.js';
import { tokenize, type Token } from './text.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_AUXILIARIES } from './auxiliaries.js';
import { formOf } from './verb-subject.js';
import { lemmaOf } from './lemma.js';
import { findIndexLine, isLemma } from './wordnet.js';

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
 * After "by", a time ("by 2010", "by the end of May", "by then"), a measure ("rose by 5%") or a degree
 * ("by far") says no means.
 */
const NO_MEANS = /^(?:\d|the\s+(?:end|time|start|middle)\b|then\b|now\b|far\b|now\b|late\b|early\b)/iu;
/**
 * Where a means phrase stops: a clause boundary, or a word opening another clause or a time of its own
 * ("by water taxi late in the evening").
 */
const PHRASE_END =
  /[,;:.!?()\u2014"“”]|\s[\u2013-]\s|\s(?:to|which|who|that|where|when|while|because|after|before|since|until|as\s+well\s+as|and\s+then|and\s+therefore|so\s+that|in\s+order|late|early|yesterday|last|next)\s/iu;
/** Words of a phrase at most: a longer run is a clause, not a means. */
const MAX_WORDS = 10;
/** Tokens between the asked verb and its means phrase or adverb at most ("got home safely by taxi"). */
const VERB_REACH = 6;
/**
 * Adverbs in "-ly" that say when, how often, how much or how sure, not how: "finally", "only",
 * "reportedly".
 */
const NOT_MANNER =
  /^(?:only|early|nearly|really|largely|mainly|mostly|likely|recently|finally|eventually|initially|originally|previously|currently|formerly|lately|fully|highly|simply|actually|reportedly|allegedly|apparently|certainly|probably|possibly|clearly|daily|weekly|monthly|yearly|fairly|widely|partly|roughly|immediately|subsequently|usually|normally|generally|typically|already|officially|publicly|widely|especially|particularly|nearly|merely|previously|briefly)$/u;

/** Words after which a word WordNet lists as a verb too is a noun: "the rocks", "on earth". */
const BEFORE_NOUN =
  /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|of|on|in|to|from|at|with|for|about|by)$/u;

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
      !BEFORE_NOUN.test(words[i - 1]?.word ?? '') &&
      isLemma('verb', lemmaOf(t.word) ?? t.word),
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
  const verbs = questionVerbs(question).map((v) => formOf(v, true));
  // "Brown, understandably, feels…": a name in the passage is no verb of the question ("how does brown
  // feel").
  const at = tokens.flatMap((t, i) =>
    !/^\p{Lu}/u.test(passage.text.slice(t.start)) && verbs.some((same) => same(t)) ? [i] : [],
  );
  for (const v of at) {
    for (let i = v + 1; i <= v + VERB_REACH && i < tokens.length; i++) {
      const found = phraseAt(passage, i, true);
      if (found !== undefined) return found;
      if (/[.;:!?]/u.test(passage.text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start)))
        break;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const found = phraseAt(passage, i, false);
    // Away from the asked verb a bare "by" or "through" is as often an agent or a route ("marked by a
    // semi-arid climate", "measured by radiometric dating"): only a means word of its own, or "by" and
    // an action ("by rationing").
    if (found !== undefined && (!/^(?:by|through)$/u.test((tokens[i] as Token).word) || doing(found.text)))
      return found;
  }
  for (const v of at) {
    const verb = tokens[v] as Token;
    // Next to the verb with nothing between: one set off by commas comments on the whole clause.
    const next = [tokens[v + 1], tokens[v - 1]].find(
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
  const raw = wordsOf(whole) > MAX_WORDS ? (whole.split(/\s+(?:and|or)\s+/u)[0] ?? whole) : whole;
  const words = wordsOf(raw);
  if (words === 0 || words > MAX_WORDS) return undefined;
  const end = start + raw.length;
  // "By the boat operator", "by Enric Miralles", "through London": who or where, not how.
  const tagged = passage.tags.some(
    (g) => g.start >= start && g.start < end && g.type !== 'number' && g.type !== 'phrase',
  );
  // "Through Parliament in a number of stages": a name first is where or who.
  if (tagged || /^\p{Lu}/u.test(raw) || isWrittenAsName(raw) || isPersonHead(raw)) return undefined;
  return { text: raw, start, end };
}
