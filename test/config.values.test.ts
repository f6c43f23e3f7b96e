/**
 * What each variable turns into, and how a bad configuration is reported: pinned value by value, so that
 * a variable silently dropped, a URL not tidied or a flag read backwards fails a test.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.config.${'t0ken'.repeat(8)}`;

describe('configuration values', () => {
  it('IDs and the token are set when given and absent (not undefined-valued) when not', () => {
    const c = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
    });
    expect(c).toMatchObject({ token: TOKEN, clientId: '123456789012345678', guildId: '223456789012345678' });
    const none = loadConfig({});
    for (const key of ['token', 'clientId', 'guildId', 'healthPort']) expect(key in none, key).toBe(false);
    expect('entityCacheFile' in loadConfig({ CACHE_DIR: 'OFF' })).toBe(false);
  });

  it('WATCH_KNOWLEDGE reads "true" as true and "false" as false, anything else is refused by name', () => {
    expect(loadConfig({ WATCH_KNOWLEDGE: 'true' }).watchKnowledge).toBe(true);
    expect(loadConfig({ WATCH_KNOWLEDGE: 'false' }).watchKnowledge).toBe(false);
    expect(() => loadConfig({ WATCH_KNOWLEDGE: 'yes' })).toThrow('WATCH_KNOWLEDGE: must be true or false');
  });

  it('DISCORD_API_URL loses trailing slashes and may hold a version-like segment, but not end with one', () => {
    expect(loadConfig({ DISCORD_API_URL: 'http://127.0.0.1:9/api//' }).apiUrl).toBe('http://127.0.0.1:9/api');
    expect(loadConfig({ DISCORD_API_URL: 'http://127.0.0.1:9/v2/discord/api' }).apiUrl).toBe(
      'http://127.0.0.1:9/v2/discord/api',
    );
    for (const url of ['http://127.0.0.1:9/api/v10', 'http://127.0.0.1:9/api/v9/']) {
      expect(() => loadConfig({ DISCORD_API_URL: url })).toThrow(
        'DISCORD_API_URL: must not end with a version such as /v10',
      );
    }
  });

  it('knows whether it runs inside a shard process', () => {
    expect(loadConfig({}).shardProcess).toBe(false);
    expect(loadConfig({ SHARDING_MANAGER: 'true', SHARDS: '0', SHARD_COUNT: '1' }).shardProcess).toBe(true);
  });

  it('a bad configuration is a ConfigError whose message lists each problem on its own line', () => {
    let caught: unknown;
    try {
      loadConfig({ COOLDOWN_SECONDS: '-1', LOG_LEVEL: 'loud' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const error = caught as ConfigError;
    expect(error.name).toBe('ConfigError');
    expect(error.message.split('\n')).toEqual([
      'Invalid configuration:',
      '  - COOLDOWN_SECONDS: must be 0 or more',
      `  - ${error.problems[1] ?? ''}`,
    ]);
    expect(error.problems[1]).toMatch(/^LOG_LEVEL: /);
  });
});
