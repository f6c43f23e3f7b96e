/**
 * Which passages to offer after the first ("More passages", "Also relevant"). A headline usually
 * restates the article's first sentence: offered after a body passage that says the same, it would
 * only repeat it, so it is left out then.
 */
import { tokenize, type Token } from '../qa/text.js';
import type { Answer, Passage } from '../qa/types.js';

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
