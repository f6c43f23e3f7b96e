/**
 * Verbs a question says through their definition: "express gratitude" is how WordNet defines "thank"
 * ("express gratitude or show appreciation to"), "make money" is "earn", so a reader who asks what the
 * minister "expressed gratitude for" is asking what he "thanked" someone for. Only a definition of
 * exactly two content words (a verb and its object, as in "express gratitude") is read: a longer one
 * is a description that a question's words match only in part.
 */
import { verbForms } from '../nlp/nlp.js';
import { forEachWord, stem } from './text.js';
import { commonSenses, forEachSynset, isCommonSense, lexFileOf, taggedUses } from './wordnet.js';

/**
 * Module state: WordNet's verbs are the same for every engine and the table is built once from them
 * (about 40 ms, on warm-up or the first question with two keywords), bounded by WordNet's size.
 * Key: the two content words' stems, sorted and joined by a space; value: the verbs so defined.
 */
let table: Map<string, Defined[]> | undefined;
/**
 * The verbs by the verb their definition opens with, its genus ("defeat": "win a victory over" → win),
 * built in the same pass. Key: the genus as written, lower case.
 */
let genera: Map<string, Defined[]> | undefined;
/**
 * The verbs whose definition opens "be <participle>": the same event told from its object's side ("fetch":
 * "be sold for a certain price"), built in the same pass. Key: the participle as written ("sold").
 */
let passives: Map<string, Defined[]> | undefined;

/** A verb and the synset whose definition names it. */
export interface Defined {
  verb: string;
  offset: number;
}

function keyOf(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

function build(): Map<string, Defined[]> {
  const built = new Map<string, Defined[]>();
  const genusOf = new Map<string, Defined[]>();
  const passiveOf = new Map<string, Defined[]>();
  forEachSynset('verb', (words, definition, offset) => {
    const verbs = words.filter((w) => !w.includes('_'));
    if (verbs.length === 0) return;
    const participle = /^\s*be ([a-z]+)\b/.exec(definition)?.[1];
    if (participle !== undefined) {
      const list = passiveOf.get(participle) ?? [];
      for (const verb of verbs) list.push({ verb, offset });
      passiveOf.set(participle, list);
    }
    const genus = /^\s*([a-z]+)\b/.exec(definition)?.[1];
    if (genus !== undefined) {
      const list = genusOf.get(genus) ?? [];
      for (const verb of verbs) if (verb !== genus) list.push({ verb, offset });
      genusOf.set(genus, list);
    }
    // "express gratitude or show appreciation to; …": each definition and each alternative in it.
    for (const clause of definition.replace(/\([^)]*\)/g, ' ').split(/;|\bor\b/)) {
      const content: string[] = [];
      forEachWord(clause, (w, stop) => {
        if (!stop) content.push(stem(w));
      });
      if (content.length !== 2 || content[0] === content[1]) continue;
      const key = keyOf(content[0] as string, content[1] as string);
      // A verb never stands for its own words: "pay money" is no bridge from "pay" to "pay".
      const own = new Set(content);
      const list = built.get(key) ?? [];
      for (const verb of verbs) if (!own.has(stem(verb))) list.push({ verb, offset });
      if (list.length > 0) built.set(key, list);
    }
  });
  genera = genusOf;
  passives = passiveOf;
  return built;
}

/**
 * The verbs WordNet defines by `verb` as their first word, with the synset of that definition ("win a
 * victory over" defines "defeat", "overcome"): each a way of doing it. Any sense of either: the caller
 * keeps those it reads.
 */
export function verbsWithGenus(verb: string): readonly Defined[] {
  table ??= build();
  return genera?.get(verb) ?? [];
}

/**
 * The verbs WordNet defines as `verb` undergone, by a definition opening "be" and one of its participles,
 * in one of their commonest senses: "fetch" ("be sold for a certain price") of "sell". A reader asks what
 * a thing will "sell for"; the story says what it is "expected to fetch". Without `verb` itself ("sell" is
 * also "be sold at a certain price"); the defined verb as written (the caller stems it).
 */
export function verbsUndergoing(verb: string): string[] {
  table ??= build();
  const found = new Set<string>();
  // Of the kind of event the verb's commonest senses are (WordNet's lexicographer file: "sell" and
  // "fetch" are both verbs of possession); "service" ("be used by", a social verb) is no way of using.
  const kinds = new Set(commonSenses('verb', verb).map((o) => lexFileOf('verb', o)));
  for (const form of verbForms(verb))
    for (const d of passives?.get(form) ?? [])
      if (
        d.verb !== verb &&
        isCommonSense('verb', d.verb, d.offset) &&
        kinds.has(lexFileOf('verb', d.offset)) &&
        mostlyVerb(d.verb)
      )
        found.add(d.verb);
  return [...found];
}

/**
 * A word English uses as a verb more than as a noun or an adjective, by WordNet's tagged corpus: a story's
 * "Premier" is a title, not "premiere" ("be performed for the first time") of a question's "performed".
 */
function mostlyVerb(word: string): boolean {
  return taggedUses(word, '2') > taggedUses(word, '135');
}

/** Build the table now rather than on the first question (warm-up). */
export function preloadGlosses(): void {
  table ??= build();
}

/**
 * The verbs, with their inflected forms, that WordNet defines by these two words in either order in
 * one of their commonest senses, among those its tagged corpus uses as verbs ("express", "gratitude" → "thank", "thanked", …); none for any other pair.
 */
export function verbsDefinedAs(first: string, second: string): string[] {
  table ??= build();
  const defined = table.get(keyOf(stem(first), stem(second))) ?? [];
  // Only where the definition is one of the verb's commonest senses: "give birth" defines "drop" and
  // "whelp" too, senses a story's "dropped" hardly ever has.
  // And only a verb WordNet's tagged corpus uses as a verb: "vote against" defines "negative" too,
  // which a story writes as the adjective ("negative effects").
  const verbs = defined
    .filter((d) => isCommonSense('verb', d.verb, d.offset) && taggedUses(d.verb, '2') > 0)
    .map((d) => d.verb);
  return [...new Set(verbs.flatMap((v) => [v, ...verbForms(v)]))];
}
