/**
 * A message reply that survives its connection closing under it. A kept-alive connection can be
 * closed by the other side just as a request goes out on it ("other side closed"); discord.js retries
 * only a reset or a timeout, so the asker would get no answer. The reply is sent again once, with the
 * same nonce and `enforce_nonce`: Discord returns the message the first attempt created, if it did,
 * instead of posting it twice.
 */
import { SnowflakeUtil, type Message, type MessageReplyOptions } from 'discord.js';

/** Errors of the connection itself, after which the request may or may not have reached Discord. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return (
    code === 'UND_ERR_SOCKET' ||
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    error.name === 'SocketError' ||
    /other side closed/i.test(error.message)
  );
}

export async function replyOnce(message: Message, options: MessageReplyOptions): Promise<Message> {
  const payload = { ...options, nonce: SnowflakeUtil.generate().toString(), enforceNonce: true };
  try {
    return await message.reply(payload);
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    return message.reply(payload);
  }
}
