import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { BOT_PERMISSIONS, inviteUrl, permissionsInteger } from '../../src/discord/permissions.js';

describe('the invite link', () => {
  it('asks for the bot and commands scopes and exactly the permissions the bot uses', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(['bot', 'applications.commands']);
    // View Channel 1024 + Send Messages 2048 + Embed Links 16384 + Read Message History 65536
    // + Send Messages in Threads 2^38, from Discord's permission table.
    expect(url.searchParams.get('permissions')).toBe(String(1024 + 2048 + 16384 + 65536 + 2 ** 38));
    expect(permissionsInteger()).toBe(url.searchParams.get('permissions'));
  });

  it('never asks for administrative or moderation rights', () => {
    const asked = BigInt(permissionsInteger());
    for (const flag of [
      PermissionFlagsBits.Administrator,
      PermissionFlagsBits.ManageGuild,
      PermissionFlagsBits.ManageMessages,
      PermissionFlagsBits.MentionEveryone,
    ]) {
      expect(asked & flag).toBe(0n);
    }
    expect(Object.keys(BOT_PERMISSIONS)).toHaveLength(5);
  });
});
