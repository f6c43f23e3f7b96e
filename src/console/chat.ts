/**
 * The offline console chat: the same engine and the same answers as the bot, as text. `npm start`
 * runs it when no Discord token is set, so a bot owner can try the article before setting up Discord.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  CONSOLE_COMMANDS,
  consoleHelp,
  consoleAllArticlesText,
  consoleTopicText,
  CURRENT_ARTICLE_MARK,
  formatResponse,
  severalArticlesText,
  unknownArticleText,
  unknownCommandText,
} from '../format/chat.js';
import { CONSOLE_PICKING } from '../format/choose.js';
import { ANSI, countOf, PLAIN, reloadFailedNotice, reloadNotice } from '../format/text.js';
import type { Engine } from '../qa/engine.js';
import type { KnowledgeBase } from '../qa/knowledge-base.js';
import { searchedSentences } from '../qa/search-index.js';
import { describeLoadError } from '../qa/load-engine.js';
import { watchKnowledge } from '../qa/watch.js';
import { articlesMeant } from '../qa/focus.js';
import { questionAfter, readingAfter, respond, topicOf, type ConversationState } from '../qa/respond.js';
import { helpExamples } from '../qa/suggest.js';
import { personAfter } from '../qa/last-person.js';
import { summaryCommand } from './summary-command.js';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  color: boolean;
  /**
   * Write each line read after its prompt, as a terminal would have shown it as it was typed: with
   * questions piped in (`npm start < questions.txt`) nothing echoes them, and the transcript would be
   * answers after empty prompts.
   */
  echo?: boolean;
  /**
   * Starts watching for changes, printing each notice between prompts, and calling `reloaded` after each
   * reload (which starts the warm-up again for the new index, once the chat has started it); returns
   * what stops it.
   */
  watch?: (notify: (text: string) => void, reloaded: () => void) => () => void;
  /**
   * The rest of the warm-up, as the bot runs it (`consoleWarmUp`: the entity tags, taken from and saved
   * to the cache file when a folder of more than 3,000 sentences has any left untagged, then the
   * folder's words looked up and the pipeline practised). `start` is called once the first reply is
   * written, so that neither the first prompt nor the first answer waits for any of it, and again after
   * each reload from then on (not before); `stop` when the chat ends, after which it must not start
   * again. It yields every few ms (and after each practice question) while people read and type; the
   * questions after it cost less (a first ask of the seed article about 0.6x the CPU).
   */
  background?: { start: () => Promise<unknown>; stop: () => void };
}

/** Where the chat's engine comes from: a KnowledgeBase swaps in a new one when the folder changes. */
export interface EngineSource {
  readonly engine: Engine;
}

/**
 * Watch the knowledge folder as the bot does, and tell the chat what a reload changed and that it
 * happened (`reloaded`: the chat warms the new index up again, as the bot does).
 */
export function chatWatcher(kb: KnowledgeBase, debounceMs?: number): NonNullable<ChatOptions['watch']> {
  return (notify, reloaded) =>
    watchKnowledge(kb, {
      ...(debounceMs !== undefined ? { debounceMs } : {}),
      onReload: (r) => {
        notify([reloadNotice(r), ...r.errors.map(describeLoadError)].join('\n'));
        reloaded();
      },
      onError: (error) => notify(reloadFailedNotice(error)),
    });
}

/**
 * The bot's background warm-up for the console (`KnowledgeBase.warmUp`, with the same cache file of
 * entity tags), stopped at the end of the chat so that the process can exit: once stopped, it does not
 * start again (a reload that ends after /quit would otherwise warm up for a chat that is over). Never
 * rejects: a cache that cannot be read or written only costs time, as in the bot.
 */
export function consoleWarmUp(kb: KnowledgeBase, cacheFile?: string): NonNullable<ChatOptions['background']> {
  let stopped = false;
  return {
    start: () => (stopped ? Promise.resolve(undefined) : kb.warmUp(cacheFile).catch(() => undefined)),
    stop: () => {
      stopped = true;
      kb.stopBackground();
    },
  };
}

/**
 * What the console remembers of its conversation: the article it was last about (of the last answer or
 * summary, or picked with `/article ID`), so that with several articles loaded "who wrote this?" and
 * "what is this about?" mean that one rather than needing its id each time; where it has read up
 * to, so that "tell me more" reads on from the last answer; whom it was about, so that "what did
 * he say?" after "who is fomin?" means Fomin; and its last question, so that "where?" asks it again
 * with "where". One console, one person.
 */
export interface Conversation extends ConversationState {
  article?: string;
  /**
   * `article` was picked with `/article ID`: a question it does not answer is not answered from
   * another article (as with the CLI's `--article`) unless it names that one by a word only it has,
   * until `/article all` or another pick. Without it, `article` is only where the conversation last
   * was, and a question it does not answer may be answered from another (the reply says so).
   */
  kept?: boolean;
}

/** `/article [ID|all]`: show or pick the article the conversation is about, or none. */
function topicCommand(engine: Engine, id: string, conversation: Conversation): string {
  if (id === '')
    return consoleTopicText(
      engine.index.refs.find((r) => r.id === conversation.article),
      { now: false, kept: conversation.kept === true },
    );
  // "all" (or "none") keeps no article, unless an article is called that.
  if (/^(?:all|none)$/i.test(id) && !engine.index.refs.some((r) => r.id.toLowerCase() === id.toLowerCase())) {
    delete conversation.article;
    delete conversation.kept;
    delete conversation.question;
    return consoleAllArticlesText(engine.articles.length);
  }
  const meant = articlesMeant(engine.index.refs, id);
  const ref = meant[0];
  if (ref === undefined) return unknownArticleText(id);
  if (meant.length > 1) return severalArticlesText(id, meant);
  // Another article: "where?" no longer asks the last question, which was of the one before.
  if (conversation.article !== ref.id) delete conversation.question;
  conversation.article = ref.id;
  conversation.kept = true;
  return consoleTopicText(ref, { now: true, kept: true });
}

export function reply(
  engine: Engine,
  line: string,
  color: boolean,
  conversation: Conversation = {},
): string | undefined {
  const text = line.trim();
  if (text === '') return '';
  if (text === '/quit' || text === '/exit') return undefined;
  // "/help me", "/help summary": whatever follows, it is help that is asked for.
  if (/^\/help(?:\s|$)/.test(text)) return consoleHelp(helpExamples(engine, 2), engine.articles.length);
  if (text === '/articles') {
    // The one "who wrote this?" means now is marked, when there are several.
    const current = engine.articles.length > 1 ? conversation.article : undefined;
    return engine.articles
      .map(
        (a) =>
          `- ${a.title}${a.date ? ` (${a.date})` : ''} — ${a.id}, ${countOf(searchedSentences(a), 'sentence')}${a.id === current ? ` ${CURRENT_ARTICLE_MARK}` : ''}`,
      )
      .join('\n');
  }
  const topic = /^\/article(?:\s+(.*))?$/s.exec(text);
  if (topic) return topicCommand(engine, (topic[1] ?? '').trim(), conversation);
  const summary = /^\/summary(?:\s+(.*))?$/s.exec(text);
  if (summary) return summaryCommand(engine, summary[1] ?? '', conversation);
  // Greetings, thanks, "help", "what is this about?" and questions, told apart before anything is searched.
  const article = conversation.article;
  const response = respond(
    engine,
    text,
    article === undefined ? {} : { context: article, ...(conversation.kept === true ? { stay: true } : {}) },
    conversation,
  );
  if (response.kind === 'command') return unknownCommandText(response.name, CONSOLE_COMMANDS);
  // A picked story stays picked: a question that named another was answered from it, once.
  if (conversation.kept !== true) conversation.article = topicOf(response) ?? conversation.article;
  const reading = readingAfter(response, conversation.reading);
  if (reading === undefined) delete conversation.reading;
  else conversation.reading = reading;
  const person = personAfter(engine, response, conversation.person);
  if (person === undefined) delete conversation.person;
  else conversation.person = person;
  const question = questionAfter(response, conversation.question);
  if (question === undefined) delete conversation.question;
  else conversation.question = question;
  return formatResponse(response, color ? ANSI : PLAIN, CONSOLE_PICKING, 'console');
}

export async function runChat(source: EngineSource, options: ChatOptions): Promise<void> {
  const { output } = options;
  const engine = source.engine;
  engine.warmUp();
  const titles = engine.articles.map((a) => a.title).join('; ');
  output.write(
    `No DISCORD_TOKEN set: console chat over ${engine.articles.length} article(s): ${titles}\n${consoleHelp(helpExamples(engine, 2), engine.articles.length)}\n`,
  );
  const rl = createInterface({ input: options.input, output, prompt: 'ask> ', terminal: options.color });
  let warming = false;
  const stopWatching = options.watch?.(
    (text) => {
      output.write(`\n${text}\n\n`);
      rl.prompt(true);
    },
    // A reload before the first reply leaves the warm-up to that reply, as at the start.
    () => {
      if (warming) void options.background?.start();
    },
  );
  // A reader that stops reading ("npm start | head") closes the pipe: the chat ends quietly, as a shell
  // tool does, rather than crash on its next write with an unhandled EPIPE.
  const onOutputError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    rl.close();
  };
  output.on('error', onOutputError);
  rl.prompt();
  const conversation: Conversation = {};
  let quit = false;
  try {
    for await (const line of rl) {
      if (options.echo === true) output.write(`${line}\n`);
      // The engine in service now: a reload may have swapped in a new one since the last question.
      const out = reply(source.engine, line, options.color, conversation);
      quit = out === undefined;
      if (quit) break;
      if (out !== '') output.write(`${out}\n\n`);
      rl.prompt();
      // After the first reply: started at the first prompt, one of its steps (a practice question, 50-200
      // ms in a new process on a busy machine) delayed a question typed at once by as much.
      if (!warming) void options.background?.start();
      warming = true;
    }
    // The input ended (Ctrl-D, the end of a piped file) at a prompt: end its line, so that what the shell
    // prints next starts a line of its own rather than after "ask> ".
    if (!quit && output.writable) output.write('\n');
  } finally {
    stopWatching?.();
    options.background?.stop();
    rl.close();
    // The handler stays: the last write (the newline above) can fail after the loop has ended, and an
    // 'error' with no listener would crash the process with the stack trace this handler is here to spare.
  }
}
