/**
 * Whose price a passage gives. "How much will fixing the grass cost?" asks the price of fixing the
 * grass; "Flights with the company cost £199 per person." gives a price, but of flights: the sum is
 * tied to another thing than the one asked, and no sum of that passage answers. English ties a price to
 * its thing by the verb ("<thing> cost(s) £199") or the noun ("the cost of <thing>, about £850"). Pure.
 */
import type { Group } from './expansion.js';
import type { Token } from './text.js';

/**
 * "how much will fixing the grass cost", "how much does a ride cost": group 1 is the priced thing,
 * between the auxiliary and "cost".
 */
const COST_ASKED =
  /\bhow much (?:will|would|does|do|did|could|should|might|is|are|was|were)\s+([^?.!,;]+?)\s+cost\b/u;

/**
 * "<thing> cost(s) £199", "…costing about $5m": the verb of pricing right before a sum (a number or a
 * currency sign, with a hedge such as "about" between). The thing is the words before it in its clause.
 */
const COST_VERB =
  /\b(?:cost|costs|costing)\s+(?:(?:about|around|roughly|nearly|almost|just|only|over|under|up\s+to|more\s+than|less\s+than|an\s+estimated)\s+)?(?=[£$€¥]|\d)/giu;

/** "the cost of the fencing, about £850": group 1 is the thing, up to the clause's end. */
const COST_OF = /\bcosts?\s+of\s+([^,;:.()"“”]+)/giu;

/**
 * Where a clause opens before a verb of pricing: a punctuation mark or a relative pronoun ("…, which
 * cost £5m": the thing is then before the comma, which this does not read, so the clause holds no word
 * and says nothing). Not "and": "a return ticket for a car and two passengers will cost £96" is one
 * noun phrase.
 */
const CLAUSE_OPENS = /[,;:.()"“”]|\b(?:which|that|who)\b/giu;

/** Where the last clause of `text` opens (`CLAUSE_OPENS`): 0 when none does. */
function lastClause(text: string): number {
  let at = 0;
  for (const m of text.matchAll(CLAUSE_OPENS)) at = m.index + m[0].length;
  return at;
}

interface Span {
  start: number;
  end: number;
}

/** The spans of the passage's things a price is tied to (`COST_VERB`'s subject, `COST_OF`'s object). */
function pricedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(COST_VERB)) {
    spans.push({ start: lastClause(text.slice(0, m.index)), end: m.index });
  }
  for (const m of text.matchAll(COST_OF)) {
    const start = m.index + m[0].length - (m[1] as string).length;
    spans.push({ start, end: m.index + m[0].length });
  }
  return spans;
}

/** The question's words of the priced thing ("fixing", "grass"), as its groups. */
function pricedGroups(question: string, groups: readonly Group[]): Group[] {
  const thing = COST_ASKED.exec(question.toLowerCase().replace(/[’‘]/g, "'"))?.[1];
  if (thing === undefined) return [];
  const words = new Set(thing.split(/\s+/u));
  return groups.filter((g) => words.has(g.word) && g.terms.length > 0);
}

/**
 * Does the passage give a price only of other things than the one the question prices? True when the
 * question asks what a named thing costs ("how much will fixing the grass cost", not "how much did it
 * cost"), and every thing the passage ties a price to has content words, none of them the question's
 * words for its thing (or their synonyms, which its groups carry). False when the passage ties no price
 * to anything by these patterns: then nothing shows whose its sum is.
 */
export function pricesOtherThing(
  question: string,
  groups: readonly Group[],
  passage: { text: string; tokens: readonly Token[] },
): boolean {
  const asked = pricedGroups(question, groups);
  if (asked.length === 0) return false;
  const spans = pricedSpans(passage.text);
  if (spans.length === 0) return false;
  const stems = new Set(asked.flatMap((g) => g.terms.map((t) => t.stem)));
  return spans.every((s) => {
    const inside = passage.tokens.filter((t) => t.start >= s.start && t.end <= s.end && !t.stop);
    return inside.length > 0 && !inside.some((t) => stems.has(t.stem));
  });
}
