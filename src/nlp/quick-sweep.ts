/**
 * compromise's `bulkMatch` (how its tagger and chunker pick which of their ~700 correction rules to
 * try on a sentence), with the same result and less work. compromise 14.17 looks up every one of its
 * rule index's 730 keys in each comma-separated part of a sentence and concatenates arrays as it goes:
 * a quarter of tagging a sentence, which a first question on a large folder does several times.
 * Here the part's own words and tags (a few dozen) are looked up in the index instead, and the rules
 * are gathered in the order compromise gathers them (index key order, then rule order, first of each
 * pattern kept), so exactly the same rules are tried in the same order. The rest (the needs, "ifNo"
 * and wants filters, rules without a key, the length check, running the matches) is compromise's own
 * code, written out (its modules are not exported), except that a rule that can match nowhere in the
 * part, its pattern read step by step a little more loosely than compromise reads it, is not run
 * (`canStart`: it would find nothing). `test/nlp/nlp.test.ts` checks the
 * tagging against a compromise loaded without this.
 */

/** A rule of a compiled rule set (compromise's `buildNet`), as far as choosing it reads. */
interface Rule {
  match: string;
  regs: object[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

type Pointer = number[];
interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], rule: Rule): { ptrs: Pointer[] };
  };
}

/**
 * A rule index prepared for choosing: its keys in compromise's order (`Object.keys`) with their
 * positions, each rule numbered by its pattern (compromise keeps the first rule of each pattern), and
 * a stamp per number marking the patterns already gathered for the part being read.
 */
interface Prepared {
  keys: string[];
  position: Map<string, number>;
  /** Per key position, the pattern number of each of its rules. */
  ids: Int32Array[];
  /** Per pattern number, the part (`pass`) that last gathered it. */
  stamps: Uint32Array;
  pass: number;
}

// Per rule index, prepared once: the tagger's and the chunker's are built once a process; a pattern
// matched as a set builds a small one per call, which a WeakMap lets go with it.
const prepared = new WeakMap<Record<string, Rule[]>, Prepared>();

function prepare(hooks: Record<string, Rule[]>): Prepared {
  let p = prepared.get(hooks);
  if (p === undefined) {
    const keys = Object.keys(hooks);
    const numbers = new Map<string, number>();
    const ids = keys.map((k) =>
      Int32Array.from(hooks[k] as Rule[], (rule) => {
        let id = numbers.get(rule.match);
        if (id === undefined) numbers.set(rule.match, (id = numbers.size));
        return id;
      }),
    );
    p = {
      keys,
      position: new Map(keys.map((k, i) => [k, i])),
      ids,
      stamps: new Uint32Array(numbers.size),
      pass: 0,
    };
    prepared.set(hooks, p);
  }
  return p;
}

function hasAll(haves: Set<string>, list: readonly string[]): boolean {
  for (const item of list) if (!haves.has(item)) return false;
  return true;
}

function hasAny(haves: Set<string>, list: readonly string[]): boolean {
  for (const item of list) if (haves.has(item)) return true;
  return false;
}

function countIn(haves: Set<string>, list: readonly string[]): number {
  let n = 0;
  for (const item of list) if (haves.has(item)) n++;
  return n;
}

/** The rules worth trying on one part: compromise's getHooks and trimDown, in their order. */
function rulesFor(haves: Set<string>, hooks: Record<string, Rule[]>, p: Prepared): Rule[] {
  const at: number[] = [];
  for (const item of haves) {
    const found = p.position.get(item);
    if (found !== undefined) at.push(found);
  }
  at.sort((a, b) => a - b);
  if (p.pass === 0xffffffff) {
    p.stamps.fill(0);
    p.pass = 0;
  }
  const pass = ++p.pass;
  const out: Rule[] = [];
  for (const k of at) {
    const rules = hooks[p.keys[k] as string] as Rule[];
    const ids = p.ids[k] as Int32Array;
    for (let r = 0; r < rules.length; r++) {
      const id = ids[r] as number;
      if (p.stamps[id] === pass) continue;
      p.stamps[id] = pass;
      const rule = rules[r] as Rule;
      if (!hasAll(haves, rule.needs)) continue;
      if (rule.ifNo !== undefined && hasAny(haves, rule.ifNo)) continue;
      if (rule.wants.length > 0 && countIn(haves, rule.wants) < rule.minWant) continue;
      out.push(rule);
    }
  }
  return out;
}

/** A term as matching one reads it. */
interface MatchTerm {
  text: string;
  normal: string;
  machine: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
}

/** One step of a parsed match pattern, as far as the check below reads it. */
interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  switch?: string;
  optional?: boolean;
  greedy?: boolean;
  negative?: boolean;
  operator?: string;
  choices?: unknown[];
}

/** The keys a term test may have and still be checked here: one word, tag, word list or switch. */
const PLAIN_KEYS = new Set([
  'word',
  'tag',
  'fastOr',
  'operator',
  'pos',
  'switch',
  'group',
  'groupStart',
  'groupEnd',
]);
/** A step may also be optional (`?`) or repeated (`+`, `*`): how many terms it takes, not which. */
const STEP_KEYS = new Set([...PLAIN_KEYS, 'optional', 'greedy', 'choices']);

/** Is `reg` one term test that `stepMatches` checks as compromise's doesMatch does (`keys`: what else it may have)? */
function isPlainTest(reg: unknown, keys: ReadonlySet<string> = PLAIN_KEYS): reg is Reg {
  if (typeof reg !== 'object' || reg === null) return false;
  const r = reg as Reg;
  const kinds = [r.word, r.tag, r.fastOr, r.switch].filter((k) => k !== undefined).length;
  return (
    kinds === 1 &&
    Object.keys(r).every((k) => keys.has(k)) &&
    (r.operator === undefined || r.fastOr !== undefined)
  );
}

/**
 * What a step asks of the terms it takes, as far as `canStart` reads it: `any` (a step read here as
 * taking any number of any terms: negative, anchored, a regex, a method, a multi-word choice…), or one
 * term passing `tests` (all of them for `(a && b)`, one of them for a list or `(a|b)`), taken once,
 * optionally and/or repeatedly.
 */
type Step =
  { kind: 'any' } | { kind: 'term'; tests: Reg[]; all: boolean; optional: boolean; greedy: boolean };

const ANY: Step = { kind: 'any' };

/**
 * Module state: the positions `canStart` reaches, reused by every call (it runs for each rule chosen
 * for each part of each sentence tagged; tagging is synchronous, so no two calls share it at once).
 */
let reached = new Uint8Array(256);

/** Per step: compromise's parsed objects, kept as long as their rule. */
const steps = new WeakMap<object, Step>();

function stepOf(reg: object): Step {
  let step = steps.get(reg);
  if (step === undefined) {
    step = readStep(reg as Reg);
    steps.set(reg, step);
  }
  return step;
}

function readStep(reg: Reg): Step {
  if (!Object.keys(reg).every((k) => STEP_KEYS.has(k)) || reg.negative === true) return ANY;
  const optional = reg.optional === true;
  const greedy = reg.greedy === true;
  if (reg.choices === undefined) {
    return isPlainTest(reg, STEP_KEYS) ? { kind: 'term', tests: [reg], all: true, optional, greedy } : ANY;
  }
  // "(had|#PastTense)", "(#Noun && #Plural)": each choice one plain term test, so the block takes one term.
  const tests: Reg[] = [];
  for (const choice of reg.choices) {
    if (!Array.isArray(choice) || choice.length !== 1 || !isPlainTest(choice[0])) return ANY;
    tests.push(choice[0] as Reg);
  }
  const and = reg.operator === 'and';
  if (!and && reg.operator !== 'or') return ANY;
  return { kind: 'term', tests, all: and, optional, greedy: greedy && !and };
}

/** compromise's own test of one plain step against one term (doesMatch, for the steps read as plain). */
function stepMatches(term: MatchTerm, reg: Reg): boolean {
  if (reg.word !== undefined)
    return (
      (term.machine !== null && term.machine === reg.word) ||
      (term.alias !== undefined && term.alias.includes(reg.word)) ||
      reg.word === term.text ||
      reg.word === term.normal
    );
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.switch !== undefined) return term.switch === reg.switch;
  if (reg.fastOr !== undefined) {
    if (reg.pos !== undefined && !term.tags.has(reg.pos)) return false;
    const str = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(str) || reg.fastOr.has(term.text);
  }
  return false;
}

function passes(term: MatchTerm | undefined, step: Step & { kind: 'term' }): boolean {
  if (term === undefined) return false;
  return step.all
    ? step.tests.every((t) => stepMatches(term, t))
    : step.tests.some((t) => stepMatches(term, t));
}

/**
 * Can the rule match anywhere in the part? compromise tries it from every term (a copy of the rest of
 * the part each time), and nearly every rule chosen fails everywhere. Here the pattern is read as a
 * looser one and run over the part once, keeping every position a match could have reached after
 * each step: a step read as `any` may take any number of terms, one of one term takes exactly one
 * term it matches (or two, when the term opens a contraction, which compromise may skip over), an
 * optional one may take none, a repeated one goes on over further terms it matches. Every match of
 * the rule is a match of the looser pattern, so a rule it finds nowhere finds nothing, and is not run.
 */
export function canStart(terms: readonly MatchTerm[], regs: readonly object[]): boolean {
  const n = terms.length;
  const width = n + 2;
  if (reached.length < 2 * width) reached = new Uint8Array(4 * width);
  // Two rows of one buffer, at offsets `from` and `to`, swapped after each step (this runs for every
  // rule chosen for every part of every sentence tagged).
  let from = 0;
  let to = width;
  let first = -1;
  for (let i = 0; i < regs.length; i++) {
    const step = stepOf(regs[i] as object);
    if (i === 0) {
      // Any term may start a match: the first step's own reach, without a row to read it from.
      reached.fill(1, from, from + n);
      reached[from + n] = 0;
      first = 0;
    }
    if (step.kind === 'any') {
      // From the first position reached on, every position is reachable.
      reached.fill(0, to, to + first);
      reached.fill(1, to + first, to + n + 1);
    } else {
      reached.fill(0, to, to + n + 1);
      let lowest = -1;
      for (let p = first; p <= n; p++) {
        if (reached[from + p] === 0) continue;
        if (step.optional) {
          reached[to + p] = 1;
          if (lowest === -1 || p < lowest) lowest = p;
        }
        if (!passes(terms[p], step)) continue;
        // compromise skips the second term of a contraction it matched the first of ("we've").
        const skips = terms[p]?.implicit && terms[p + 1]?.implicit ? 2 : 1;
        if (lowest === -1 || p + 1 < lowest) lowest = p + 1;
        for (let end = p + 1; end <= p + skips && end <= n; end++) {
          let at = end;
          reached[to + at] = 1;
          while (step.greedy && passes(terms[at], step)) reached[to + ++at] = 1;
        }
      }
      if (lowest === -1) return false;
      first = lowest;
    }
    [from, to] = [to, from];
  }
  return true;
}

/** compromise's bulkMatch, choosing rules as above. */
export function quickBulkMatch(
  document: unknown[][],
  net: Net,
  methods: Methods,
  opts: { matchOne?: boolean } = {},
): (Rule & { pointer: Pointer })[] {
  const docCache = methods.one.cacheDoc(document);
  const p = prepare(net.hooks);
  const results: (Rule & { pointer: Pointer })[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n] as unknown[];
    const rules = rulesFor(docCache[n] as Set<string>, net.hooks, p).concat(net.always);
    for (const rule of rules) {
      if (terms.length < rule.minWords) continue;
      if (!canStart(terms as MatchTerm[], rule.regs)) continue;
      const res = methods.one.match([terms], rule);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, rule, { pointer: ptr });
        if (rule.unTag !== undefined) todo.unTag = rule.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0] as Rule & { pointer: Pointer }];
    }
  }
  return results;
}
