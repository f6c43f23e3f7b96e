/**
 * "Where is the bakery?", "where was the helicopter from?": the question asks where a thing is (or
 * comes from), not where something happened. A story says it by a place tied to the thing's own noun
 * ("a family bakery in the market town of Ollerton Vale", "a helicopter from Port Avery", "the club is
 * based in Leeds"); a place the same sentence gives for something else ("named best bakery at the
 * awards in Leeds") answers another question. Pure: the passage comes with its tokens and tags.
 */
import type { Entity } from './entities.js';
import { rememberedTerms } from './text-memo.js';
import { tokenize, type Token } from './text.js';

/**
 * "where is/was X", "where's X", "where is X from/located/based/situated/headquartered": group 1 is X.
 * A question about an event ("where was the statement published?", "where was he born?", "where is
 * the work done?") is not one: X holding a verb, or ending on a word that is no noun, asks where
 * something was done.
 */
const WHERE_THING =
  /^\s*where(?:'s|’s|\s+(?:is|are|was|were))\s+(.+?)(?:\s+(?:now\s+|originally\s+)?(?:from|located|based|situated|headquartered|housed))?\s*[?.!]*\s*$/iu;

/**
 * The words between the thing's noun and its place: an optional copula and a word of position ("is
 * based", "was located"), a preposition of place, and a few lower-case words that name the kind of place
 * before "of" ("in the market town of", "from the village of"). "A few" (at most 3) is part of the
 * sign's definition: farther, the place belongs to another noun.
 */
const TIE =
  /^\s*,?\s*(?:(?:is|are|was|were)\s+)?(?:(?:now\s+)?(?:located|based|situated|headquartered|housed)\s+)?(?:in|at|from|near|outside|of)\s+(?:(?:the|a|an)\s+)?(?:(?:\p{Ll}[\p{Ll}-]*\s+){1,3}of\s+(?:the\s+)?)?$/u;
/** A tie that states where the thing is: a copula or a word of position before the preposition. */
const STATED = /^\s*,?\s*(?:is|are|was|were|located|based|situated|headquartered|housed)\s/u;
/** A place's name: capitalised words, possibly joined by "of", "upon", "on", "&" ("Stratford upon Avon"). */
const NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|upon|on|de|la|le|&)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/u;

/** The content words of the thing a where-question asks the place of, or undefined for another question. */
export function thingAskedWhere(question: string): Token[] | undefined {
  const thing = WHERE_THING.exec(question)?.[1];
  if (thing === undefined) return undefined;
  const terms = rememberedTerms(thing);
  if (terms.some((t) => t.tags.has('Verb')) || !terms.at(-1)?.tags.has('Noun')) return undefined;
  const words = tokenize(thing).filter((t) => !t.stop);
  return words.length > 0 ? words : undefined;
}

interface TiedPlace {
  text: string;
  start: number;
  end: number;
}

/**
 * What the passage ties to the asked thing's noun (its last content word, "bakery" of "the family
 * bakery"): `name`, the name right after a tying preposition ("from [Port Avery]"), not a date, a number,
 * a person's whole name ("from Sunday", "in 1989", "from Priya") or the thing itself; `tied`, whether the
 * passage says where the thing is at all ("the gonads are located in [the parts of …]", a place no name
 * says).
 */
export function tiedPlace(
  thing: readonly Token[],
  passage: { text: string; tokens: readonly Token[]; tags: readonly Entity[] },
): { name?: TiedPlace; tied: boolean } {
  const head = thing.at(-1);
  if (head === undefined) return { tied: false };
  const own = new Set(thing.map((t) => t.stem));
  const { text, tokens, tags } = passage;
  let tied = false;
  for (const t of tokens) {
    if (t.stem !== head.stem) continue;
    const rest = text.slice(t.end);
    // The shortest stretch that ties: the name follows it. A tie ends in white space and the name starts
    // right after it, so a cut before white space is never one: only the others are tried against TIE
    // (the pattern runs there, not at every character; it matches only after white space).
    for (let cut = 1; cut <= Math.min(rest.length, 60); cut++) {
      if (/\s/.test(rest[cut] ?? ' ')) continue;
      const tie = rest.slice(0, cut);
      if (!TIE.test(tie)) continue;
      // "Are located in the parts of…": a statement of where the thing is, whatever names the place.
      if (STATED.test(tie)) tied = true;
      const name = NAME.exec(rest.slice(cut))?.[0].replace(/['’]s$|[.'’]$/u, '');
      if (name === undefined || name === '') continue;
      const start = t.end + cut;
      const end = start + name.length;
      // "At" ties a thing to an event as often as to a place ("best bakery at the National Bread
      // Awards"): after it, only a name the tagger reads as a place.
      const at = /\bat\s/.test(tie);
      const place = tags.some((e) => e.type === 'place' && e.start <= start && e.end >= end);
      const other =
        (at && !place) ||
        tags.some(
          (e) =>
            e.start < end &&
            e.end > start &&
            (e.type === 'date' ||
              e.type === 'number' ||
              (e.type === 'person' && e.start <= start && e.end >= end)),
        );
      const repeats = tokenize(name).every((w) => own.has(w.stem));
      if (!other && !repeats) return { name: { text: name, start, end }, tied: true };
      break;
    }
  }
  return { tied };
}
