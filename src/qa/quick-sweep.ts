/**
 * compromise's `bulkMatch` (how its tagger and chunker pick which of their ~700 correction rules to
 * try on a sentence), with the same result and less work. compromise 14.17 looks up every one of its
 * rule index's 730 keys in each comma-separated part of a sentence and concatenates arrays as it goes:
 * a quarter of tagging a sentence, which a first question on a large folder does several times.
 * Here the part's own words and tags (a few dozen) are looked up in the index instead, and the rules
 * are gathered in the order compromise gathers them (index key order, then rule order, first of each
 * pattern kept), so exactly the same rules are tried in the same order. The rest (the needs, "ifNo"
 * and wants filters, rules without a key, the length check, running the matches) is compromise's own
 * code, written out (its modules are not exported). `test/qa/nlp.test.ts` checks the tagging against a
 * compromise loaded without this.
 */

/** A rule of a compiled rule set (compromise's `buildNet`), as far as choosing it reads. */
interface Rule {
  match: string;
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
