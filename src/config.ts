/**
 * The one place that reads the environment. Every variable is validated at start and every problem is
 * reported at once, so a bot owner fixes their .env in one go.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord ID (17-20 digits)');
const optional = (schema: z.ZodType) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const schema = z.object({
  DISCORD_TOKEN: optional(z.string().min(50, 'looks too short for a bot token')),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  KNOWLEDGE_DIR: optional(z.string()),
  ASK_CHANNEL_IDS: optional(
    z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter((x) => x !== ''),
      )
      .pipe(z.array(snowflake)),
  ),
  COOLDOWN_SECONDS: optional(
    z.coerce
      .number('must be a number of seconds')
      .min(0, 'must be 0 or more')
      .max(3600, 'must be at most 3600'),
  ),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  WATCH_KNOWLEDGE: optional(
    z.enum(['true', 'false'], 'must be true or false').transform((v) => v === 'true'),
  ),
  CACHE_DIR: optional(z.string()),
  ALLOW_PRIVATE_URLS: optional(
    z.enum(['true', 'false'], 'must be true or false').transform((v) => v === 'true'),
  ),
  BOT_SHARD_COUNT: optional(
    z.union(
      [z.literal('auto'), z.coerce.number().int('must be a whole number').min(1, 'must be at least 1')],
      'must be auto or a whole number of 1 or more',
    ),
  ),
  HEALTH_PORT: optional(
    z.coerce
      .number('must be a port from 0 to 65535')
      .int('must be a whole number')
      .min(0, 'must be a port from 0 to 65535')
      .max(65535, 'must be a port from 0 to 65535'),
  ),
  HEALTH_HOST: optional(z.string()),
  DISCORD_API_URL: optional(
    z
      .string()
      .url('must be a URL such as https://discord.com/api')
      .refine((u) => !/\/v\d+\/?$/.test(u), 'must not end with a version such as /v10'),
  ),
});

export interface Config {
  token?: string;
  clientId?: string;
  guildId?: string;
  knowledgeDir: string;
  askChannelIds: string[];
  cooldownSeconds: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  apiUrl: string;
  /** Reload automatically when files in the knowledge folder change. */
  watchKnowledge: boolean;
  /** Shards for `npm run start:sharded`: a number, or 'auto' for Discord's recommendation. */
  shardCount: number | 'auto';
  /** Port of the health endpoints (/healthz, /readyz); none when HEALTH_PORT is unset, any free one for 0. */
  healthPort?: number;
  /** Address they listen on: loopback unless set (0.0.0.0 in a container). */
  healthHost: string;
  /** This process is one shard of `npm run start:sharded` (discord.js's manager started it). */
  shardProcess: boolean;
  /** Where entity tags are saved between runs; undefined when CACHE_DIR=off. */
  entityCacheFile?: string;
  /** Let `add URL` and `/learn` fetch loopback, private and link-local addresses (off by default). */
  allowPrivateUrls: boolean;
}

export const DEFAULT_API_URL = 'https://discord.com/api';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parse an environment (process.env by default) into a Config, or throw ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)),
    ...discordJsOwned(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data as {
    DISCORD_TOKEN?: string;
    DISCORD_CLIENT_ID?: string;
    DISCORD_GUILD_ID?: string;
    KNOWLEDGE_DIR?: string;
    ASK_CHANNEL_IDS?: string[];
    COOLDOWN_SECONDS?: number;
    LOG_LEVEL?: Config['logLevel'];
    DISCORD_API_URL?: string;
    BOT_SHARD_COUNT?: number | 'auto';
    WATCH_KNOWLEDGE?: boolean;
    CACHE_DIR?: string;
    HEALTH_PORT?: number;
    HEALTH_HOST?: string;
    ALLOW_PRIVATE_URLS?: boolean;
  };
  const cacheDir = e.CACHE_DIR ?? '.cache';
  return {
    ...(e.DISCORD_TOKEN !== undefined ? { token: e.DISCORD_TOKEN } : {}),
    ...(e.DISCORD_CLIENT_ID !== undefined ? { clientId: e.DISCORD_CLIENT_ID } : {}),
    ...(e.DISCORD_GUILD_ID !== undefined ? { guildId: e.DISCORD_GUILD_ID } : {}),
    knowledgeDir: e.KNOWLEDGE_DIR ?? 'knowledge',
    askChannelIds: e.ASK_CHANNEL_IDS ?? [],
    cooldownSeconds: e.COOLDOWN_SECONDS ?? 5,
    logLevel: e.LOG_LEVEL ?? 'info',
    apiUrl: (e.DISCORD_API_URL ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    shardCount: e.BOT_SHARD_COUNT ?? 'auto',
    watchKnowledge: e.WATCH_KNOWLEDGE ?? true,
    ...(e.HEALTH_PORT !== undefined ? { healthPort: e.HEALTH_PORT } : {}),
    healthHost: e.HEALTH_HOST ?? '127.0.0.1',
    shardProcess: env.SHARDING_MANAGER !== undefined,
    allowPrivateUrls: e.ALLOW_PRIVATE_URLS ?? false,
    ...(cacheDir.toLowerCase() !== 'off' ? { entityCacheFile: path.join(cacheDir, 'entities.json') } : {}),
  };
}

/**
 * discord.js's Client reads SHARD_COUNT and SHARDS from the environment itself: they are how its
 * ShardingManager tells a child process which shards to run. Set anywhere else (an old .env passed with
 * `--env-file`, a platform's variables), they make the client fail or run shards nobody asked for.
 */
function discordJsOwned(env: NodeJS.ProcessEnv): string[] {
  if (env.SHARDING_MANAGER !== undefined) return [];
  return ['SHARD_COUNT', 'SHARDS']
    .filter((name) => env[name] !== undefined)
    .map(
      (name) =>
        `${name}: discord.js reads this variable itself (only its sharding manager sets it); remove it, and use BOT_SHARD_COUNT for npm run start:sharded`,
    );
}

/**
 * The environment with `.env` (when present) underneath: variables already set win. The file is parsed
 * rather than loaded into process.env, so discord.js, which reads process.env, sees none of it.
 */
export function withDotEnv(file = '.env', env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!existsSync(file)) return env;
  return { ...parseEnv(readFileSync(file, 'utf8')), ...env };
}
