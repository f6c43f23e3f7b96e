/**
 * "What is Feltham's rating?" of "Priya's rating is expected to rise above 1,900": the passage says
 * whose rating it gives, with a possessive, and it is someone else's. A thing a possessive ties to one
 * person is no answer about another's (nc39 answered "Priya"): when the question asks a named person's
 * thing, the passage gives that thing only to other names and never names the one asked, no span of it
 * answers. A passage that names the asked person may tie the thing to them some other way ("Lund
 * averaged 98.4", "the tally of Rhys Owen is 112"), so it is left to the other readings. Pure.
 */
import { stem, tokenize } from './text.js';

/** "What is Feltham's rating", "what was Mr Reid's salary?": group 1 the owner, group 2 the thing. */
const ASKED =
  /^\s*what(?:['’]s|\s+(?:is|was|are|were))\s+((?:\p{L}[\p{L}.-]*\s+){0,3}?\p{L}[\p{L}-]*)['’]s?\s+((?:\p{L}+\s+)?\p{L}+)\s*[?.!]*\s*$/iu;

/**
 * A name and a possessive: one to three capitalised words before "'s", and the one to three words after
 * it, any of which may be the thing ("Baird's shooting rate across…").
 */
const OWNER = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s((?:\s+\p{L}+){1,3})/gu;

/**
 * Does the passage give the asked thing only to names other than the question's owner, and never name
 * the owner (module comment)? False for any other question, or when the passage gives it to the owner
 * or to no one, or names the owner anywhere.
 */
export function possessedByAnother(question: string, passage: string): boolean {
  const m = ASKED.exec(question);
  const [, owner = '', thing = ''] = m ?? [];
  const head = thing.trim().split(/\s+/u).at(-1);
  if (m === null || head === undefined) return false;
  const asked = new Set(
    tokenize(owner)
      .filter((t) => !t.stop)
      .map((t) => t.stem),
  );
  if (asked.size === 0) return false;
  const wanted = stem(head.toLowerCase());
  const owners = [...passage.matchAll(OWNER)]
    .filter((p) =>
      (p[2] ?? '')
        .trim()
        .split(/\s+/u)
        .some((w) => stem(w.toLowerCase()) === wanted),
    )
    .map((p) => tokenize(p[1] ?? '').map((t) => t.stem));
  if (owners.length === 0 || owners.some((o) => o.some((s) => asked.has(s)))) return false;
  return !tokenize(passage).some((t) => asked.has(t.stem));
}
