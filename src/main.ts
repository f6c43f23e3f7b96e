/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the offline console chat otherwise.
 * discord.js is only loaded for the bot, so the console starts quickly.
 */
import { ConfigError, loadConfig, withDotEnv, type Config } from './config.js';
import { chatWatcher, consoleWarmUp, runChat } from './console/chat.js';
import { KnowledgeError } from './knowledge/load.js';
import { KnowledgeBase } from './qa/knowledge-base.js';
import { describeLoadError } from './qa/load-engine.js';
import { UsageError } from './command-line.js';
import { parseStartArgs } from './start-args.js';
import { START_USAGE, misuseText } from './format/usage.js';

async function runConsole(config: Config): Promise<void> {
  // Large folders take a few seconds: show progress on a terminal.
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => process.stderr.write(`\rreading articles: ${done}/${total}`)
    : undefined;
  const kb = await KnowledgeBase.load(config.knowledgeDir, progress);
  if (progress !== undefined)
    process.stderr.write(
      `\rindexed ${kb.engine.index.docs.length} sentences in ${Math.round(kb.loadMs)} ms\n`,
    );
  for (const e of kb.loadErrors) console.error(describeLoadError(e));
  // Like the bot: the rest of the warm-up in the background, again after each reload (runChat).
  const background = consoleWarmUp(kb, config.entityCacheFile);
  await runChat(kb, {
    input: process.stdin,
    output: process.stdout,
    color: process.stdout.isTTY === true,
    // Piped questions are not echoed by a terminal: write them after their prompt, so the transcript reads.
    echo: process.stdin.isTTY !== true,
    background,
    // Like the bot: files added, changed or removed are picked up while the chat runs.
    ...(config.watchKnowledge ? { watch: chatWatcher(kb) } : {}),
  });
}

async function main(): Promise<void> {
  const args = parseStartArgs(process.argv.slice(2));
  if (args.help) {
    console.log(START_USAGE);
    return;
  }
  const loaded = loadConfig(withDotEnv());
  const config = args.knowledge !== undefined ? { ...loaded, knowledgeDir: args.knowledge } : loaded;
  if (config.token === undefined) {
    await runConsole(config);
    return;
  }
  const { startBot } = await import('./discord/bot.js');
  await startBot(config);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(misuseText(error, START_USAGE));
    process.exit(2);
  }
  if (error instanceof ConfigError || error instanceof KnowledgeError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
