/**
 * Command line front of the engine. The contract scripts rely on:
 *   cli ask [--json] [--article ID] [--knowledge DIR] "question"
 *   cli ask --jsonl [--knowledge DIR] < questions.jsonl
 *   cli summary [--sentences N] [--article ID] [--json] [--knowledge DIR]
 *   cli add [--knowledge DIR] URL
 * Exit codes: 0 ok, 2 bad usage (summary of a folder of several articles without --article among
 * them), 1 nothing could be loaded (or, for add, the page could not be added).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig, withDotEnv, ConfigError } from '../config.js';
import { formatResponse } from '../format/chat.js';
import { CLI_PICKING, chooseArticleText } from '../format/choose.js';
import { statusMessage } from '../format/messages.js';
import { ANSI, PLAIN, SENTENCE_COUNT_RULE, formatSummary } from '../format/text.js';
import { addedMessage, webFailureMessage } from '../format/web.js';
import { KnowledgeError } from '../knowledge/load.js';
import type { Engine } from '../qa/engine.js';
import type { Answer } from '../qa/types.js';
import { describeLoadError, loadEngine } from '../qa/load-engine.js';
import { respond, summaryFor, type Response } from '../qa/respond.js';
import { SUMMARY_SENTENCES, parseSentenceCount } from '../qa/summary.js';
import { addArticleFromUrl, fetchLimits } from '../web/add-article.js';
import { WebPageError } from '../web/fetch-page.js';

const USAGE = `usage:
  cli ask [--json] [--article ID] [--knowledge DIR] "question"
  cli ask --jsonl [--knowledge DIR] < questions.jsonl
  cli summary [--sentences N] [--article ID] [--json] [--knowledge DIR]
  cli add [--knowledge DIR] URL`;

class UsageError extends Error {}

/**
 * What `ask --json` prints and each `ask --jsonl` line carries: the short answer (or null), the passages
 * with their highlights, the corrections made, and the refusal as `error` when the question was refused.
 */
function answerRecord(answer: Answer): Record<string, unknown> {
  return {
    question: answer.question,
    answered: answer.answered,
    confidence: answer.confidence,
    answer: answer.answer,
    passages: answer.passages.map((p) => ({
      text: p.text,
      score: p.score,
      article: p.article,
      section: p.section,
      sentence: p.sentence,
      highlights: p.highlights,
    })),
    corrections: answer.corrections,
    ...(answer.alsoIn !== undefined ? { alsoIn: answer.alsoIn } : {}),
    ...(answer.refused !== undefined ? { error: statusMessage(answer) } : {}),
  };
}

/** One result line for one input line (`line`: its 1-based number, named in errors). */
function jsonlLine(engine: Engine, text: string, line: number, article: string | undefined): string {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return JSON.stringify({ id: null, line, error: `line ${line}: not valid JSON` });
  }
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (typeof record.question !== 'string')
    return JSON.stringify({ id, line, error: `line ${line}: missing "question" string` });
  const response = respond(engine, record.question, article !== undefined ? { article } : {});
  return JSON.stringify({
    id,
    ...(response.kind === 'answer' ? answerRecord(response.answer) : notAnAnswer(response)),
  });
}

/** A greeting, help, summary or command as JSON: what it was taken for, and what a person would read. */
function notAnAnswer(response: Exclude<Response, { kind: 'answer' }>): object {
  const summary = response.kind === 'summary' ? response.summary : undefined;
  return {
    intent: response.kind,
    answered: summary !== undefined,
    passages: summary?.sentences.map((text) => ({ text, article: summary.article })) ?? [],
    // Several articles and none named: the ones to pick from with --article.
    ...(response.kind === 'choose-article' ? { articles: response.articles } : {}),
    message: formatResponse(response),
  };
}

/** `add URL`: fetch the page into the knowledge folder (the bot's watcher or /reload picks it up). */
async function add(args: string[], knowledge: string | undefined): Promise<number> {
  const [url, ...extra] = args;
  if (url === undefined || extra.length > 0) throw new UsageError('add needs one URL');
  const config = loadConfig(withDotEnv());
  try {
    console.log(
      addedMessage(await addArticleFromUrl(url, knowledge ?? config.knowledgeDir, fetchLimits(config))),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof WebPageError)) throw error;
    console.error(webFailureMessage(error));
    return 1;
  }
}

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        knowledge: { type: 'string' },
        article: { type: 'string' },
        sentences: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (command === 'add') return add(rest, values.knowledge);
  if (command !== 'ask' && command !== 'summary')
    throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  const sentences =
    values.sentences === undefined ? SUMMARY_SENTENCES.default : parseSentenceCount(values.sentences);
  if (sentences === undefined) throw new UsageError(`--sentences must be ${SENTENCE_COUNT_RULE}`);
  const question = rest.join(' ');
  if (command === 'ask' && !values.jsonl && question.trim() === '')
    throw new UsageError('ask needs a question');

  const config = loadConfig(withDotEnv());
  const { engine, errors } = await loadEngine(values.knowledge ?? config.knowledgeDir);
  for (const e of errors) console.error(describeLoadError(e));
  if (values.article !== undefined && !engine.articles.some((a) => a.id === values.article)) {
    throw new UsageError(
      `no article "${values.article}"; known: ${engine.articles.map((a) => a.id).join(', ')}`,
    );
  }
  const article = values.article;

  if (command === 'summary') {
    const response = summaryFor(engine, article !== undefined ? { article } : {}, sentences);
    if (response.kind === 'choose-article') {
      // Several articles and none named: no guess; which one is for the caller to say.
      console.error(chooseArticleText('summary', response.articles, CLI_PICKING));
      return 2;
    }
    if (response.summary === undefined) return 1;
    console.log(values.json ? JSON.stringify(response.summary) : formatSummary(response.summary));
    return 0;
  }
  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
      number++;
      if (line.trim() === '') continue;
      process.stdout.write(`${jsonlLine(engine, line, number, article)}\n`);
    }
    return 0;
  }
  const response = respond(engine, question, article !== undefined ? { article } : {});
  if (values.json)
    console.log(
      JSON.stringify(response.kind === 'answer' ? answerRecord(response.answer) : notAnAnswer(response)),
    );
  else console.log(formatResponse(response, process.stdout.isTTY ? ANSI : PLAIN));
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof KnowledgeError || error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = 1;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
