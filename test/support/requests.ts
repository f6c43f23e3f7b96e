/** Matchers for the REST calls the bot makes, shared by the end-to-end tests. */
import type { RecordedRequest } from './fake-discord.js';

export interface SentMessage {
  content?: string;
  embeds?: {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
  }[];
  components?: { components: { custom_id: string; label: string }[] }[];
  allowed_mentions?: { parse: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
  flags?: number;
}

export const EPHEMERAL = 1 << 6;

export function sent(r: RecordedRequest): SentMessage {
  return r.body as SentMessage;
}

export const isMessagePost = (r: RecordedRequest): boolean =>
  r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path);

/** A message create that created a message: not one dropped before Discord read it, nor a repeated nonce. */
export const isCreatedMessage = (r: RecordedRequest): boolean => isMessagePost(r) && r.outcome === undefined;

/** The message a reply answers (its message_reference). */
export const refOf = (r: RecordedRequest): string | undefined => sent(r)?.message_reference?.message_id;

export const isReplyTo =
  (messageId: string) =>
  (r: RecordedRequest): boolean =>
    isMessagePost(r) && refOf(r) === messageId;

export const isCallback =
  (interactionId: string) =>
  (r: RecordedRequest): boolean =>
    r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`);
