/**
 * The permissions the bot uses, each for a reason, and the invite link that asks for exactly those.
 * Slash commands and their replies need none: Discord lets an application answer its own interactions.
 */
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';

export const BOT_PERMISSIONS = {
  /** See the channels where people mention it (and the ask channels). */
  ViewChannel: PermissionFlagsBits.ViewChannel,
  /** Answer a mention or an ask-channel question. */
  SendMessages: PermissionFlagsBits.SendMessages,
  /** ... also inside threads. */
  SendMessagesInThreads: PermissionFlagsBits.SendMessagesInThreads,
  /** Answers are embeds (passage, source, confidence). */
  EmbedLinks: PermissionFlagsBits.EmbedLinks,
  /** An answer is a reply to the question's message, which needs to read it. */
  ReadMessageHistory: PermissionFlagsBits.ReadMessageHistory,
} as const;

/** The permissions integer of the invite link. */
export function permissionsInteger(): string {
  return new PermissionsBitField(Object.values(BOT_PERMISSIONS)).bitfield.toString();
}

/** Where a server admin adds the bot: Discord's OAuth2 page (a browser address, not the REST API). */
const AUTHORIZE_URL = 'https://discord.com/oauth2/authorize';

export function inviteUrl(clientId: string): string {
  const params = new URLSearchParams({
    client_id: clientId,
    scope: 'bot applications.commands',
    permissions: permissionsInteger(),
  });
  return `${AUTHORIZE_URL}?${params.toString()}`;
}
