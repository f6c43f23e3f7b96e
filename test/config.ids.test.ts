/**
 * Every variable that holds a Discord ID gets the same check: DISCORD_GUILD_ID once went through without
 * it, and a bad guild ID then failed only when the commands were deployed.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const VALID = ['12345678901234567', '123456789012345678', '12345678901234567890'];
const MALFORMED = [
  'abc',
  '1234567890123456', // 16 digits
  '123456789012345678901', // 21 digits
  '12345678901234567a',
  'a12345678901234567',
  '-12345678901234567',
  '1234567890123456.7',
  '123456789012345678 x',
  '<#123456789012345678>',
];

/** The problems a config reports, or [] when it loads. */
function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
}

describe('Discord IDs in the configuration', () => {
  for (const name of ['DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID'] as const) {
    it(`${name}: a malformed ID is refused, naming the variable and what it must be`, () => {
      for (const value of MALFORMED) {
        expect(problems({ [name]: value }), value).toEqual([`${name}: must be a Discord ID (17-20 digits)`]);
      }
    });

    it(`${name}: 17 to 20 digits are accepted; empty means unset`, () => {
      const key = name === 'DISCORD_CLIENT_ID' ? 'clientId' : 'guildId';
      for (const value of VALID) expect(loadConfig({ [name]: value })[key]).toBe(value);
      expect(loadConfig({ [name]: '' })[key]).toBeUndefined();
    });
  }

  it('ASK_CHANNEL_IDS: any malformed ID in the list is refused, naming its position', () => {
    for (const value of MALFORMED) {
      expect(problems({ ASK_CHANNEL_IDS: `123456789012345678,${value}` }), value).toEqual([
        'ASK_CHANNEL_IDS.1: must be a Discord ID (17-20 digits)',
      ]);
    }
    expect(loadConfig({ ASK_CHANNEL_IDS: VALID.join(' , ') }).askChannelIds).toEqual(VALID);
    expect(loadConfig({ ASK_CHANNEL_IDS: ',,' }).askChannelIds).toEqual([]);
  });

  it('all three malformed at once are all named', () => {
    expect(
      problems({ DISCORD_CLIENT_ID: 'x', DISCORD_GUILD_ID: 'y', ASK_CHANNEL_IDS: 'z' })
        .map((p) => p.split(':')[0])
        .sort(),
    ).toEqual(['ASK_CHANNEL_IDS.0', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID']);
  });
});
