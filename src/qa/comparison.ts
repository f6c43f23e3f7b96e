/**
 * Yes/no questions comparing two people's ages: "is the baker older than the florist?", "is Megan Cole
 * younger than Jack Reilly?", and which of two is: "who is older, Mr or Mrs Greaves?". A passage answers only one side of such a question; the answer is the two
 * ages set against each other. Each side's age is read with the project's readers: `agesOfNames` (an
 * apposition, "Tom Reilly, 62,"; a predicate, "Reid is 45"; an age before the name, "48-year-old
 * accountant Martin Feltham") or, for an age they tie to no name, a number `measuresAt` reads as an age
 * ("aged 62", "a 19-year-old") and the nearest name. Only when each side is one person of the story and the two ages differ
 * is there a yes or no; otherwise the engine answers as it does any question. Sums and counts ("did
 * the quiz night make more than the walk?") are not compared: which number belongs to which thing needs
 * more than nearness in the sentence (session 39's review). Pure, apart from WordNet's word lists.
 */
import { agesOfNames } from './predicate-age.js';
import { measuresAt } from './measure.js';
import { numbersIn } from './numbers.js';
import type { Polarity } from './polarity.js';
import { tokenize, type Token } from './text.js';
import { isRoleNoun } from './wordnet.js';
import { addressTitle, isFirstName, nameGender } from '../knowledge/names.js';

/** What a comparing question asks: its two sides as written and which way. */
export interface ComparisonAsked {
  /** The first side's words ("the baker", "Megan Cole") and the second's. */
  left: string;
  right: string;
  /** Does the question ask whether the first side is the older? */
  greater: boolean;
  /** Does it ask which side is ("who is older, X or Y?"), not whether the first is? */
  which: boolean;
}

/** One side's age as the story gives it: whose, the sentence, where the number stands, its value. */
export interface ComparedSide {
  /** The person's name as the story writes it, without a role word before it ("Megan Cole"). */
  label: string;
  /** The age as written ("62"). */
  value: string;
  /** The sentence's index in its article, and the number's place in it. */
  sentence: number;
  start: number;
  end: number;
  age: number;
}

/** A comparison read: its yes or no and both sides, the question's first side first. */
export interface Comparison {
  polarity: Polarity;
  sides: readonly [ComparedSide, ComparedSide];
  /** For a which-question, the side that answers it: the first when the polarity is yes. */
  chosen?: 0 | 1;
}

/** A sentence of the story, as the engine holds it. */
export interface StorySentence {
  index: number;
  text: string;
}

/**
 * An auxiliary opening the question, the first side, "older" or "younger", "than", the second side.
 * Other comparatives ("more", "bigger") compare sums and counts, which are not read (module comment).
 */
const COMPARING = /^\s*(?:is|are|was|were)\s+(.+?)\s+(older|younger)\s+than\s+(.+?)[\s?.!]*$/iu;
/**
 * "Who is older, Mr or Mrs Greaves?", "which of them is the younger: Tom or Ann?": "who" or "which", the
 * auxiliary, the comparative (or superlative, of two), then the two sides joined by "or".
 */
const WHICH =
  /^\s*(?:who|which(?:\s+(?:one|of\s+(?:them|the\s+two)))?)\s+(?:is|are|was|were)\s+(?:the\s+)?(older|younger|oldest|youngest|elder|eldest)\s*[,:;-]?\s+(.+?)\s+or\s+(.+?)[\s?.!]*$/iu;
/**
 * A negated question ("isn't the baker older…", "is the baker not older…", "is no one older…"): a yes or
 * no read for the question without its negation would answer the opposite of what is asked, so such a
 * question is left to the engine's other stages.
 */
const NEGATED = /\b(?:not|never|no|nobody|neither|nor)\b|n['’]t\b/iu;

/** The comparison a yes/no question asks (see the module comment), or undefined. */
export function comparisonAsked(question: string): ComparisonAsked | undefined {
  if (NEGATED.test(question)) return undefined;
  const m = COMPARING.exec(question);
  if (m !== null) {
    const [, left = '', comparative = '', right = ''] = m;
    if (left.trim() === '' || right.trim() === '') return undefined;
    return {
      left: left.trim(),
      right: right.trim(),
      greater: comparative.toLowerCase() === 'older',
      which: false,
    };
  }
  const w = WHICH.exec(question);
  if (w === null) return undefined;
  const [, comparative = '', first = '', right = ''] = w;
  if (first.trim() === '' || right.trim() === '') return undefined;
  const greater = /^(?:older|oldest|elder|eldest)$/iu.test(comparative);
  return { left: shared(first.trim(), right.trim()), right: right.trim(), greater, which: true };
}

/**
 * The first side with the words the second shares ("Mr or Mrs Greaves": "Mr" is "Mr Greaves"): a lone
 * title before a title and a name, or a lone first name before a first name and a surname ("Tom or Ann
 * Reilly"), is the same family's other member.
 */
function shared(first: string, second: string): string {
  const [head, ...rest] = second.split(/\s+/u);
  if (first.includes(' ') || head === undefined || rest.length === 0) return first;
  const titles = addressTitle(first) !== undefined && addressTitle(head) !== undefined;
  const given = isFirstName(first) && isFirstName(head);
  return titles || given ? `${first} ${rest.join(' ')}` : first;
}

/** The words of a side that name it: not its article or a pronoun ("the", "her"). */
function sideWords(side: string): Token[] {
  return tokenize(side).filter((t) => !t.stop);
}

/** The part of a sentence a number belongs to: split at a semicolon, a comma, or "and" and its like. */
function partOf(text: string, at: number): { start: number; end: number } {
  const breaks = [...text.matchAll(/;|,\s+(?!\d)|\s(?:and|but|while|whereas)\s/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  let start = 0;
  let end = text.length;
  for (const b of breaks) {
    if (b.end <= at) start = b.end;
    else if (b.start >= at) {
      end = b.start;
      break;
    }
  }
  return { start, end };
}

/** The name nearest a number in its sentence: capitalised words, not the sentence's first alone. */
const NAME = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/** A person the story gives an age: their name, the age, and the text that may say their role. */
interface AgedPerson {
  name: string;
  side: ComparedSide;
  /** The text before the name (its last word may be a role) and the noun after "-year-old". */
  roles: readonly [string, string];
}

/** Every person the story gives an age, as (name, age, where) in order. */
function agesIn(story: readonly StorySentence[]): AgedPerson[] {
  const out: AgedPerson[] = [];
  for (const s of story) {
    const text = s.text;
    const named = agesOfNames(text);
    const add = (written: string, writtenStart: number, start: number, end: number) => {
      const { name, start: nameStart } = withoutRole(written, writtenStart);
      const side = {
        label: name,
        value: text.slice(start, end),
        sentence: s.index,
        start,
        end,
        age: Number(text.slice(start, end)),
      };
      // Its role: the word before the name ("baker Tom Reilly"), or the noun after "-year-old" ("Ollie
      // Marwood, a 19-year-old student").
      const after = /^-year-old\s+(\p{L}+)/u.exec(text.slice(end))?.[1] ?? '';
      out.push({ name, side, roles: [text.slice(Math.max(0, nameStart - 30), nameStart), after] });
    };
    for (const a of named) {
      const at = text.indexOf(a.name);
      add(a.name, at === -1 ? a.ageStart : at, a.ageStart, a.ageEnd);
    }
    // "Tom Reilly, aged 62," or "62-year-old Tom Reilly": an age `measuresAt` reads, its nearest name.
    for (const n of numbersIn(text)) {
      if (named.some((a) => a.ageStart === n.start) || !measuresAt(text, n.start, n.end).includes('age'))
        continue;
      if (!/^\d{1,3}$/u.test(n.text)) continue;
      const part = partOf(text, n.start);
      const names = [...text.matchAll(NAME)].filter((m) => m.index > 0 || m[0].includes(' '));
      let nearest: RegExpExecArray | undefined;
      let gap = Infinity;
      for (const m of names) {
        const d = m.index >= n.end ? m.index - n.end : n.start - (m.index + m[0].length);
        if (
          d >= 0 &&
          d < gap &&
          d <= 30 &&
          (m.index >= part.start || n.start - (m.index + m[0].length) <= 10)
        ) {
          nearest = m;
          gap = d;
        }
      }
      if (nearest !== undefined) add(nearest[0], nearest.index, n.start, n.end);
    }
  }
  return out;
}

/**
 * A name without the role word the sentence opens with ("Apprentice Megan Cole" → "Megan Cole"): the
 * name pattern takes every capitalised word, and a sentence's first word is capitalised whatever it is.
 * The role word stays in the text before the name, where the role is read.
 */
function withoutRole(name: string, start: number): { name: string; start: number } {
  const m = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(name);
  const first = m?.[1];
  if (m === null || first === undefined || !isRoleNoun(first)) return { name, start };
  return { name: name.slice(m[0].length), start: start + m[0].length };
}

/** Are two of the people matched two people: names neither of which holds the other's words? */
function distinct(people: readonly AgedPerson[]): boolean {
  const words = people.map((p) => new Set(tokenize(p.name).map((t) => t.stem)));
  return words.some((a, i) =>
    words.some((b, j) => j > i && ![...a].every((w) => b.has(w)) && ![...b].every((w) => a.has(w))),
  );
}

/**
 * The age the story gives a side, or undefined when it gives none or the side may be either of two
 * people. A side of one role noun ("the baker") is first the person the story names right after that
 * role word ("baker Tom Reilly, 62,") or calls one ("a 19-year-old student"), even when someone else's
 * surname is that word (a customer Joan Baker): "the" before it, or its lower case, says a role; a
 * capital alone ("is Okafor older than Gardener?") says a name, and the role is read only when no name
 * holds it. Else the person whose name holds every word of the side ("megan", "reilly", "tom reilly").
 * Two people matched ("Haddad" for Amira and Sami Haddad) settle nothing: which one was meant is not
 * said.
 */
function ageOf(side: string, people: readonly AgedPerson[]): ComparedSide | undefined {
  const words = sideWords(side);
  if (words.length === 0) return undefined;
  const role =
    words.length === 1 && words[0] !== undefined && isRoleNoun(words[0].word) ? words[0] : undefined;
  const named = /^\p{Lu}/u.test(side.trim());
  const byRole =
    role === undefined
      ? []
      : people.filter((p) => {
          const [before, after] = p.roles;
          return tokenize(before).at(-1)?.stem === role.stem || tokenize(after)[0]?.stem === role.stem;
        });
  // A title asked is compared by the sex it says, not by its stem ("mrs" and "mr" share one): "Mr
  // Greaves" is not "Mrs Greaves", though a name the story gives no title may be either.
  const titled = words.find((w) => addressTitle(w.word) !== undefined);
  const sex = titled === undefined ? undefined : nameGender(titled.word, isRoleNoun);
  const named1 = words.filter((w) => w !== titled);
  const byName = people.filter((p) => {
    const name = new Set(tokenize(p.name).map((t) => t.stem));
    const theirs = sex === undefined ? undefined : nameGender(p.name, isRoleNoun);
    return (
      named1.length > 0 && named1.every((w) => name.has(w.stem)) && (theirs === undefined || theirs === sex)
    );
  });
  const matched = named ? (byName.length > 0 ? byName : byRole) : byRole.length > 0 ? byRole : byName;
  if (matched.length === 0 || distinct(matched)) return undefined;
  return matched[0]?.side;
}

/**
 * The comparison the story answers for the question asked (`comparisonAsked`), or undefined: when a
 * side has no age or may be either of two people, both sides are one person, or the ages are equal.
 */
export function compareSides(
  asked: ComparisonAsked,
  story: readonly StorySentence[],
): Comparison | undefined {
  const people = agesIn(story);
  const left = ageOf(asked.left, people);
  const right = left === undefined ? undefined : ageOf(asked.right, people);
  if (left === undefined || right === undefined) return undefined;
  if (left.sentence === right.sentence && left.start === right.start) return undefined;
  if (left.age === right.age) return undefined;
  const older = left.age > right.age;
  const yes = older === asked.greater;
  return {
    polarity: yes ? 'yes' : 'no',
    sides: [left, right],
    ...(asked.which ? { chosen: yes ? 0 : 1 } : {}),
  };
}
