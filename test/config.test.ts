import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, withDotEnv } from '../src/config.js';

describe('configuration', () => {
  it('has working defaults with nothing set (console mode)', () => {
    const c = loadConfig({});
    expect(c.token).toBeUndefined();
    expect(c).toMatchObject({
      knowledgeDir: 'knowledge',
      cooldownSeconds: 5,
      logLevel: 'info',
      askChannelIds: [],
    });
    expect(c.apiUrl).toBe('https://discord.com/api');
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({
        DISCORD_TOKEN: 'S3cretTok',
        DISCORD_CLIENT_ID: 'abc',
        COOLDOWN_SECONDS: '-1',
        LOG_LEVEL: 'loud',
        ASK_CHANNEL_IDS: '123456789012345678,nope',
        DISCORD_API_URL: 'http://127.0.0.1:9/api/v10',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const names = (error as ConfigError).problems.map((p) => p.split(':')[0]);
      for (const v of [
        'DISCORD_TOKEN',
        'DISCORD_CLIENT_ID',
        'COOLDOWN_SECONDS',
        'LOG_LEVEL',
        'ASK_CHANNEL_IDS',
        'DISCORD_API_URL',
      ]) {
        expect(names.some((n) => n?.startsWith(v))).toBe(true);
      }
      expect((error as Error).message).not.toContain('S3cretTok'); // never echo the token value
    }
  });

  it('parses lists and numbers', () => {
    const c = loadConfig({
      ASK_CHANNEL_IDS: '123456789012345678, 223456789012345678',
      COOLDOWN_SECONDS: '0',
      WATCH_KNOWLEDGE: 'false',
      BOT_SHARD_COUNT: '4',
    });
    expect(c.askChannelIds).toEqual(['123456789012345678', '223456789012345678']);
    expect(c.cooldownSeconds).toBe(0);
    expect(c.watchKnowledge).toBe(false);
    expect(c.shardCount).toBe(4);
    expect(loadConfig({}).watchKnowledge).toBe(true);
    expect(loadConfig({}).entityCacheFile).toBe(path.join('.cache', 'entities.json'));
    expect(loadConfig({ CACHE_DIR: '/var/cache/qa' }).entityCacheFile).toBe('/var/cache/qa/entities.json');
    expect(loadConfig({ CACHE_DIR: 'off' }).entityCacheFile).toBeUndefined();
    expect(loadConfig({}).allowPrivateUrls).toBe(false);
    expect(loadConfig({ ALLOW_PRIVATE_URLS: 'true' }).allowPrivateUrls).toBe(true);
    expect(() => loadConfig({ ALLOW_PRIVATE_URLS: '1' })).toThrow(
      /ALLOW_PRIVATE_URLS: must be true or false/,
    );
    expect(() => loadConfig({ WATCH_KNOWLEDGE: 'yes', BOT_SHARD_COUNT: '0' })).toThrow(
      /WATCH_KNOWLEDGE[\s\S]*BOT_SHARD_COUNT|BOT_SHARD_COUNT[\s\S]*WATCH_KNOWLEDGE/,
    );
  });

  it('reads the health port and host, loopback by default', () => {
    expect(loadConfig({}).healthPort).toBeUndefined();
    expect(loadConfig({ HEALTH_PORT: '8080' })).toMatchObject({ healthPort: 8080, healthHost: '127.0.0.1' });
    expect(loadConfig({ HEALTH_PORT: '8080', HEALTH_HOST: '0.0.0.0' }).healthHost).toBe('0.0.0.0');
    expect(() => loadConfig({ HEALTH_PORT: '70000' })).toThrow(/HEALTH_PORT: must be a port/);
    expect(() => loadConfig({ HEALTH_PORT: 'http' })).toThrow(/HEALTH_PORT: must be a port from 0 to 65535/);
  });

  it('says what a variable must be in words, not in the validator’s', () => {
    let message = '';
    try {
      loadConfig({ COOLDOWN_SECONDS: 'ten', BOT_SHARD_COUNT: 'many' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('COOLDOWN_SECONDS: must be a number of seconds');
    expect(message).toContain('BOT_SHARD_COUNT: must be auto or a whole number of 1 or more');
    expect(message).not.toMatch(/Invalid input|NaN/);
  });

  it('refuses SHARD_COUNT and SHARDS outside a sharding manager: discord.js reads them itself', () => {
    for (const name of ['SHARD_COUNT', 'SHARDS']) {
      expect(() => loadConfig({ [name]: 'auto' })).toThrow(new RegExp(`${name}:[^\\n]*BOT_SHARD_COUNT`));
    }
    // A shard process started by discord.js's ShardingManager gets both, with SHARDING_MANAGER set.
    expect(loadConfig({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' }).shardCount).toBe('auto');
  });

  it('reads .env underneath the environment without putting it into process.env', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qa-env-'));
    try {
      const file = path.join(dir, '.env');
      writeFileSync(file, 'COOLDOWN_SECONDS=7\nLOG_LEVEL=debug\nQA_TEST_ONLY_IN_FILE=1\n');
      const env = withDotEnv(file, { LOG_LEVEL: 'warn' });
      expect(loadConfig(env)).toMatchObject({ cooldownSeconds: 7, logLevel: 'warn' });
      expect(process.env.QA_TEST_ONLY_IN_FILE).toBeUndefined();
      expect(withDotEnv(path.join(dir, 'missing.env'), { A: '1' })).toEqual({ A: '1' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('.env.example works as it is', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const dir = mkdtempSync(path.join(tmpdir(), 'qa-env-'));
    try {
      const file = path.join(dir, '.env');
      writeFileSync(file, example);
      expect(loadConfig(withDotEnv(file, {})).token).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
