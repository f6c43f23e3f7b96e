/**
 * "The minister", "the Iraqi minister", "the spokesman": a reader names a person of the story by the
 * role its title gives them ("Iraqi Defense Minister Khaled Obaidi"), while the sentence that answers
 * names them only by name ("Obaidi thanked Russia…"). A question word that is a noun for a kind of
 * person and stands in a titled person's title lends that person's name to its group, and so do the
 * question's other words in the same title ("Iraqi"), at `TITLE_WEIGHT`. The name's stems are marked
 * as lent: they are not the question's words, so the short answer may still be that name.
 */
import type { Group } from './expansion.js';
import { LENT, newTerm } from './term.js';
import type { SearchIndex } from './search-index.js';
import { titledPeople } from './titles.js';
import type { Token } from './text.js';
import type { Weights } from './weights.js';
import type { QuestionType } from './question.js';
import { isRoleNoun } from './wordnet.js';
import { isStopword } from './text.js';
import { startsUpper } from './letters.js';

/**
 * A role word found in more sentences than this (across the articles searched) is not looked into: on
 * a large folder "minister" is in hundreds of stories, and each sentence looked into must be tagged.
 */
export const MAX_ROLE_SENTENCES = 24;

/**
 * The name stems each group's word lends (see the module comment); groups are changed in place. Only
 * where the question picks one person out: its role word and another of its words stand in that
 * person's title ("the Iraqi minister", "the Florida governor"), or the story titles only one person
 * with that role ("the minister"). Never for a question asking who or which organisation: there the
 * name is the answer, and the sentence that titles the person is the one that says it; nor for a
 * role word the question asks for in other words (`asked`, see `askedNouns`: "What English chemist
 * showed…", "Which US President visited…", "the name of the King"); nor for a question that names the
 * person itself.
 */
export function lendNames(
  index: SearchIndex,
  groups: Group[],
  type: QuestionType,
  weights: Weights,
  askedFor: ReadonlySet<string> = new Set(),
): void {
  if (weights.TITLE_WEIGHT <= 0 || type === 'person' || type === 'organization') return;
  const asked = new Map<string, Group[]>();
  for (const g of groups)
    for (const t of g.terms.filter((t) => t.weight === 1))
      asked.set(t.stem, [...(asked.get(t.stem) ?? []), g]);
  for (const role of groups) {
    const own = role.terms.find((t) => t.weight === 1);
    if (own === undefined || !isRoleNoun(role.word) || askedFor.has(role.word.toLowerCase())) continue;
    const list = index.postingsOf(own.stem);
    if (list.length / 2 > MAX_ROLE_SENTENCES) continue;
    const titled: { name: Token[]; lenders: Set<Group> }[] = [];
    for (let i = 0; i < list.length; i += 2) {
      const doc = index.docs[list[i] as number];
      if (doc === undefined) continue;
      const tokens = index.tokens(list[i] as number);
      for (const person of titledPeople(doc.sentence.text, tokens, index.entitiesOf(doc.sentence))) {
        // Only a title written before the name: an apposition after it often describes a past role
        // ("Andrew Jackson, the first military governor of the Florida Territory", not the governor
        // a reader asks about).
        if (person.apposition || !person.title.some((t) => t.stem === own.stem)) continue;
        // The role and every other question word of the same title lend the name.
        titled.push({
          name: person.nameTokens,
          lenders: new Set([role, ...person.title.flatMap((t) => asked.get(t.stem) ?? [])]),
        });
      }
    }
    const names = new Set(titled.map((t) => nameKey(t.name)));
    for (const { name, lenders } of titled)
      // A question that names the person ("… champion Neville") needs no title to find them.
      if ((lenders.size > 1 || names.size === 1) && !name.some((t) => asked.has(t.stem)))
        for (const g of lenders) lend(g, name, index, weights.TITLE_WEIGHT);
  }
}

/** A name's last word: "Khaled Obaidi" and "Obaidi" are one person. */
function nameKey(name: readonly Token[]): string {
  return name.at(-1)?.stem ?? '';
}

function lend(group: Group, name: readonly Token[], index: SearchIndex, weight: number): void {
  for (const t of name) {
    if (t.stop || !index.has(t.stem) || group.terms.some((x) => x.stem === t.stem)) continue;
    group.terms.push(newTerm(t.stem, weight, LENT));
  }
}

/**
 * The words naming what a question asks for: the noun phrase right after its "what"/"which" ("What
 * South African Vice Consul did…" → south, african, vice, consul) and after "the name of (the)". A role
 * word there asks for the person who holds it, whose name is then the answer, not a bridge to another
 * sentence about them (as "who" is, which asks for the name too). A capitalised word is part of the
 * phrase though it reads as a function word ("Which US President…").
 */
export function askedNouns(question: string): Set<string> {
  const words = [...question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)].map((m) => m[0]);
  const lower = words.map((w) => w.toLowerCase().replace(/'s?$/, ''));
  const out = new Set<string>();
  lower.forEach((w, i) => {
    const after = w === 'what' || w === 'which' ? i + 1 : w === 'of' && lower[i - 1] === 'name' ? i + 1 : -1;
    if (after === -1) return;
    let j = after + (w === 'of' && lower[after] === 'the' ? 1 : 0);
    for (; j < words.length; j++) {
      const word = lower[j] as string;
      if (isStopword(word) && !startsUpper(words[j] as string)) break;
      out.add(word);
    }
  });
  return out;
}
