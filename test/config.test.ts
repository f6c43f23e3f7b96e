import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

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
      SHARD_COUNT: '4',
    });
    expect(c.askChannelIds).toEqual(['123456789012345678', '223456789012345678']);
    expect(c.cooldownSeconds).toBe(0);
    expect(c.watchKnowledge).toBe(false);
    expect(c.shardCount).toBe(4);
    expect(loadConfig({}).watchKnowledge).toBe(true);
    expect(loadConfig({}).entityCacheFile).toBe(path.join('.cache', 'entities.json'));
    expect(loadConfig({ CACHE_DIR: '/var/cache/qa' }).entityCacheFile).toBe('/var/cache/qa/entities.json');
    expect(loadConfig({ CACHE_DIR: 'off' }).entityCacheFile).toBeUndefined();
    expect(() => loadConfig({ WATCH_KNOWLEDGE: 'yes', SHARD_COUNT: '0' })).toThrow(
      /WATCH_KNOWLEDGE[\s\S]*SHARD_COUNT|SHARD_COUNT[\s\S]*WATCH_KNOWLEDGE/,
    );
  });
});
