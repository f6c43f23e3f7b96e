/**
 * What the bot says to messages that are not questions (greetings, thanks, help, unknown commands) and
 * how a whole response reads as text. Shared by the console chat and the CLI; the Discord replies use
 * the same sentences.
 */
import type { Courtesy } from '../qa/intent.js';
import type { Response } from '../qa/respond.js';
import type { ReadOn } from '../qa/read-on.js';
import type { ArticleRef } from '../qa/types.js';
import { CLI_PICKING, articleLines, chooseArticleText, type ArticlePicking } from './choose.js';
import { formatAnswer, formatSummary, PLAIN, sourceLine, type TextStyle } from './text.js';

const COURTESY: Record<Courtesy, string> = {
  greeting: 'Hi! Ask me anything about the article.',
  thanks: "You're welcome! Ask me anything else about the article.",
  acknowledgement: 'Anything else about the article? Just ask.',
  goodbye: 'Bye! Come back with more questions any time.',
};

/** `quote` wraps each example (Discord escapes its markdown; text uses plain quotes). */
export function examplesLine(
  examples: readonly string[],
  quote: (s: string) => string = (s) => `"${s}"`,
): string {
  return examples.length > 0 ? `For example: ${examples.map(quote).join(' or ')}` : '';
}

export function courtesyText(
  courtesy: Courtesy,
  examples: readonly string[],
  quote?: (s: string) => string,
): string {
  const example = examplesLine(examples, quote);
  return example === '' ? COURTESY[courtesy] : `${COURTESY[courtesy]} ${example}`;
}

/** The console's summary command: the same options and bounds as `cli summary`. */
export const CONSOLE_SUMMARY_USAGE = '/summary [N] [--article ID]';

export const CONSOLE_COMMANDS = [CONSOLE_SUMMARY_USAGE, '/article [ID|all]', '/articles', '/help', '/quit'];

/** Beside the article the conversation is about, in the console's `/articles`. */
export const CURRENT_ARTICLE_MARK = '(talking about this one)';

/** The console's `/article [ID]`: which article the conversation is about, now or from here on. */
export function consoleTopicText(
  article: ArticleRef | undefined,
  how: { now: boolean; kept: boolean },
): string {
  if (article === undefined) return 'No article picked yet: /article ID picks one (/articles lists them).';
  const head = `${how.now ? 'Now talking about' : 'Talking about'}: ${article.title} (${article.id}).`;
  return how.kept
    ? `${head} Questions are kept to it (unless they name another) until /article all; "who wrote this?" and "what is this about?" mean it.`
    : `${head} "who wrote this?" and "what is this about?" mean this article.`;
}

/** The console's `/article all`: no article kept, so a question is searched across every one. */
export function consoleAllArticlesText(articles: number): string {
  return articles > 1
    ? `No article picked: questions are searched across all ${articles} articles (/article ID picks one).`
    : 'Only one article is loaded: every question is about it.';
}

export function unknownArticleText(id: string): string {
  return `No article "${id}"; /articles lists them.`;
}

/** What the console says when the text typed for an article fits several: their ids, to type one. */
export function severalArticlesText(typed: string, refs: readonly ArticleRef[]): string {
  return [`"${typed}" fits ${refs.length} articles; which one?`, ...articleLines(refs, true)].join('\n');
}

/**
 * How to ask, with no question of any one story in it: the examples line under it (`examplesLine`) has
 * questions drawn from the loaded articles, which the bot answers (`helpExamples`).
 */
export const TEXT_HELP = `Ask a question about the article in your own words (who, what, where, when, how many…),
or "what is this about?" for its gist.`;

/** With several articles loaded: what "this" means in a question, and how to pick the article. */
export const CONSOLE_THIS_HELP = `With several articles, "this" ("who wrote this?", "what is this article about?") means the one
this conversation is about: that of the last answer or summary, or the one picked with /article ID
(/articles lists them and marks it; /article all picks none).`;

/** `articles`: how many are loaded; with several, the help says what "this" means. */
export function consoleHelp(examples: readonly string[] = [], articles = 1): string {
  const example = examplesLine(examples);
  return [
    TEXT_HELP,
    ...(articles > 1 ? [CONSOLE_THIS_HELP] : []),
    `Commands: ${CONSOLE_COMMANDS.join('  ')}`,
    ...(example !== '' ? [example] : []),
  ].join('\n');
}

/** The CLI's commands: what its help lists, and what a console command typed to it is told. */
export const CLI_COMMANDS = [
  'cli ask "question"',
  'cli summary [--sentences N] [--article ID]',
  'cli add URL',
  'cli --help',
];

/** The CLI's help: it has no conversation, so with several articles an article is named each time. */
export function cliHelp(examples: readonly string[] = [], articles = 1): string {
  const example = examplesLine(examples);
  return [
    TEXT_HELP,
    ...(articles > 1
      ? ['With several articles, a question about the page or its gist names one: --article ID.']
      : []),
    `Commands: ${CLI_COMMANDS.join('  ')}`,
    ...(example !== '' ? [example] : []),
  ].join('\n');
}

export function unknownCommandText(name: string, commands: readonly string[] = []): string {
  return `Unknown command "/${name}".${commands.length > 0 ? ` Commands: ${commands.join('  ')}` : ''}`;
}

export const NOTHING_LOADED = 'No article loaded.';

/** "tell me more" with nothing said before it in this conversation (or only a question not answered). */
export const NOTHING_TO_CONTINUE =
  'More of what? Ask me a question first; then "more" reads on from its answer.';

/**
 * "tell me more" to the CLI: it keeps no conversation (each `ask`, each `--jsonl` line, is a question on
 * its own, as a script means it), so there is no answer to read on from, whatever came before.
 */
export const CLI_NO_READ_ON =
  'The CLI answers each question on its own, so "more" has no answer to read on from: ask what you want to know, or use the console chat (npm start), where "more" reads on from the last answer.';

/** "tell me more" when every sentence after the answer has been shown. */
export function storyEndedText(title: string): string {
  return `That is the end of “${title}”: ask me anything else about it.`;
}

/** "tell me more" as text: the next sentences of the story, then where they are from. */
export function formatReadOn(read: ReadOn): string {
  if (read.kind === 'nothing-shown') return NOTHING_TO_CONTINUE;
  if (read.kind === 'end') return storyEndedText(read.article.title);
  const first = read.passages[0];
  return [...read.passages.map((p) => p.text), ...(first !== undefined ? [sourceLine(first)] : [])].join(
    '\n',
  );
}

/**
 * A response as text: the console and the CLI print this. Commands are the caller's to run.
 * `picking`: how this front names an article (to ask which one, or to summarise another); `front`:
 * whose commands help lists.
 */
export function formatResponse(
  response: Response,
  style: TextStyle = PLAIN,
  picking: ArticlePicking = CLI_PICKING,
  front: 'console' | 'cli' = 'cli',
): string {
  switch (response.kind) {
    case 'courtesy':
      return courtesyText(response.courtesy, response.examples);
    case 'help':
      return (front === 'console' ? consoleHelp : cliHelp)(response.examples, response.articles);
    case 'summary':
      return response.summary === undefined
        ? NOTHING_LOADED
        : formatSummary(response.summary, picking.summary);
    case 'choose-article':
      return chooseArticleText(response.asked, response.articles, picking, undefined, response.outOf);
    case 'command':
      return unknownCommandText(response.name, front === 'console' ? CONSOLE_COMMANDS : CLI_COMMANDS);
    case 'more':
      return front === 'cli' ? CLI_NO_READ_ON : formatReadOn(response.read);
    case 'answer':
      return formatAnswer(response.answer, style);
  }
}
