/**
 * Text that came from users or articles, made safe to show on Discord: no markdown surprises and no
 * raw mentions. allowedMentions already stops pings; this also keeps "@everyone" from even reading
 * like one, in case a message is quoted or forwarded elsewhere.
 */
import { escapeMarkdown } from 'discord.js';

const ZWSP = '\u200b';

/** Break @everyone, @here and <@…>/<@&…>/<#…> so they render as text, never as a mention. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(@[!&]?|#)(\d+)>/g, `<$1${ZWSP}$2>`);
}

/** Escape Discord markdown and defuse mentions: for article and user text shown verbatim. */
export function safeText(text: string): string {
  return defuseMentions(escapeMarkdown(text));
}
