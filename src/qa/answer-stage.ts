/**
 * The answer-extraction stage of the engine: gathers what `extractSpan` needs for the best passage (its
 * tokens, cached tags, the question's matched words, the dateline) and marks only that span as the
 * answer in the passage's highlights.
 */
import { extractSpan, type SpanInput, type SpanWeights } from './answer-span.js';
import { ANSWER_ENTITIES, type ParsedQuestion } from './question.js';
import type { SearchIndex } from './search-index.js';
import { tokenize } from './text.js';
import type { Passage, ShortAnswer } from './types.js';
import type { Sentence } from '../knowledge/types.js';
import type { TitledPeople } from './titles.js';

/** What the extractor needs to know about the best passage; undefined when there is none. */
/** The sentence a passage shows, in its article (for its cached tags). */
function sentenceOf(index: SearchIndex, passage: Passage | undefined): Sentence | undefined {
  if (passage === undefined) return undefined;
  return index.article(passage.article.id)?.sentences[passage.sentence];
}

/**
 * Which shown passage answers: the best one, unless it is a headline, a caption or a heading, which
 * says what the story reports without its details ("Iraq, Russia Sign … Agreement" gives no date), and
 * holds nothing of the kind asked for (a date for "when", a person for "who"), while a body passage shown
 * after it says every question word the best one matched and holds such a thing (the sentence reporting
 * the signing "… said Thursday"). The first such body passage answers.
 */
export function answeringPassage(
  index: SearchIndex,
  parsed: ParsedQuestion,
  passages: readonly Passage[],
  matched: ReadonlySet<string>,
): number {
  const wanted = ANSWER_ENTITIES[parsed.type];
  const best = passages[0];
  if (wanted.length === 0 || best === undefined || best.section === 'body') return 0;
  // Something of the asked kind that is not the question's own words ("Iraq" for "when did Iraq sign").
  const holds = (passage: Passage): boolean => {
    const sentence = sentenceOf(index, passage);
    if (sentence === undefined) return false;
    const asked = tokenize(passage.text).filter((t) => matched.has(t.stem));
    return index
      .entitiesOf(sentence)
      .some((e) => wanted.includes(e.type) && !asked.some((t) => t.start < e.end && t.end > e.start));
  };
  if (holds(best)) return 0;
  const said = new Set(tokenize(best.text).flatMap((t) => (matched.has(t.stem) ? [t.stem] : [])));
  // A headline that holds none of the question's own words (found through its expansions) says nothing
  // a body passage could be checked against: any dated sentence would do, so none is taken.
  if (said.size === 0) return 0;
  const found = passages.findIndex((p, i) => {
    if (i === 0 || p.section !== 'body') return false;
    const stems = new Set(tokenize(p.text).map((t) => t.stem));
    return [...said].every((s) => stems.has(s)) && holds(p);
  });
  return found === -1 ? 0 : found;
}

/**
 * The words of the people the passages shown name: a story names a person in full once ("Khaled
 * Obaidi") and by surname after ("Obaidi thanked Russia"), which the tagger alone does not read as a person.
 */
function peopleNamed(index: SearchIndex, passages: readonly Passage[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const p of passages) {
    const sentence = sentenceOf(index, p);
    if (sentence === undefined) continue;
    for (const e of index.entitiesOf(sentence))
      if (e.type === 'person' && /\s/.test(p.text.slice(e.start, e.end)))
        for (const w of p.text.slice(e.start, e.end).split(/\s+/)) words.add(w.toLowerCase());
  }
  return words;
}

export function spanInputOf(
  index: SearchIndex,
  question: string,
  parsed: ParsedQuestion,
  passages: readonly Passage[],
  matched: ReadonlySet<string>,
  titled?: TitledPeople,
): SpanInput | undefined {
  const best = passages[0];
  const sentence = sentenceOf(index, best);
  if (best === undefined || sentence === undefined) return undefined;
  let people: ReadonlySet<string> | undefined;
  return {
    question,
    parsed,
    passage: {
      text: best.text,
      tokens: tokenize(best.text),
      tags: index.entitiesOf(sentence),
      people: () => (people ??= peopleNamed(index, passages)),
    },
    matched,
    ...(best.article.date !== undefined ? { dateline: best.article.date } : {}),
    ...(titled !== undefined ? { titled } : {}),
  };
}

export function shortAnswer(
  index: SearchIndex,
  question: string,
  parsed: ParsedQuestion,
  shown: Passage[],
  matched: ReadonlySet<string>,
  weights: SpanWeights,
  titled?: TitledPeople,
): { answer: ShortAnswer | null; passages: Passage[] } {
  // The answering passage is shown first, in the best one's place and with its score.
  const at = answeringPassage(index, parsed, shown, matched);
  const passages =
    at === 0
      ? shown
      : [shown[at] as Passage, ...shown.filter((_, i) => i !== at)].map((p, i) => ({
          ...p,
          score: (shown[i] as Passage).score,
        }));
  const best = passages[0];
  const input = spanInputOf(index, question, parsed, passages, matched, titled);
  if (best === undefined || input === undefined) return { answer: null, passages };
  const span = extractSpan(input, weights);
  // Only the answer is marked as one: the other entities of its type are not answers.
  const marks = best.highlights.filter(
    (h) => h.kind === 'match' && (span === null || h.end <= span.start || h.start >= span.end),
  );
  if (span !== null) marks.push({ start: span.start, end: span.end, kind: 'answer' });
  marks.sort((a, b) => a.start - b.start);
  return {
    answer: span === null ? null : { text: span.text, passage: 0, start: span.start, end: span.end },
    passages: [{ ...best, highlights: marks }, ...passages.slice(1)],
  };
}
