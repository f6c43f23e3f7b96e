/**
 * compromise's `bulkMatch` (how its tagger and chunker pick which of their ~700 correction rules to
 * try on a sentence), with the same result and less work. compromise 14.17 looks up every one of its
 * rule index's 730 keys in each comma-separated part of a sentence and concatenates arrays as it goes:
 * a quarter of tagging a sentence, which a first question on a large folder does several times.
 * Here the part's own words and tags (a few dozen) are looked up in the index instead, and the rules
 * are gathered in the order compromise gathers them (index key order, then rule order, first of each
 * pattern kept), so exactly the same rules are tried in the same order. The rest (the needs, "ifNo"
 * and wants filters, rules without a key, the length check, running the matches) is compromise's own
 * code, written out (its modules are not exported), except that a rule whose first steps can start at
 * no term of the part is not run (`canStart`: it would find nothing). `test/nlp/nlp.test.ts` checks the
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
}

/** The keys a step may have and still be checked here: one word, tag, word list or switch, nothing optional. */
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

/** Per step: plain (checked here) or not; steps are compromise's parsed objects, kept as long as their rule. */
const plainSteps = new WeakMap<object, boolean>();

function isPlain(reg: object | undefined): reg is Reg {
  if (reg === undefined) return false;
  let plain = plainSteps.get(reg);
  if (plain === undefined) {
    const keys = Object.keys(reg);
    const r = reg as Reg & { operator?: string };
    const kinds = [r.word, r.tag, r.fastOr, r.switch].filter((k) => k !== undefined).length;
    plain =
      kinds === 1 &&
      keys.every((k) => PLAIN_KEYS.has(k)) &&
      (r.operator === undefined || r.fastOr !== undefined);
    plainSteps.set(reg, plain);
  }
  return plain;
}

/** compromise's own test of one plain step against one term (doesMatch, for the steps `isPlain` lets through). */
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

/**
 * Can the rule match from any term of the part? compromise tries it from every term (a copy of the rest
 * of the part each time), and nearly every rule chosen fails everywhere. A plain first step (one word,
 * tag, word list or switch, neither optional, negative, greedy nor anchored) fails a start whose term it
 * does not match, and a plain second step the term after it (unless the first is part of a contraction,
 * which the match may skip over): such a rule that can start nowhere finds nothing, and is not run.
 */
export function canStart(terms: readonly MatchTerm[], regs: readonly object[]): boolean {
  const first = regs[0];
  if (!isPlain(first)) return true;
  const second = regs[1];
  const pair = isPlain(second);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as MatchTerm;
    if (!stepMatches(term, first)) continue;
    if (!pair || term.implicit) return true;
    const next = terms[i + 1];
    if (next !== undefined && stepMatches(next, second)) return true;
  }
  return false;
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
