/**
 * A question that asks what someone did, does or will do, or what happened to something: "what did the
 * mayor do after the flood?", "what is the council doing?", "what has she done?", "what should I do if I
 * find one?", "what happened to the bridge?", "what became of the ship?". Its answer is an action or a
 * state, the passage's predicate for the question's subject (`predicate.ts`), never a noun phrase of the
 * passage ("August" would read as a wrong answer to "what did she do in Athens?").
 *
 * The forms are English's, read word by word: "what", an auxiliary (or "what's"), the subject, then
 * "do", "doing" or "done" as the main verb, the question ending there or going on with a preposition or
 * a subordinate clause; "what (has / will …) happened to X"; "what became of X". Not "what do the unions
 * want?", whose "do" is the auxiliary of another verb and whose answer is a thing. Pure, apart from
 * compromise's tags (a verb in the subject: "what is the government thinking of doing?").
 */
import { tagOnly } from '../nlp/nlp.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_AUXILIARIES } from './auxiliaries.js';

export interface ActionAsked {
  /** "What did X do?" (an action of X) or "what happened to X?" (what X underwent). */
  form: 'did' | 'happened';
  /** The question's subject as written ("the chair of governors"); empty for a pronoun. */
  subject: string;
  /**
   * The subject's head noun, its last word before any preposition ("chair" of "the chair of
   * governers"): what the passage must say of its predicate's subject, the modifiers perhaps misspelt.
   */
  head: string;
  /** "she", "they", "I": a pronoun subject, whose referent the passage names in its own words. */
  pronoun: boolean;
  /**
   * "I", "you", "we": the reader (or anyone), whose action is advice the story may give, not an action
   * it tells ("what can I do to report a pothole?"); no predicate of the story's people answers it.
   */
  reader: boolean;
  /**
   * "it", "they" opening the question: a pronoun that may stand for any thing or group the story names;
   * unless the conversation read it as one, no predicate of the passage is known to be its. Not when
   * words before "what" may name it ("If an election is held early, what does it do to …?").
   */
  vague: boolean;
  /**
   * "What does Icstis do?", "what do they do?": the present's "do"/"does" asks what the subject does
   * as a rule (its job, its role), which a title or a description answers; "what did X do?", "what has
   * X done?", "what will X do?" ask an action the story tells.
   */
  habitual: boolean;
  /**
   * The words that place the action ("in athens" of "what did she do in athens?"): a predicate saying
   * them is the one asked. A condition ("if I find a dead swan") sets the scene and is left out.
   */
  adjunct: string;
}

const AUXILIARY: ReadonlySet<string> = new Set([
  ...BE_FORMS.filter((w) => !w.startsWith('be')),
  ...DO_FORMS,
  ...HAVE_FORMS,
  ...MODAL_AUXILIARIES,
]);
/** "Do" as a main verb: after its subject, "what did she do", "what is he doing", "what has it done". */
const DO_MAIN: ReadonlySet<string> = new Set(['do', 'does', 'did', 'doing', 'done']);
/** The subject pronouns: a word after one is its verb ("what did they sign"). */
export const PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'we', 'he', 'she', 'it', 'they']);
/** The pronouns of the reader and the people asking: "I", "you", "we". */
const READER: ReadonlySet<string> = new Set(['i', 'you', 'we']);
const readerOnly = (subject: readonly string[]) => subject.every((w) => READER.has(w));
const vagueOnly = (subject: readonly string[], what: number) =>
  what === 0 && subject.every((w) => w === 'it' || w === 'they');
/**
 * What may follow the action's "do": a preposition, a subordinator or a time adverb opening an adjunct
 * ("in athens", "after the flood", "if i find…", "now", "next"); English's closed classes, so that
 * "what did they do the work for" (an object) is not read as an action.
 */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([
  'about',
  'after',
  'across',
  'against',
  'along',
  'amid',
  'among',
  'around',
  'at',
  'because',
  'before',
  'behind',
  'between',
  'beyond',
  'by',
  'despite',
  'during',
  'for',
  'from',
  'if',
  'in',
  'inside',
  'instead',
  'into',
  'last',
  'next',
  'now',
  'near',
  'on',
  'once',
  'onto',
  'over',
  'since',
  'then',
  'there',
  'this',
  'through',
  'throughout',
  'to',
  'today',
  'tomorrow',
  'toward',
  'towards',
  'under',
  'unless',
  'until',
  'upon',
  'when',
  'whenever',
  'while',
  'with',
  'within',
  'without',
  'yesterday',
]);
/** A clause that says when the asked action would be done, not what it is: "if I find a dead swan". */
const CONDITION: ReadonlySet<string> = new Set(['if', 'unless', 'when', 'whenever', 'once']);
/** "What happened to X": the forms of "happen". */
const HAPPEN: ReadonlySet<string> = new Set(['happen', 'happens', 'happened', 'happening']);
const BECOME: ReadonlySet<string> = new Set(['become', 'becomes', 'became']);

/** The question's words, lower case, with "what's" read as "what is". */
function wordsOf(question: string): string[] {
  return (question.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).flatMap((w) =>
    /^whats?$|^what['’]s$/u.test(w) ? ['what', ...(w === 'what' ? [] : ['is'])] : [w],
  );
}

/**
 * The action asked, or undefined when the question asks no action of a subject. `corrections` are the
 * engine's readings of misspelt words ("shud" as "should", "governers" as "governors").
 */
export function actionAsked(
  question: string,
  corrections: readonly { from: string; to: string }[] = [],
): ActionAsked | undefined {
  const fixed = new Map(corrections.map((c) => [c.from.toLowerCase(), c.to.toLowerCase()]));
  const words = wordsOf(question).map((w) => fixed.get(w) ?? w);
  const what = words.indexOf('what');
  if (what === -1 || words.slice(0, what).some((w) => /^(?:who|which|when|where|why|how)$/.test(w)))
    return undefined;
  return happenedTo(words, what) ?? didDo(words, what);
}

/** "What happened to the bridge?", "what will happen to the staff?", "what became of the ship?". */
function happenedTo(words: readonly string[], what: number): ActionAsked | undefined {
  let i = what + 1;
  while (AUXILIARY.has(words[i] ?? '')) i++;
  // "What is going to happen to…": the future; not "what had to happen to…", a need.
  if (words[i] === 'going' && words[i + 1] === 'to') i += 2;
  const verb = words[i] ?? '';
  const preposition = HAPPEN.has(verb) ? 'to' : BECOME.has(verb) ? 'of' : undefined;
  if (preposition === undefined || words[i + 1] !== preposition) return undefined;
  const rest = words.slice(i + 2);
  const cut = rest.findIndex((w, k) => k > 0 && ADJUNCT_OPENERS.has(w));
  const subject = cut === -1 ? rest : rest.slice(0, cut);
  if (subject.length === 0) return undefined;
  if (verbsAmong(words, i + 2, i + 2 + subject.length).some(Boolean)) return undefined;
  return {
    form: 'happened',
    habitual: false,
    subject: subject.join(' '),
    head: headOf(subject),
    pronoun: subject.every((w) => PRONOUNS.has(w)),
    reader: readerOnly(subject),
    vague: vagueOnly(subject, what),
    adjunct: cut === -1 ? '' : scene(rest.slice(cut)),
  };
}

/** "What did she do in athens?", "what is the council doing about it?", "what has he done?". */
function didDo(words: readonly string[], what: number): ActionAsked | undefined {
  const auxiliary = words[what + 1];
  if (auxiliary === undefined) return undefined;
  // The auxiliary, or a word the spelling left unread before a pronoun subject ("what shud i do").
  const known = AUXILIARY.has(auxiliary);
  const start = what + 2;
  const at = words.findIndex((w, k) => k >= start && DO_MAIN.has(w));
  if (at <= start) return undefined;
  const rest = words.slice(at + 1);
  if (rest.length > 0 && !ADJUNCT_OPENERS.has(rest[0] as string)) return undefined;
  // "What did the government fail to do…?": the infinitive of another verb.
  if (words[at - 1] === 'to' || words.slice(start, at).includes('what')) return undefined;
  const subject = clauseSubject(words, start, at, known);
  if (subject === undefined) return undefined;
  const pronoun = subject.every((w) => PRONOUNS.has(w));
  if (!known && !pronoun) return undefined;
  return {
    form: 'did',
    habitual: (auxiliary === 'do' || auxiliary === 'does') && words[at] === 'do',
    subject: pronoun ? '' : subject.join(' '),
    head: pronoun ? '' : headOf(subject),
    pronoun,
    reader: readerOnly(subject),
    vague: vagueOnly(subject, what),
    adjunct: scene(rest),
  };
}

/**
 * The subject of the asked "do" (words `start` to `at`): the words after the question's auxiliary, or,
 * when a modal stands right before "do", the subject of the clause a verb reports ("what do critics
 * think [the law] would do?"). Undefined when a verb or an auxiliary makes "do" another verb's
 * complement ("what does BT suggest customers do…?"); after "be", the progressive's verb is the first
 * "-ing" word ("what is the government thinking of doing…?").
 */
function clauseSubject(
  words: readonly string[],
  start: number,
  at: number,
  known: boolean,
): string[] | undefined {
  const pronoun = (ws: readonly string[]) => ws.every((w) => PRONOUNS.has(w));
  const simple = words.slice(start, at);
  if (!known && pronoun(simple)) return simple;
  if (!simple.some((w) => AUXILIARY.has(w))) {
    if (BE_FORMS.includes(words[start - 1] as string) && simple.some((w) => w.endsWith('ing')))
      return undefined;
    return pronoun(simple) || !verbsAmong(words, start, at).some(Boolean) ? simple : undefined;
  }
  const modal = at - 1;
  if (!AUXILIARY.has(words[modal] as string)) return undefined;
  const verbs = verbsAmong(words, start, modal);
  const reporting = verbs.lastIndexOf(true);
  if (reporting === -1) return undefined;
  const inner = words.slice(start + reporting + 1, modal);
  if (inner.length === 0 || inner.some((w) => AUXILIARY.has(w))) return undefined;
  return inner;
}

/**
 * Which of the words `from` to `to` compromise, reading the whole question, tags as a verb ("suggest" of
 * "what does BT suggest customers do…?", "think" of "what do critics think the law would do?").
 */
function verbsAmong(words: readonly string[], from: number, to: number): boolean[] {
  const json = tagOnly(words.join(' ')).json() as { terms: { tags: string[] }[] }[];
  const terms = json.flatMap((s) => s.terms);
  // compromise keeps one term per word written with spaces; if it did not, read the words alone.
  const read =
    terms.length === words.length
      ? terms.slice(from, to)
      : (tagOnly(words.slice(from, to).join(' ')).json() as typeof json).flatMap((s) => s.terms);
  return read.map((t) => t.tags.includes('Verb'));
}

/** The noun phrase's head: its last word before a preposition ("chair" of "the chair of governors"). */
function headOf(subject: readonly string[]): string {
  const cut = subject.findIndex((w, k) => k > 0 && (w === 'of' || ADJUNCT_OPENERS.has(w)));
  return (cut === -1 ? subject : subject.slice(0, cut)).at(-1) ?? '';
}

/** The adjunct's words up to a condition clause, which says when, not what. */
function scene(rest: readonly string[]): string {
  const condition = rest.findIndex((w) => CONDITION.has(w));
  return (condition === -1 ? rest : rest.slice(0, condition)).join(' ');
}
