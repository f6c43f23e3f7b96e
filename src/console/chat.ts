/**
 * The offline console chat: the same engine and the same answers as the bot, as text. `npm start`
 * runs it when no Discord token is set, so a bot owner can try the article before setting up Discord.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ANSI, PLAIN, formatAnswer, formatSummary } from '../format/text.js';
import type { Engine } from '../qa/engine.js';
import { helpExamples } from '../qa/suggest.js';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  color: boolean;
}

const HELP = `Ask a question about the article and press Enter.
Commands: /summary [N]  /articles  /help  /quit`;

export function reply(engine: Engine, line: string, color: boolean): string | undefined {
  const text = line.trim();
  if (text === '') return '';
  if (text === '/quit' || text === '/exit') return undefined;
  if (text === '/help') {
    const examples = helpExamples(engine, 2);
    return `${HELP}${examples.length > 0 ? `\nFor example: ${examples.map((e) => `"${e}"`).join(' or ')}` : ''}`;
  }
  if (text === '/articles') {
    return engine.articles
      .map((a) => `- ${a.title}${a.date ? ` (${a.date})` : ''} — ${a.file}, ${a.sentences.length} sentences`)
      .join('\n');
  }
  const summary = /^\/summary(?:\s+(\d+))?$/.exec(text);
  if (summary) {
    const n = Math.min(10, Math.max(1, Number(summary[1] ?? 3)));
    const s = engine.summary(undefined, n);
    return s === undefined ? 'No article loaded.' : formatSummary(s);
  }
  return formatAnswer(engine.ask(text), color ? ANSI : PLAIN);
}

export async function runChat(engine: Engine, options: ChatOptions): Promise<void> {
  const { output } = options;
  engine.warmUp();
  const titles = engine.articles.map((a) => a.title).join('; ');
  output.write(
    `No DISCORD_TOKEN set: console chat over ${engine.articles.length} article(s): ${titles}\n${HELP}\n`,
  );
  const rl = createInterface({ input: options.input, output, prompt: 'ask> ', terminal: options.color });
  rl.prompt();
  for await (const line of rl) {
    const out = reply(engine, line, options.color);
    if (out === undefined) break;
    if (out !== '') output.write(`${out}\n\n`);
    rl.prompt();
  }
  rl.close();
}
