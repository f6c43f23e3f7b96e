/**
 * Does a passage say that what the question asks is not known, or was not said? News stories often say
 * so in so many words: "no one knew who had donated the jacket", "it is not yet clear how the fire
 * started", "police have not said why the road was closed", "she declined to say how much she paid".
 * Such a sentence holds the question's words (and often a name: the person who said it is not known), so
 * retrieval finds it first and the calibrator reads it as an answer. It is the story's own word that it
 * does not say.
 *
 * Read as the grammar has it: the question's wh-word heads a clause governed by a denied or uncertain
 * verb of knowing or saying ("did not say", "no one knew", "has yet to explain", "declined to reveal") or
 * by a word of uncertainty ("unclear", "unknown", "not certain", "a mystery"), and that clause holds the
 * question's verb, in any form or a WordNet synonym ("who donated" of "who had donated"). An elided
 * clause ("She left in May but did not say why.") is the sentence's own: its verb is read over the whole
 * passage. The verbs of knowing and saying are WordNet's: a commonest sense filed as cognition or
 * communication that takes a clause (frame 26, "Somebody ----s that CLAUSE"), as `reporting-verb.ts`
 * reads reports. "Police said they knew who had done it" denies nothing; "no one knew who had donated
 * the jacket" says nothing of who found the medal. Pure, apart from WordNet and word-form look-ups.
 */
import { OPENING_AUXILIARY } from './auxiliaries.js';
import { verbLemmaOf } from './lemma.js';
import { asksWhether } from './polarity.js';
import { questionVerb, verbStems } from './question-verb.js';
import { clauseSenseIn } from './reporting-verb.js';
import { stem, tokenize } from './text.js';
import { WordCache } from './word-caches.js';
import { VERB_FILE } from './wordnet.js';

/** What the passage says of the asked thing: no one knows it (`unknown`), or no one would say (`untold`). */
export type NotKnown = 'unknown' | 'untold';

/** How many of a verb's senses, commonest first, may make it one of knowing or saying ("establish" in its third). */
const KNOWING_SENSES = 3;

/**
 * The wh-words a question may ask with, each with the words a passage's clause may open with for it:
 * "whom" and "whose" are "who"'s, "how come" is a "why". Closed-class words: a grammar's list.
 */
const WH: Readonly<Record<string, readonly string[]>> & { whether: readonly string[] } = {
  who: ['who', 'whom'],
  whom: ['who', 'whom'],
  whose: ['whose'],
  what: ['what'],
  which: ['which'],
  why: ['why'],
  when: ['when'],
  where: ['where'],
  how: ['how'],
  // A yes/no question ("was anyone arrested?"): "police have not said whether anyone was arrested".
  whether: ['whether', 'if'],
};

/** A key of `WH` of its own: `in` would take "constructor" and the other names every object inherits. */
function isWhWord(word: string): boolean {
  return Object.hasOwn(WH, word);
}

/**
 * Words of denial before the governing verb ("did not say", "no one knew", "never explained", "has yet
 * to reveal", "declined to say"). "no" and "one" come as two words; "n't" as the end of a word.
 */
const DENIAL = new Set(['not', 'never', 'nobody', 'none', 'neither', 'nor', 'yet', 'without']);
/** The verbs that deny the verb of saying after their "to": "declined to say", "refused to confirm". */
const WITHHOLDING = new Set(['decline', 'refuse', 'fail']);
/** The adjectives denying "able": "unable to say". */
const UNABLE = new Set(['unable']);

/**
 * Words that say a thing is not known ("it is unclear who…", "remains a mystery"), and the adjectives
 * that say it is after "not" ("it is not clear why", "not certain when"). A short closed list: the
 * negative adjectives of knowing ("unknown", "unclear", "uncertain", "unsure": WordNet's antonyms of
 * "known", "clear", "certain", "sure") and the noun "mystery"; after "not", the positives.
 */
const UNCERTAIN = new Set([
  'unknown',
  'unclear',
  'uncertain',
  'unsure',
  'undetermined',
  'unexplained',
  'mystery',
]);
const CERTAIN = new Set(['known', 'clear', 'certain', 'sure', 'apparent', 'obvious', 'evident']);

/** The conjunctions of contrast: what follows one may give what was said to be unknown. */
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'except']);

/** How many words may stand between the governing word and the wh-word ("did not tell the family why"). */
const GOVERNED_WITHIN = 3;
/** How many words may stand between the denial and its verb ("has not yet publicly said", "is still not known"). */
const DENIED_WITHIN = 3;

/** A word, or a mark ending a phrase (a clause does not run over it). */
const PIECE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.,;:!?()"“”—–]/gu;
const BREAK = /^[.,;:!?()"“”—–]$/;

interface Word {
  word: string;
  start: number;
  end: number;
}

function pieces(text: string): Word[] {
  return [...text.matchAll(PIECE)].map((m) => ({
    word: m[0].toLowerCase().replace(/’/g, "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Module state, as WordNet's look-ups are: each word's reading, read once (`word-caches.ts`). */
const knowingCache = new WordCache<number | undefined>();

/**
 * Is `word` a form of a verb of knowing or saying ("knew", "said", "established", "revealed"): one of its
 * commonest senses filed as cognition or communication with a clause after it?
 */
export function isKnowingVerb(word: string): boolean {
  return knowingFile(word) !== undefined;
}

/** The lexicographer file (cognition or communication) of the first such sense of `word`'s verb, if any. */
function knowingFile(word: string): number | undefined {
  return knowingCache.get(word, readKnowing, false);
}

/**
 * Verbs of cognition with a clause after them that say what someone makes of a thing, not whether it is
 * known: "residents said they could not understand why the council had closed it" is their disbelief,
 * and the story may give the reason next.
 */
const OPINION = new Set(['understand', 'believe', 'imagine', 'think', 'see', 'accept', 'comprehend']);

function readKnowing(word: string): number | undefined {
  const lemma = verbLemmaOf(word);
  if (lemma === undefined || OPINION.has(lemma)) return undefined;
  return clauseSenseIn(word, [VERB_FILE.cognition, VERB_FILE.communication], KNOWING_SENSES)?.lexFile;
}

/**
 * The wh-word a question asks with, and the word after "how" ("how many"), or undefined. A yes/no
 * question asks "whether", unless it asks what someone knows or said of a wh-clause ("do you know who
 * donated it?", "did police say why?"): that clause's wh-word is what it asks.
 */
export function askedWh(question: string): { wh: string; after?: string } | undefined {
  const words = pieces(question).filter((w) => !BREAK.test(w.word));
  const isWh = (w: Word) => (isWhWord(w.word) && w.word !== 'whether') || CONTRACTED_WH.test(w.word);
  const yesNo = asksWhether(question);
  // The question's first wh-word: its first word, after "and", "so", "but"; or, in a yes/no question,
  // after a verb of knowing or saying ("do you know who…", "can you tell me why…").
  const at = words.findIndex(
    (w, i) =>
      isWh(w) &&
      (yesNo
        ? [words[i - 1], words[i - 2]].some((v) => v !== undefined && isKnowingVerb(v.word))
        : i <= FIRST_WORDS),
  );
  if (at === -1) return yesNo ? { wh: 'whether' } : undefined;
  const first = words[at] as Word;
  const known = isWhWord(first.word) ? first.word : first.word.replace(/(?:'s|s)$/, '');
  if (!isWhWord(known)) return undefined;
  // "how come" asks why.
  if (known === 'how' && words[at + 1]?.word === 'come') return { wh: 'why' };
  const after = known === 'how' ? measureAfterHow(words[at + 1]?.word) : undefined;
  return after === undefined ? { wh: known } : { wh: known, after };
}

/** "who's", "whats", "wheres", "hows": a wh-word with its verb, as readers type them. */
const CONTRACTED_WH = /^(?:who|what|where|how)(?:'s|s)$/;
/** How many words may open a question before its wh-word ("and so who…", "ok but why…"). */
const FIRST_WORDS = 4;

/**
 * The measure word after "how" ("many", "much", "long", "old"), undefined for a "how" of manner ("how
 * did he die", "how the fire started"), after which the clause's own words follow.
 */
function measureAfterHow(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  return HOW_MEASURES.has(word) ? word : undefined;
}

/**
 * The words "how" asks a measure with: a closed list of the degree words a question of amount, size,
 * time or distance opens with ("how many", "how old"). Any other word after it is the clause's.
 */
const HOW_MEASURES = new Set([
  'many',
  'much',
  'long',
  'old',
  'far',
  'big',
  'high',
  'tall',
  'deep',
  'wide',
  'large',
  'often',
  'soon',
  'fast',
  'heavy',
  'serious',
  'badly',
]);

/**
 * Does the word at `at` open a clause governed by a denied or uncertain verb of knowing or saying, or a
 * word of uncertainty, within `GOVERNED_WITHIN` words before it (and no mark of a break)? Returns which.
 */
function governed(words: readonly Word[], at: number): NotKnown | undefined {
  for (let g = at - 1; g >= 0 && g >= at - 1 - GOVERNED_WITHIN; g--) {
    const w = (words[g] as Word).word;
    if (BREAK.test(w)) return undefined;
    if (UNCERTAIN.has(w)) return 'unknown';
    if (CERTAIN.has(w) && denied(words, g)) return 'unknown';
    if (isKnowingVerb(w) && denied(words, g)) return knowingKind(w);
  }
  return undefined;
}

/**
 * Does a verb of knowing or saying, not an auxiliary ("will" has a sense of deciding), follow the
 * question's first wh-word ("what did she say about…")?
 */
function asksWhatIsSaid(question: string): boolean {
  const words = pieces(question);
  const at = words.findIndex((w) => isWhWord(w.word) || CONTRACTED_WH.test(w.word));
  return (
    at !== -1 && words.slice(at + 1).some((w) => !OPENING_AUXILIARY.has(w.word) && isKnowingVerb(w.word))
  );
}

/** A verb of knowing ("know", "establish", "determine") says no one knows; one of saying, no one said. */
function knowingKind(word: string): NotKnown {
  return knowingFile(word) === VERB_FILE.cognition ? 'unknown' : 'untold';
}

/**
 * Is the word at `g` denied by the words before it, within `DENIED_WITHIN` words and no break: "not",
 * "n't", "never", "no one", "nobody", "yet to", or "declined to" / "refused to" / "unable to"?
 */
function denied(words: readonly Word[], g: number): boolean {
  for (let d = g - 1; d >= 0 && d >= g - 1 - DENIED_WITHIN; d--) {
    const w = (words[d] as Word).word;
    if (BREAK.test(w)) return false;
    // "and yet she knew why…" is no denial: "yet" denies only as "has yet to say".
    if (w === 'yet') {
      if (words[d + 1]?.word === 'to') return true;
      continue;
    }
    if (DENIAL.has(w) || w.endsWith("n't") || UNABLE.has(w)) return true;
    if (w === 'one' && words[d - 1]?.word === 'no') return true;
    // "declined to say", "has yet to say", "unable to say": the verb before "to" denies the saying. Any
    // other ("did not hesitate to say who…") is the verb a denial before it denies, not the saying.
    if (w === 'to' && d > 0) {
      const before = (words[d - 1] as Word).word;
      const lemma = verbLemmaOf(before);
      if (before === 'yet' || UNABLE.has(before) || (lemma !== undefined && WITHHOLDING.has(lemma)))
        return true;
      return false;
    }
  }
  return false;
}

/**
 * Does `passage` say that what `question` asks is not known or not said (see the module's comment)?
 * Which of the two, or undefined.
 */
export function notKnownIn(question: string, passage: string): NotKnown | undefined {
  const asked = askedWh(question);
  if (asked === undefined) return undefined;
  // "What did the council say about the plan?" asks what was said: "would not say what the plan would
  // cost" denies something else. A verb of knowing or saying after the wh-word is the question's own.
  if (asked.wh !== 'whether' && asksWhatIsSaid(question)) return undefined;
  // Not known whether it happened at all ("police have not said whether anyone was arrested"), it is
  // not known who did it, or where, either: "whether" opens a clause denying any wh-question.
  const opens = [...(WH[asked.wh] ?? []), ...WH.whether.slice(0, 1)];
  const keywords = tokenize(question).filter((t) => !t.stop);
  const verb = questionVerb({ keywords });
  // A question with no verb but "be" ("how much is the medal worth?", "who is the donor?"): its words.
  const said = verb === undefined ? undefined : verbStems(verb);
  const content = keywords.filter((k) => !isWhWord(k.word));
  if (said === undefined && content.length === 0) return undefined;
  const words = pieces(passage);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    if (!opens.includes(w.word)) continue;
    // "how many" asks a count: the passage's "how" must ask the same measure, or none for a manner.
    if (w.word === 'how' && measureAfterHow(words[i + 1]?.word) !== asked.after) continue;
    const kind = governed(words, i);
    if (kind === undefined) continue;
    // The clause the wh-word opens, up to a break; elided ("did not say why."), the whole passage.
    let end = i + 1;
    while (end < words.length && !BREAK.test((words[end] as Word).word)) end++;
    const clause =
      end === i + 1 || (w.word === 'how' && asked.after !== undefined && end === i + 2)
        ? passage
        : passage.slice(w.start, (words[end - 1] as Word).end);
    // "It is uncertain how ctenophores control their buoyancy, but experiments have shown that…": a
    // contrast after the denial may say what is known after all.
    if (words.slice(end).some((x) => CONTRAST.has(x.word))) continue;
    const stems = new Set(tokenize(clause).map((t) => t.stem));
    const holds =
      said !== undefined
        ? [...said].some((s) => stems.has(s))
        : content.filter((k) => stems.has(stem(k.word))).length * 2 >= content.length;
    if (holds) return kind;
  }
  return undefined;
}
