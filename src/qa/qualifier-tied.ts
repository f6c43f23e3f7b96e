/**
 * "How much are tickets on a Tuesday?" of "Tickets cost £6.50, with every seat at £4 on Tuesdays": the
 * question qualifies what it asks by a phrase ("on a Tuesday"), and of two amounts of the asked kind the
 * passage ties that qualifier to one ("£4 on Tuesdays"), right after it. The other ("£6.50") answers the
 * question without its qualifier, so the tied one is the answer. English ties a qualifier to the
 * amount before it with only a preposition and a determiner between ("£4 on Tuesdays", "15 in 2019",
 * "£30 for a child"). Pure: the question's words and the passage's tokens in, candidates out.
 */
import { endsClause } from './span-parts.js';
import { tokenize, type Token } from './text.js';

/** A preposition opening a question's qualifier: when, where, for whom, per what. */
const QUALIFYING = new Set(['on', 'in', 'at', 'during', 'for', 'per', 'over', 'after', 'before']);
/** Between a preposition and its noun in the question: an article or a quantifier. */
const DETERMINER = new Set(['a', 'an', 'the', 'every', 'each']);
/** At most this many words between an amount and the qualifier the passage ties to it ("on every"). */
const GAP = 3;

/**
 * The stems of the question's qualifiers: the word after a qualifying preposition (and a determiner),
 * when it is no stopword ("tuesday" of "on a tuesday"; not "it" of "for it").
 */
export function qualifierStems(question: string): Set<string> {
  const words = tokenize(question);
  const stems = new Set<string>();
  words.forEach((t, i) => {
    if (!QUALIFYING.has(t.word)) return;
    let j = i + 1;
    while (j < words.length && DETERMINER.has((words[j] as Token).word)) j++;
    // The phrase's head: its last word before a stopword ("stand" of "for the new stand").
    while (j + 1 < words.length && !(words[j] as Token).stop && !(words[j + 1] as Token).stop) j++;
    const noun = words[j];
    if (noun !== undefined && !noun.stop) stems.add(noun.stem);
  });
  return stems;
}

/**
 * Is the span followed in its clause by the qualifier, with at most `GAP` words between: a preposition
 * and a determiner ("£4 on Tuesdays"), then the qualifier's modifiers ("90% of Australian pears")?
 */
function tiedAfter(
  span: { start: number; end: number },
  passage: { text: string; tokens: readonly Token[] },
  stems: ReadonlySet<string>,
): boolean {
  const { text, tokens } = passage;
  const next = tokens.findIndex((t) => t.start >= span.end);
  if (next === -1) return false;
  let joined = false;
  for (let i = next; i < tokens.length && i <= next + GAP; i++) {
    const t = tokens[i] as Token;
    const from = i === next ? span.end : (tokens[i - 1] as Token).end;
    if (endsClause(text, from, t.start)) return false;
    if (stems.has(t.stem)) return joined;
    // After the preposition, the qualifier's own modifiers come before its head ("90% of Australian
    // pears", the head "pears"); before any, a word of another phrase.
    if (t.stop) joined = true;
    else if (!joined) return false;
  }
  return false;
}

/**
 * Of the candidates, those the passage ties to a qualifier the question gives, when some are and some
 * are not; all of them otherwise (no qualifier asked, none tied, or every one tied alike), and for a
 * question asking no amount (`amounts` false): a name or a phrase is tied to the question's words as
 * often by chance ("… the Rose revolution in Georgia in 2003 …, the Orange revolution in 2004").
 */
export function tiedToQualifier<T extends { span: { start: number; end: number } }>(
  candidates: readonly T[],
  question: string,
  passage: { text: string; tokens: readonly Token[] },
  amounts: boolean,
): readonly T[] {
  if (!amounts || candidates.length < 2) return candidates;
  const stems = qualifierStems(question);
  if (stems.size === 0) return candidates;
  // A qualifier the span holds is its own word, not one tied to it.
  const outside = (c: T) => {
    const inside = new Set(
      passage.tokens.filter((t) => t.start >= c.span.start && t.end <= c.span.end).map((t) => t.stem),
    );
    return new Set([...stems].filter((s) => !inside.has(s)));
  };
  const tied = candidates.filter((c) => tiedAfter(c.span, passage, outside(c)));
  // "131" of "131 seats in the chamber" is the tied amount too, said shorter.
  const kept = candidates.filter((c) =>
    tied.some((t) => t.span.start < c.span.end && t.span.end > c.span.start),
  );
  return kept.length > 0 && kept.length < candidates.length ? kept : candidates;
}
