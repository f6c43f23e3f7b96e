/** The Discord front: a discord.js client wired to the engine. */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { startHealthServer, type HealthServer, type Readiness } from '../health.js';
import { createLogger, scrub } from '../logger.js';
import { KnowledgeBase } from '../qa/knowledge-base.js';
import { describeLoadError } from '../qa/load-engine.js';
import { watchKnowledge } from '../qa/watch.js';
import { AnswerStore } from './answer-store.js';
import { Conversations } from './conversations.js';
import type { BotContext } from './context.js';
import { Cooldown } from './cooldown.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { inviteUrl } from './permissions.js';
import { warmUpInBackground } from './warm-up.js';
import { restOptions } from './transport.js';
import { BAD_TOKEN_MESSAGE, isBadToken } from './token.js';

export function createClient(config: Config): Client {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  // Ask channels read every message, which needs the privileged Message Content intent; mentions and DMs do not.
  if (config.askChannelIds.length > 0) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    partials: [Partials.Channel], // DM channels arrive uncached
    // Nobody is ever pinged by the bot: not @everyone, not roles, not users, not even the asker it replies to.
    allowedMentions: { parse: [], repliedUser: false },
    // Every message the bot posts carries a nonce Discord enforces, so that the transport can send a
    // message create again after a dropped connection without posting it twice (see transport.ts).
    enforceNonce: true,
    // Requests are sent again in one place, the transport, and only where that cannot act twice.
    rest: restOptions(config.apiUrl),
  });
}

export function attachHandlers(client: Client, ctx: BotContext): void {
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, ctx).catch((error: unknown) =>
      ctx.logger.error(
        { err: scrub(String(error), [ctx.config.token]), channel: message.channelId },
        'message failed',
      ),
    );
  });
  client.on(Events.MessageUpdate, (_old, updated) => {
    if (updated.partial) return; // not cached: we never saw it, so it predates the bot
    handleMessage(updated, ctx).catch((error: unknown) =>
      ctx.logger.error(
        { err: scrub(String(error), [ctx.config.token]), channel: updated.channelId },
        'edit failed',
      ),
    );
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, ctx);
  });
  client.on(Events.Error, (error) =>
    ctx.logger.error({ err: scrub(String(error), [ctx.config.token]) }, 'client error'),
  );
  client.on(Events.Warn, (message) => ctx.logger.warn({ msg: message }, 'client warning'));
  client.on(Events.ShardResume, (shard, replayed) => ctx.logger.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.ShardReconnecting, (shard) => ctx.logger.warn({ shard }, 'gateway reconnecting'));
}

/** The health endpoints, when HEALTH_PORT is set (not in shard processes, which would share the port). */
async function serveHealth(
  config: Config,
  logger: Logger,
  readiness: () => Readiness,
): Promise<HealthServer | undefined> {
  if (config.healthPort === undefined) return undefined;
  if (config.shardProcess) {
    logger.info('HEALTH_PORT is not served by shard processes');
    return undefined;
  }
  const server = await startHealthServer({ port: config.healthPort, host: config.healthHost }, readiness);
  logger.info({ host: config.healthHost, port: server.port }, 'health endpoints listening');
  return server;
}

export async function startBot(config: Config, logger: Logger = createLogger(config)): Promise<Client> {
  // Installed before anything else, so that a crash while the knowledge loads is handled the same way.
  process.on('unhandledRejection', (reason) =>
    logger.error(
      { err: scrub(String((reason as Error)?.stack ?? reason), [config.token]) },
      'unhandled rejection',
    ),
  );
  // A thrown exception leaves state unknown: log it (without the token) and exit, so that a supervisor
  // restarts a whole bot rather than keeping a half-working one.
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: scrub(String(error.stack ?? error), [config.token]) }, 'uncaught exception; exiting');
    process.exit(1);
  });
  const client = createClient(config);
  // Up before the knowledge loads, so that a slow start on a large folder reads as alive but not ready.
  const serving: { kb?: KnowledgeBase } = {};
  const health = await serveHealth(config, logger, () => ({
    gateway: client.isReady(),
    articles: serving.kb?.engine.articles.length ?? 0,
    sentences: serving.kb?.engine.index.docs.length ?? 0,
    ...(serving.kb !== undefined ? { loadedAt: serving.kb.loadedAt.toISOString() } : {}),
  }));
  const kb = await KnowledgeBase.load(config.knowledgeDir, (done, total) =>
    logger.info({ done, total }, 'reading articles'),
  );
  for (const e of kb.loadErrors) logger.warn({ file: e.file, reason: e.reason }, describeLoadError(e));
  logger.info(
    {
      articles: kb.engine.articles.length,
      sentences: kb.engine.index.docs.length,
      ms: Math.round(kb.loadMs),
    },
    'knowledge indexed',
  );
  const ctx: BotContext = {
    config,
    kb,
    logger,
    cooldown: new Cooldown(config.cooldownSeconds),
    answers: new AnswerStore(),
    conversations: new Conversations(),
  };
  serving.kb = kb;
  attachHandlers(client, ctx);
  client.once(Events.ClientReady, (c) => {
    logger.info(
      { user: c.user.tag, guilds: c.guilds.cache.size, startupMs: Math.round(process.uptime() * 1000) },
      'ready',
    );
    // A new bot is in no server yet: tell its owner how to add it.
    if (c.guilds.cache.size === 0) {
      logger.info(
        { invite: inviteUrl(c.application.id) },
        'in no server yet: open the invite link to add the bot',
      );
    }
    warmUpInBackground(ctx);
  });

  // Articles added, changed or removed in the folder are picked up without a restart.
  const stopWatching = !config.watchKnowledge
    ? () => undefined
    : watchKnowledge(kb, {
        onReload: (r) => {
          logger.info(
            {
              added: r.added,
              changed: r.changed,
              removed: r.removed,
              reindexed: r.reindexed,
              sentences: r.sentences,
              ms: Math.round(r.ms),
            },
            'knowledge reloaded after a file change',
          );
          for (const e of r.errors) logger.warn({ file: e.file, reason: e.reason }, describeLoadError(e));
          warmUpInBackground(ctx);
        },
        onError: (error) =>
          logger.warn({ err: String(error) }, 'knowledge reload failed; previous articles kept'),
      });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    stopWatching();
    kb.stopBackground();
    void health?.close();
    client
      .destroy()
      .catch(() => undefined)
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  // Diagnostics: `kill -USR2 <pid>` logs memory use (after a full GC when node runs with --expose-gc).
  process.on('SIGUSR2', () => {
    (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    logger.info({ heapUsed, rss }, 'memory');
  });

  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy().catch(() => undefined);
    if (isBadToken(error)) {
      logger.fatal(
        'Discord rejected the bot token. Reset it in the Developer Portal (Bot → Reset Token) and set DISCORD_TOKEN.',
      );
      console.error(BAD_TOKEN_MESSAGE);
    } else {
      logger.fatal({ err: scrub(String(error), [config.token]) }, 'could not connect to Discord');
      console.error(`Could not connect to Discord: ${scrub(String(error), [config.token])}`);
    }
    process.exit(1);
  }
  return client;
}
