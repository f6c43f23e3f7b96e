/**
 * Command line front of the engine. The contract scripts rely on:
 *   cli ask [--json] [--article ID] [--knowledge DIR] "question"
 *   cli ask --jsonl [--article ID] [--knowledge DIR] < questions.jsonl
 *   cli summary [--sentences N] [--article ID] [--json] [--knowledge DIR]
 *   cli add [--knowledge DIR] URL
 * Exit codes: 0 ok, 2 bad usage (summary, or a question about one article, in a folder of several
 * articles without --article among them), 1 nothing could be loaded (or, for add, the page could not
 * be added).
 */
import { createInterface } from 'node:readline';
import { loadConfig, withDotEnv, ConfigError } from '../config.js';
import { formatResponse } from '../format/chat.js';
import { CLI_PICKING, chooseArticleText } from '../format/choose.js';
import { ANSI, PLAIN, formatSummary } from '../format/text.js';
import { CLI_USAGE, misuseText } from '../format/usage.js';
import { addedMessage, webFailureMessage } from '../format/web.js';
import { KnowledgeError } from '../knowledge/load.js';
import type { Engine } from '../qa/engine.js';
import { articlesMeant } from '../qa/focus.js';
import { describeLoadError, loadEngine } from '../qa/load-engine.js';
import { respond, summaryFor } from '../qa/respond.js';
import { addArticleFromUrl, fetchLimits } from '../web/add-article.js';
import { WebPageError } from '../web/fetch-page.js';
import { UsageError } from '../command-line.js';
import { stopWhenReaderCloses } from '../closed-pipe.js';
import { parseCommand } from './args.js';
import { answerRecord, jsonlLine, notAnAnswer } from './records.js';

/** `add URL`: fetch the page into the knowledge folder (the bot's watcher or /reload picks it up). */
async function add(url: string, knowledge: string | undefined): Promise<number> {
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

/**
 * The article `--article` names, read as the console's `/article` reads it (`articlesMeant`: the id, the
 * file's name, or a part of the id or title), so that what works in one front works in the other.
 */
function articleNamed(engine: Engine, typed: string): string {
  const meant = articlesMeant(engine.index.refs, typed);
  const [only] = meant;
  if (only !== undefined && meant.length === 1) return only.id;
  if (meant.length > 1)
    throw new UsageError({ reason: 'several-articles', typed, ids: meant.map((r) => r.id) });
  throw new UsageError({ reason: 'no-such-article', typed, known: engine.articles.map((a) => a.id) });
}

async function run(argv: string[]): Promise<number> {
  const cli = parseCommand(argv);
  if (cli.command === 'help') {
    console.log(CLI_USAGE);
    return 0;
  }
  if (cli.command === 'add') return add(cli.url, cli.knowledge);
  const { command, question, sentences } = cli;

  const config = loadConfig(withDotEnv());
  const { engine, errors } = await loadEngine(cli.knowledge ?? config.knowledgeDir);
  for (const e of errors) console.error(describeLoadError(e));
  const article = cli.article === undefined ? undefined : articleNamed(engine, cli.article);

  if (command === 'summary') {
    const response = summaryFor(engine, article !== undefined ? { article } : {}, sentences);
    if (response.kind === 'choose-article') {
      // Several articles and none named: no guess; which one is for the caller to say.
      console.error(chooseArticleText('summary', response.articles, CLI_PICKING));
      return 2;
    }
    if (response.summary === undefined) return 1;
    console.log(cli.json ? JSON.stringify(response.summary) : formatSummary(response.summary));
    return 0;
  }
  if (cli.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
      number++;
      if (line.trim() === '') continue;
      process.stdout.write(`${jsonlLine(engine, line, number, article)}\n`);
    }
    return 0;
  }
  // A conversation's first question, as the console's and a channel's first: "how old is he?" reads
  // "he" as the story's subject when it fits them, so a batch check shows what the bot would answer.
  const response = respond(engine, question, article !== undefined ? { article } : {}, {});
  if (cli.json)
    console.log(
      JSON.stringify(
        response.kind === 'answer'
          ? answerRecord(response.answer, question)
          : { question, ...notAnAnswer(response) },
      ),
    );
  else if (response.kind === 'choose-article')
    // As `summary` does: a script reading stdout gets no list it could take for an answer.
    console.error(formatResponse(response, PLAIN));
  else console.log(formatResponse(response, process.stdout.isTTY ? ANSI : PLAIN));
  // A console command ("/summary") typed to the CLI is bad usage: its help names the CLI's own; so is a
  // question over the length limit (refused with the limit named, as in the other fronts), and a
  // question about one article ("who wrote this?") in a folder of several with no --article.
  const tooLong = response.kind === 'answer' && response.answer.refused === 'too-long';
  return response.kind === 'command' || response.kind === 'choose-article' || tooLong ? 2 : 0;
}

stopWhenReaderCloses();
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(misuseText(error, CLI_USAGE));
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
