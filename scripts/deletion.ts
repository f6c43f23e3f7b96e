/**
 * On-topic questions an article does not answer, made from answerable ones by deleting the answer
 * (as SQuAD 2.0-style sets are built): the sentence that holds a question's gold answer is taken out
 * of its article, and the question, asked of what remains, is one the bot should refuse. Training
 * only (`npm run train`): the calibrator otherwise sees no on-topic negatives but a set's few
 * written ones (squad-dev has none). Deterministic: no randomness, articles and sentences in order.
 *
 * A question is used only when exactly one sentence of its article holds a gold answer (folded as the
 * benchmark compares them): an answer said twice would still be there, and a short answer ("1973")
 * said in many sentences cannot be taken out without gutting the article. Several questions' answer
 * sentences are taken out of one copy of the article (every `copies`-th of them, spread through it),
 * so that a few engines serve every question; each is kept only when none of its gold answers is left
 * anywhere in that copy, across sentence boundaries too.
 */
import { fold, type Question } from '../bench/dataset.js';
import type { Article } from '../src/knowledge/types.js';

/** An article with some answer sentences taken out, and the questions it no longer answers. */
export interface Deletion {
  article: Article;
  questions: Question[];
}

/**
 * How many answer sentences one copy of an article loses at most: enough that a few engines serve a
 * set (each copy is indexed afresh, about half a second), few enough that the story stays whole
 * around each gap (squad-dev's articles have 100-450 sentences).
 */
export const DELETED_PER_COPY = 12;

const answers = (q: Question): string[] => (q.answers ?? []).map(fold).filter((a) => a !== '');

/** The position of the only sentence holding one of the question's gold answers; undefined when none or several do. */
export function answerSentence(article: Article, q: Question): number | undefined {
  const gold = answers(q);
  if (gold.length === 0) return undefined;
  const holding = article.sentences.filter((s) => gold.some((g) => fold(s.text).includes(g)));
  return holding.length === 1 ? holding[0]?.index : undefined;
}

/** The article without the sentences at these positions, the others numbered again in order. */
export function withoutSentences(article: Article, drop: ReadonlySet<number>): Article {
  return {
    ...article,
    sentences: article.sentences.filter((s) => !drop.has(s.index)).map((s, index) => ({ ...s, index })),
  };
}

/** A text's words, lower-cased, without the punctuation between them ("third-most" → third, most). */
const words = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

/**
 * Whether a gold answer of the question is anywhere in the article: as written (a sentence's end run
 * into the next one's start included), or every word of it in one sentence, in any order and with
 * other words between ("the third most abundant chemical element" says "third-most abundant element").
 */
export function holdsAnswer(article: Article, q: Question): boolean {
  const lines = [article.title, ...article.sentences.map((s) => s.text)];
  const text = fold(lines.join(' '));
  const gold = answers(q);
  if (gold.some((g) => text.includes(g))) return true;
  const sentences = lines.map((l) => new Set(words(l)));
  return gold.some((g) => {
    const needed = words(g);
    return needed.length > 0 && sentences.some((s) => needed.every((w) => s.has(w)));
  });
}

/**
 * The deletions of a set: for each article (in the order given), its usable questions' answer sentences
 * in article order, dealt round-robin into copies of at most `perCopy` each; a copy's questions are
 * those whose answer it no longer holds.
 */
export function deletions(
  articles: readonly Article[],
  questions: readonly Question[],
  perCopy = DELETED_PER_COPY,
): Deletion[] {
  const out: Deletion[] = [];
  for (const article of articles) {
    const bySentence = new Map<number, Question[]>();
    for (const q of questions) {
      // A set of one article may leave its questions' article unnamed (the seed set does).
      if (q.article !== article.file && (q.article !== undefined || articles.length > 1)) continue;
      const at = answerSentence(article, q);
      if (at !== undefined) bySentence.set(at, [...(bySentence.get(at) ?? []), q]);
    }
    const sentences = [...bySentence.keys()].sort((a, b) => a - b);
    const copies = Math.ceil(sentences.length / perCopy);
    for (let c = 0; c < copies; c++) {
      const drop = new Set(sentences.filter((_, i) => i % copies === c));
      const reduced = withoutSentences(article, drop);
      const asked = [...drop]
        .flatMap((at) => bySentence.get(at) ?? [])
        .filter((q) => !holdsAnswer(reduced, q));
      if (asked.length > 0) out.push({ article: reduced, questions: asked });
    }
  }
  return out;
}
