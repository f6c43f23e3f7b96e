/**
 * The bot started on a folder of articles against the fake Discord, and the two ways a user asks it:
 * mentioning it in a channel and running a slash command. Shared by the end-to-end tests that only
 * differ in the folder and the questions.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { startBotProcess, type BotProcess } from './bot-process.js';
import { FakeDiscord } from './fake-discord.js';
import { isCallback, isReplyTo, sent, type SentMessage } from './requests.js';

export interface FolderBot {
  fake: FakeDiscord;
  bot: BotProcess;
  /** Mention the bot in a guild's channel and return its reply. */
  ask(question: string, user: string, guild?: number): Promise<SentMessage>;
  /** Run a slash command with string options in a guild's channel and return its reply's data. */
  command(name: string, options: Record<string, string>, user: string, guild?: number): Promise<SentMessage>;
  close(): Promise<void>;
}

/** No cooldown and no folder watching: each test's questions are answered at once from the folder as it was. */
export async function startFolderBot(token: string, knowledgeDir: string, guilds = 1): Promise<FolderBot> {
  const fake = await FakeDiscord.start({ token, guilds });
  const bot = startBotProcess({
    DISCORD_TOKEN: token,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: knowledgeDir,
    COOLDOWN_SECONDS: '0',
    WATCH_KNOWLEDGE: 'false',
  });
  await bot.waitForLog((l) => l.msg === 'ready', 60_000);
  return {
    fake,
    bot,
    async ask(question, user, guild = 0) {
      const id = fake.postMessage({ content: `<@${fake.botUser.id}> ${question}`, userId: user, guild });
      return sent(await fake.waitForRequest(isReplyTo(id), 30_000));
    },
    async command(name, options, user, guild = 0) {
      const typed = Object.entries(options).map(([option, value]) => ({
        name: option,
        type: ApplicationCommandOptionType.String as const,
        value,
      }));
      const { id } = fake.runCommand(name, typed, user, guild);
      return ((await fake.waitForRequest(isCallback(id), 30_000)).body as { data: SentMessage }).data;
    },
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}
