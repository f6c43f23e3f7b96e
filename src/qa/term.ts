/**
 * A question word's term (`Term`): a stem that counts as the word, its weight, and how it was read.
 * Made by one factory so that every term has one shape (see `newTerm`).
 */
export interface Term {
  stem: string;
  weight: number;
  /**
   * Lent by the story rather than said by the question: the name of the person a role word stands for
   * ("minister" → "Obaidi", `roles.ts`), or a kind of person the story counts for "people" ("600
   * onlookers", `counted-kinds.ts`). It finds the sentence but is no word of the question, so the
   * short answer may be that name or hold that kind.
   */
  lent?: true;
  /**
   * The question's word said in other words (a synonym, a number's other writing, a phrase's verb, a
   * word of its definition), not the word itself or a form or misspelling of it: it finds sentences,
   * but a story writing it as a name ("Owen Price" for "cost") is not named by the question.
   */
  other?: true;
  /**
   * Said in other words that tell of the same event (`event-kin.ts`: "killed" for "die"): a passage
   * holding it says whether the asked event happened, as one holding the word itself does.
   */
  entailed?: true;
}

/** How a term was read besides its stem and weight (`Term`'s flags); an absent flag is not set. */
export interface TermReading {
  lent?: true;
  other?: true;
  entailed?: true;
}

/**
 * Every term is made here, with every field present (a flag not set is undefined) and in one order.
 * V8 gives objects built by different literals different hidden classes ("maps"): `{stem, weight}`,
 * with `other`, with `lent`, with `other` and `entailed` were five shapes, and retrieval's postings
 * loop, compiled for the shapes the warm-up's questions made, was thrown away ("wrong map") and
 * compiled again when a reader's question brought another; each compile of that large function cost
 * 100-500 ms of the compiler thread during a first ask (docs/measured.md, session 28, speed28). A flag
 * is read only as `=== true` / `!== true`, so undefined reads as absent did.
 */
export function newTerm(stem: string, weight: number, reading?: TermReading): Term {
  return { stem, weight, lent: reading?.lent, other: reading?.other, entailed: reading?.entailed };
}

/** The flags of a term said in other words (`Term.other`), shared: no object made per term. */
export const OTHER: TermReading = Object.freeze({ other: true });
/** The flags of a name lent by the story (`Term.lent`), shared. */
export const LENT: TermReading = Object.freeze({ lent: true });
/** The flags of a word the story lends for the question's own, in other words (`counted-kinds.ts`). */
export const LENT_OTHER: TermReading = Object.freeze({ lent: true, other: true });
/** Said in other words that tell of the same event (`Term.entailed`). */
export const OTHER_ENTAILED: TermReading = Object.freeze({ other: true, entailed: true });
