/**
 * A date asked, and the passage shown first gives none. "When does it close?" of a GP surgery's story
 * was answered at 0.94 by its headline, "Village GP surgery to close after 70 years as doctors retire",
 * with the dated sentence ("…will shut its doors for the final time at the end of March") third; "when
 * was it nicked?" of a stolen tractor's at 0.85 by "He recognised it from a distinctive dent in the
 * bonnet…", which says no date at all (nc53). The calibrator reads whether the story answers the
 * question, by its words; a headline or a sentence saying every one of them outweighs the slot's
 * missing date (`slotMissing`, learned lightly: the tagger may miss a date).
 *
 * Two readings, both of the asked slot as the answerability stage reads it (`slotEvidence`):
 * - `datedPassageAt`: when the best passage is a headline (or caption) filling no date, a body passage
 *   of its story shown after it that does, and says each question word the headline says (by any of its
 *   terms: "shut" for the question's "close"), answers instead: it goes first, as the answer stage
 *   moves its answering passage (`answeringPassage`, whose entity rule reads the tagger's "years" of
 *   "after 70 years" as a date and keeps the headline).
 * - `datesNone`: a date asked, no short answer found, and the passage shown first fills no date: it is
 *   shown as the closest the story comes, held at the answering threshold ("low"), as a who-question
 *   given no name is (`named-none.ts`). Pure.
 */
import type { Group } from './expansion.js';
import { slotEvidence, type AskedSlot, type PassageView } from './slot.js';
import type { Passage } from './types.js';

/** A passage shown, with what the slot reads of it (its tokens and entities, as the index holds them). */
export interface DatedView {
  passage: Passage;
  view: PassageView;
}

/** Does the passage fill the asked date, loosely or not? */
function fillsDate(asked: AskedSlot, view: PassageView, groups: readonly Group[]): boolean {
  const slot = slotEvidence(asked, view, groups);
  return slot !== undefined && (slot.found || slot.loose);
}

/** The question's groups the passage says by any of their terms. */
function groupsSaid(view: PassageView, groups: readonly Group[]): Group[] {
  const stems = new Set(view.tokens.map((t) => t.stem));
  return groups.filter((g) => g.pronoun !== true && g.terms.some((t) => stems.has(t.stem)));
}

/**
 * The position of the passage that answers a date asked (see above): 0, the best one, unless it is a
 * headline, caption or heading filling no date and a body passage of its story shown after it does and
 * says the question words it says. Of several, the one earliest in the story: a headline's event is
 * dated in the story's lead, while a later sentence dates what followed ("In a letter sent to patients
 * last week, they wrote: 'This is not the ending…'" also says "end" and a date). A body passage without a
 * date keeps its place: it was ranked for what it says, and the reply is held low instead (`datesNone`).
 */
export function datedPassageAt(
  asked: AskedSlot,
  shown: readonly DatedView[],
  groups: readonly Group[],
): number {
  const best = shown[0];
  if (asked.slot !== 'date' || best === undefined || best.passage.section === 'body') return 0;
  if (fillsDate(asked, best.view, groups)) return 0;
  const said = groupsSaid(best.view, groups);
  if (said.length === 0) return 0;
  let at = 0;
  shown.forEach(({ passage, view }, i) => {
    if (
      i > 0 &&
      passage.section === 'body' &&
      passage.article.id === best.passage.article.id &&
      (at === 0 || passage.sentence < (shown[at] as DatedView).passage.sentence) &&
      said.every((g) => groupsSaid(view, [g]).length === 1) &&
      slotEvidence(asked, view, groups)?.found === true
    )
      at = i;
  });
  return at;
}

/** A date asked, no short answer, and the passage shown first fills no date (see above). */
export function datesNone(
  asked: AskedSlot,
  first: PassageView | undefined,
  groups: readonly Group[],
  shortAnswer: boolean,
): boolean {
  return asked.slot === 'date' && !shortAnswer && first !== undefined && !fillsDate(asked, first, groups);
}
