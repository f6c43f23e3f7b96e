/**
 * The CLI's JSON output (`ask --json`, each `ask --jsonl` line): what scripts rely on, kept apart from
 * argument parsing and printing so that it can be checked in-process.
 */
import { formatResponse } from '../format/chat.js';
import { withAnswerMarked } from '../format/further.js';
import { jsonlLineError } from '../format/jsonl.js';
import { statusMessage } from '../format/messages.js';
import type { Engine } from '../qa/engine.js';
import { respond, type Response } from '../qa/respond.js';
import type { Answer, ArticleRef, Highlight, Passage } from '../qa/types.js';

/** Which article a record's answer comes from, as a script names it: its id (the file, in the knowledge folder), file and title. */
function articleOf(article: ArticleRef | undefined): { id: string; file: string; title: string } | null {
  return article === undefined ? null : { id: article.id, file: article.file, title: article.title };
}

/**
 * A passage's marks as a script should read them: the question's words, and as `answer` only the short
 * answer. In a passage other than the one holding it, the engine marks every entity of the asked type
 * (each organisation for "who signed?"); there only where the short answer itself appears is an answer.
 */
function highlightsOf(answer: Answer, p: Passage, i: number): Highlight[] {
  if (i === answer.answer?.passage) return p.highlights;
  const answers = answer.answered ? withAnswerMarked(answer, p).highlights : [];
  const matches = p.highlights.filter(
    (h) => h.kind === 'match' && !answers.some((a) => h.start < a.end && a.start < h.end),
  );
  return [...matches, ...answers].sort((a, b) => a.start - b.start);
}

/**
 * What `ask --json` prints and each `ask --jsonl` line carries: the short answer (or null), the article
 * the answer comes from (that of the passage holding the short answer, else of the first passage; null
 * when not answered: the passages are then only the closest), the passages with their highlights, the
 * corrections made, the refusal as `error` when the question was refused, and as `message` what a
 * person is told when it is not answered.
 */
export function answerRecord(answer: Answer, asked?: string): Record<string, unknown> {
  const from = answer.answered ? answer.passages[answer.answer?.passage ?? 0] : undefined;
  return {
    // As the script asked it: the engine's own copy has lost its lead-in ("tell me more" → "more").
    question: asked ?? answer.question,
    answered: answer.answered,
    confidence: answer.confidence,
    answer: answer.answer,
    // A yes/no question whose first passage plainly says the event happened ("yes") or denies it ("no").
    ...(answer.polarity !== undefined ? { polarity: answer.polarity } : {}),
    // A yes/no question comparing two numbers of the story: each side's number and passage.
    ...(answer.comparison !== undefined ? { comparison: answer.comparison } : {}),
    article: articleOf(from?.article),
    passages: answer.passages.map((p, i) => ({
      text: p.text,
      score: p.score,
      article: p.article,
      section: p.section,
      sentence: p.sentence,
      highlights: highlightsOf(answer, p, i),
      // The quotation marks the sentence needs to be read on its own (a sentence inside a quotation).
      ...(p.marks !== undefined ? { marks: p.marks } : {}),
    })),
    corrections: answer.corrections,
    // A pronoun read as a person of the story ("she" → Priya Raman), as the console says "(read …)".
    ...(answer.readAs !== undefined ? { readAs: answer.readAs } : {}),
    // A question that named nothing, read as about this story ("where was it?").
    ...(answer.topic !== undefined ? { topic: answer.topic } : {}),
    // Stryker disable next-line ConditionalExpression: JSON.stringify leaves out an undefined alsoIn
    ...(answer.alsoIn !== undefined ? { alsoIn: answer.alsoIn } : {}),
    ...(answer.refused !== undefined ? { error: statusMessage(answer) } : {}),
    // Not answered: what a person is told ("The page names no author.", "I couldn't find that…").
    ...(answer.refused === undefined && !answer.answered ? { message: statusMessage(answer) } : {}),
  };
}

/** One result line for one input line (`line`: its 1-based number, named in errors). */
export function jsonlLine(engine: Engine, text: string, line: number, article: string | undefined): string {
  let input: unknown;
  try {
    // A file saved with a byte-order mark starts its first line with one.
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return JSON.stringify({ id: null, line, error: jsonlLineError(line, 'not-json') });
  }
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (typeof record.question !== 'string')
    return JSON.stringify({ id, line, error: jsonlLineError(line, 'no-question') });
  // A blank question is a mistake in the script's input, as `ask ""` is bad usage: not a message for
  // the bot, which would take it for a greeting and print its help.
  if (record.question.trim() === '')
    return JSON.stringify({ id, line, error: jsonlLineError(line, 'empty-question') });
  // Each line a conversation's first question (the empty state): a "he" reads as the story's subject
  // as the bot's first answer in a channel would, but nothing carries over from the line before.
  // Stryker disable next-line ConditionalExpression: the engine reads an undefined article as none
  const response = respond(engine, record.question, article !== undefined ? { article } : {}, {});
  return JSON.stringify({
    id,
    ...(response.kind === 'answer'
      ? answerRecord(response.answer, record.question)
      : { question: record.question, ...notAnAnswer(response) }),
  });
}

/** A greeting, help, summary or command as JSON: what it was taken for, and what a person would read. */
export function notAnAnswer(response: Exclude<Response, { kind: 'answer' }>): object {
  // Stryker disable next-line ConditionalExpression: only a summary response has a summary; the check is for the type checker
  const summary = response.kind === 'summary' ? response.summary : undefined;
  return {
    intent: response.kind,
    answered: summary !== undefined,
    article: articleOf(summary?.article),
    passages: summary?.sentences.map((text) => ({ text, article: summary.article })) ?? [],
    // Several articles and none named: the ones to pick from with --article (and, when they are those
    // whose page has what a page question asks about, how many there are in all).
    ...(response.kind === 'choose-article'
      ? { articles: response.articles, ...(response.outOf === undefined ? {} : { outOf: response.outOf }) }
      : {}),
    message: formatResponse(response),
  };
}
