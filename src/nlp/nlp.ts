/**
 * compromise, loaded on first use. Its model takes about half a second to load, which would double
 * the bot's start-up; the CommonJS build loads synchronously, so callers need not become async.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { quickBulkMatch } from './quick-sweep.js';

const require = createRequire(import.meta.url);
let loaded: typeof nlpType | undefined;

function compromise(): typeof nlpType {
  if (loaded === undefined) {
    loaded = require('compromise') as typeof nlpType;
    loaded.plugin(rememberedPatterns(loaded.methods() as unknown as MatchMethods));
    // Same rules tried in the same order, chosen with less work (quick-sweep.ts).
    loaded.plugin({ methods: { one: { bulkMatch: quickBulkMatch } } });
  }
  return loaded;
}

type ParseMatch = (pattern: unknown, options: unknown, world: unknown) => unknown;
interface MatchMethods {
  one: { parseMatch: ParseMatch };
}

/** Patterns parsed so far: compromise's own, a few dozen strings, so the map stays small. */
const PATTERN_LIMIT = 1000;

/**
 * compromise parses a match pattern ("<Noun>", "#Verb+") every time a selection or conversion uses it:
 * a fifth of what nouns(), verbs() and their conversions of one word cost. Each pattern is parsed once;
 * callers get a copy, as a few (growLeft, growRight) mark the parsed pattern they are given.
 * Registered through compromise's plugin API, which replaces the method for every document.
 */
function rememberedPatterns(methods: MatchMethods): { methods: MatchMethods } {
  const parse = methods.one.parseMatch;
  const parsed = new Map<string, unknown>();
  return {
    methods: {
      one: {
        parseMatch(pattern, options, world) {
          const plain =
            options === undefined ||
            (typeof options === 'object' && options !== null && Object.keys(options).length === 0);
          if (typeof pattern !== 'string' || !plain) return parse(pattern, options, world);
          let regs = parsed.get(pattern);
          if (regs === undefined) {
            regs = parse(pattern, options, world);
            if (parsed.size >= PATTERN_LIMIT) parsed.clear();
            parsed.set(pattern, regs);
          }
          return structuredClone(regs);
        },
      },
    },
  };
}

export function nlp(text: string): ReturnType<typeof nlpType> {
  return compromise()(text);
}

/**
 * `text` tagged without compromise's last step, the chunker, which groups terms into the noun and verb
 * phrases that selections (`nouns()`, `verbs()`) find: entities read only the tags, which the chunker
 * does not change, and it was 15% of tagging a sentence. compromise runs the steps its world lists;
 * the list is set back before anything else can run (tagging is synchronous).
 */
export function tagOnly(text: string): ReturnType<typeof nlpType> {
  const tagger = compromise();
  const world = tagger.world() as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== 'chunks');
  try {
    return tagger(text);
  } finally {
    world.hooks = hooks;
  }
}

/** A tagged term: its text (without the punctuation around it), its tags and where it starts. */
export interface TaggedTerm {
  text: string;
  tags: ReadonlySet<string>;
  start: number;
}

/** A term of compromise's document: its text, what comes before and after it, its tags. */
interface DocTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/**
 * The terms of `text`, tagged (`tagOnly`), each with its start as compromise's `json({ offset: true })`
 * gives it (the text before it: every earlier term's pre, text and post, then its own pre), read from
 * the document itself: building the JSON (a copy of every term, the sentence's text) was a twentieth of
 * tagging a sentence.
 */
export function taggedTerms(text: string): TaggedTerm[] {
  const document = (tagOnly(text) as unknown as { document: DocTerm[][] }).document;
  const out: TaggedTerm[] = [];
  let elapsed = 0;
  for (const sentence of document)
    for (const term of sentence) {
      out.push({ text: term.text, tags: term.tags, start: elapsed + term.pre.length });
      elapsed += term.pre.length + term.text.length + term.post.length;
    }
  return out;
}

/** The tagger's version (loads it): entity caches are only valid for the version that wrote them. */
export function nlpVersion(): string {
  return (compromise() as unknown as { version: string }).version;
}

/** What a tagged term carries that tells which phrase selections (verbs(), nouns(), adjectives()) can find it. */
interface TermTags {
  chunk?: string;
  tags: Set<string>;
}

/**
 * Which of compromise's selections can find anything in `doc`: `verbs()` and `nouns()` select by
 * chunk (`<Verb>`, `<Noun>`), `adjectives()` by the tag. Converting an empty selection returns ""
 * at the cost of parsing a dozen match patterns, so callers look here first.
 */
export function selectable(doc: ReturnType<typeof nlpType>): { verb: boolean; noun: boolean; adj: boolean } {
  const terms = (doc as unknown as { docs: TermTags[][] }).docs.flat();
  return {
    verb: terms.some((t) => t.chunk === 'Verb'),
    noun: terms.some((t) => t.chunk === 'Noun'),
    adj: terms.some((t) => t.tags.has('Adjective')),
  };
}

/** compromise's tables for inflecting one word (what its conversions use once they have found the word). */
export interface Transforms {
  verb: {
    toInfinitive(word: string, model: object, tense: string | undefined): string;
    conjugate(word: string, model: object): Record<string, string>;
  };
  noun: {
    toSingular(word: string, model: object): string;
    toPlural(word: string, model: object): string;
  };
  adjective: Record<
    'fromComparative' | 'fromSuperlative' | 'toComparative' | 'toSuperlative' | 'toNoun' | 'toAdverb',
    (word: string, model: object) => string
  >;
}

/** The tables and the model they read (loads the tagger). */
export function transforms(): { transform: Transforms; model: object } {
  const methods = compromise().methods() as unknown as { two: { transform: Transforms } };
  return { transform: methods.two.transform, model: compromise().model() };
}

function verbTransform(): Transforms['verb'] {
  return transforms().transform.verb;
}

const TENSES = ['PastTense', 'Participle', 'PresentTense', 'Gerund'];

/**
 * The base forms `word` would have as each verb tense ("came" → "come", "topped" → "top", "taken" →
 * "take"), from compromise's suffix and irregular-verb tables without tagging a document: a few
 * microseconds a word, where `nlp(word).verbs().toInfinitive()` takes about a millisecond.
 */
export function verbBases(word: string): string[] {
  const { toInfinitive } = verbTransform();
  const model = compromise().model();
  const bases = new Set<string>();
  for (const tense of TENSES) {
    const base = toInfinitive(word, model, tense);
    if (base !== word && base !== '') bases.add(base);
  }
  return [...bases];
}

/**
 * The inflected forms of a verb ("die" → "died", "dies", "dying"; "rise" → "rose", "risen"), from the
 * same tables: the stemmer does not bring every form back to the base ("died" stems to "di").
 */
export function verbForms(base: string): string[] {
  const forms = verbTransform().conjugate(base, compromise().model());
  return [...new Set(Object.values(forms).filter((f) => f !== base && !f.includes(' ')))];
}

let plurals: { byBase: Map<string, string>; byPlural: Map<string, string> } | undefined;

/**
 * compromise's table of irregular plurals ("child" → "children", "mouse" → "mice", "analysis" →
 * "analyses"), both ways: the plurals no suffix rule writes, as WordNet's noun.exc lists them.
 */
export function irregularPlurals(): { byBase: Map<string, string>; byPlural: Map<string, string> } {
  if (plurals === undefined) {
    const model = compromise().model() as { two: { irregularPlurals: Record<string, string> } };
    const byBase = new Map(Object.entries(model.two.irregularPlurals));
    plurals = { byBase, byPlural: new Map([...byBase].map(([base, plural]) => [plural, base])) };
  }
  return plurals;
}

/** The table's plurals as a word's last part ("police|men", "spokes|women", "grand|children"), longest first. */
let pluralEnding: RegExp | undefined;

/**
 * The singular `word` may be an irregular plural of, which no "-s" rule undoes: the table's own
 * ("children" → "child", "teeth" → "tooth"), a compound ending in one of them ("fishermen" →
 * "fisherman", "grandchildren" → "grandchild": WordNet's noun.exc lists these one by one, and
 * compromise's suffix rules write "fishermans" back), or an "-ves" plural compromise's suffix rules
 * undo and write back ("wolves" → "wolf", "knives" → "knife"). A candidate only: the caller checks it
 * against the lexicon it reads (WordNet's noun lemmas), as analysis by synthesis does. Undefined when
 * there is none.
 */
export function irregularSingular(word: string): string | undefined {
  const { byPlural } = irregularPlurals();
  const own = byPlural.get(word);
  if (own !== undefined) return own === word ? undefined : own;
  pluralEnding ??= new RegExp(
    `^(\\p{L}+?)(${[...byPlural.keys()]
      .filter((plural) => byPlural.get(plural) !== plural)
      .sort((a, b) => b.length - a.length)
      .join('|')})$`,
    'u',
  );
  const compound = pluralEnding.exec(word);
  if (compound !== null) return `${compound[1] as string}${byPlural.get(compound[2] as string) as string}`;
  if (!word.endsWith('ves')) return undefined;
  const { transform, model } = transforms();
  const single = transform.noun.toSingular(word, model);
  return single !== word && transform.noun.toPlural(single, model) === word ? single : undefined;
}

function lexicon(): Record<string, string | string[]> {
  return (compromise().world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model
    .one.lexicon;
}

/** Does compromise's lexicon list `word` as a verb's infinitive ("be", "retire"; not "war", "school")? */
export function isInfinitive(word: string): boolean {
  return lexicon()[word] === 'Infinitive';
}

/** The word classes that name nothing: no word of theirs is a name or a thing a story is about. */
const NAMELESS_CLASSES = new Set([
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Adverb',
  'Adjective',
]);

/**
 * Does compromise's lexicon list `word` (lower case) in a word class that names nothing: a preposition,
 * conjunction, determiner, pronoun, adverb or adjective ("against", "upon", "versus", "else")?
 */
export function isNamelessWord(word: string): boolean {
  const tags = lexicon()[word];
  if (tags === undefined) return false;
  return (typeof tags === 'string' ? [tags] : tags).some((t) => NAMELESS_CLASSES.has(t));
}
