/**
 * Which passages to offer after the first ("More passages", "Also relevant"), and what is marked in
 * them. A headline usually restates the article's first sentence: offered after a body passage that
 * says the same, it would only repeat it, so it is left out then.
 */
import { tokenize, type Token } from '../qa/text.js';
import type { Answer, Highlight, Passage } from '../qa/types.js';

/** Share of a headline's words that a body passage must also use for the two to say the same. */
const SAME_SHARE = 2 / 3;
/** Shortest stem read as the start of a longer word ("iraq" in "Iraqi", "sign" in "signed"). */
const MIN_PREFIX = 4;

function uses(body: readonly Token[], word: Token): boolean {
  return body.some(
    (b) =>
      b.stem === word.stem ||
      (word.stem.length >= MIN_PREFIX && b.word.startsWith(word.stem)) ||
      (b.stem.length >= MIN_PREFIX && word.word.startsWith(b.stem)),
  );
}

/** True when `body` uses most of the headline's words (stop words aside), in any form. */
export function saysTheSame(headline: string, body: string): boolean {
  const words = tokenize(headline).filter((t) => !t.stop);
  if (words.length === 0) return false;
  const bodyWords = tokenize(body);
  const shared = words.filter((w) => uses(bodyWords, w)).length;
  return shared / words.length >= SAME_SHARE;
}

export function furtherPassages(answer: Answer): Passage[] {
  const bodies = answer.passages.filter((p) => p.section === 'body');
  return answer.passages
    .slice(1)
    .filter(
      (p) =>
        p.section !== 'title' ||
        !bodies.some((b) => b.article.id === p.article.id && saysTheSame(p.text, b.text)),
    );
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `words` stand in `text` as whole words (a plain search: the words are never a pattern). */
function occurrences(text: string, words: string): Highlight[] {
  const out: Highlight[] = [];
  for (let at = text.indexOf(words); words !== '' && at !== -1; at = text.indexOf(words, at + 1)) {
    const end = at + words.length;
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && !WORD_CHAR.test(text[end] ?? ' '))
      out.push({ start: at, end, kind: 'answer' });
  }
  return out;
}

/**
 * A further passage with only the short answer marked, where it appears in it, and nothing else: the
 * engine marks every entity of the asked type in a further passage ("Russian Federal Service" for
 * "who signed?"), which in a list of passages reads as many answers. The answer is looked for as
 * given and, when the engine joined names into it ("Khaled Obaidi and Alexander Fomin"), each name.
 */
export function withAnswerMarked(answer: Answer, passage: Passage): Passage {
  const short = answer.answer;
  if (short === null) return { ...passage, highlights: [] };
  const written = answer.passages[short.passage]?.text.slice(short.start, short.end) ?? short.text;
  // Joined by the engine ("X and Y" from "X and Director of … Y"): each name. A dated weekday
  // ("Thursday (20 October 2019)") is not looked for as "Thursday": another Thursday is another day.
  const parts = short.text.split(' and ');
  const joined = short.text !== written && parts.length > 1;
  const marks = [short.text, ...(joined ? parts : [])]
    .flatMap((words) => occurrences(passage.text, words))
    // Longest first, so that a name inside a longer mark of the answer is not marked twice.
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((h, i, all) => !all.slice(0, i).some((o) => h.start < o.end && o.start < h.end));
  return { ...passage, highlights: marks };
}
