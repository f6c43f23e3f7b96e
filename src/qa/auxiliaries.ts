/**
 * English auxiliaries, one list of each for every module that reads a question's or a passage's verbs:
 * the forms of "be", "have" and "do", and the modals. Lower case, as tokens are. Pure.
 */

/** The forms of "be": before a participle, a passive or a progressive ("was elected", "were injured"). */
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'am', 'be', 'been', 'being'];
export const BE: ReadonlySet<string> = new Set(BE_FORMS);

export const HAVE_FORMS: readonly string[] = ['has', 'have', 'had'];
export const DO_FORMS: readonly string[] = ['do', 'does', 'did'];

/** The modal auxiliaries: "will sign", "could be", "must go". */
export const MODAL_AUXILIARIES: readonly string[] = [
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'may',
  'might',
  'must',
];

/**
 * The auxiliaries a yes/no question opens with ("is it…", "did anyone…", "has he…", "will they…"): the
 * finite forms of "be", and every form of "have", "do" and the modals.
 */
export const OPENING_AUXILIARIES: readonly string[] = [
  ...BE_FORMS.filter((w) => !w.startsWith('be')),
  ...DO_FORMS,
  ...HAVE_FORMS,
  ...MODAL_AUXILIARIES,
];

/** `OPENING_AUXILIARIES` as a set, for the stages that test a word against it. */
export const OPENING_AUXILIARY: ReadonlySet<string> = new Set(OPENING_AUXILIARIES);

/** The words as a pattern's alternation, for a regular expression's source: `(?:is|are|…)`. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}
