/**
 * `npm run start:sharded`: one bot process per shard, each with its own engine, managed by discord.js's
 * ShardingManager. Discord requires sharding from 2,500 guilds; below that, `npm start` is simpler.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { ConfigError, loadConfig, withDotEnv, type Config } from './config.js';
import { restOptions } from './discord/transport.js';
import { createLogger, scrub } from './logger.js';

/**
 * Discord's recommended shard count and how many shards may identify at once, asked of DISCORD_API_URL
 * (discord.js's own 'auto' always asks discord.com, which would bypass a configured proxy).
 */
async function gatewayInfo(config: Config & { token: string }): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST(restOptions(config.apiUrl)).setToken(config.token);
  return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
}

/** Discord allows one IDENTIFY per 5 seconds per concurrency bucket. */
const IDENTIFY_INTERVAL_MS = 5_500;

async function main(): Promise<void> {
  const config = loadConfig(withDotEnv());
  const logger = createLogger(config);
  const token = config.token;
  if (token === undefined) {
    console.error('start:sharded needs DISCORD_TOKEN (see .env.example).');
    process.exit(1);
  }
  let gateway: RESTGetAPIGatewayBotResult;
  try {
    gateway = await gatewayInfo({ ...config, token });
  } catch (error) {
    // As `npm start` says it: what failed, before the library's words. With BOT_SHARD_COUNT set, Discord
    // is still asked how many shards may connect at once (the pace at which they are started).
    const asked =
      config.shardCount === 'auto' ? 'how many shards to start' : 'how many shards may connect at once';
    console.error(`Could not ask Discord ${asked}: ${scrub(String(error), [token])}`);
    process.exit(1);
  }
  const totalShards = config.shardCount === 'auto' ? Math.max(1, gateway.shards) : config.shardCount;
  const delay = Math.ceil(IDENTIFY_INTERVAL_MS / Math.max(1, gateway.session_start_limit.max_concurrency));
  // The shard script is this folder's main entry, run the same way this process was (tsx in development).
  const script = fileURLToPath(
    new URL(import.meta.url.endsWith('.ts') ? './main.ts' : './main.js', import.meta.url),
  );
  const manager = new ShardingManager(script, {
    token,
    totalShards,
    execArgv: process.execArgv,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id, totalShards }, 'shard started'));
  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping shards');
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  await manager.spawn({ delay, timeout: 60_000 });
  logger.info({ totalShards }, 'all shards ready');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : scrub(String(error), []));
  process.exit(1);
});
