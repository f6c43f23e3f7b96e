/**
 * The REST transport, sent again once when a connection closes under a request. A kept-alive
 * connection can be closed by the other side just as a request goes out on it ("SocketError: other
 * side closed"); discord.js resends only after a reset (ECONNRESET) or its timeout, whatever the
 * method, so on this error the asker got no answer (the soak run lost 1–2 replies in 1,000 that way on
 * a loaded machine). This adds a resend for that error, only where it cannot act twice:
 * - GET, PUT, PATCH, DELETE, which Discord treats as idempotent;
 * - a message create with an enforced nonce (the client sets one on every message, `enforceNonce`):
 *   Discord hands back the message the first attempt created, if it did;
 * - an interaction callback: Discord refuses a second one ("already acknowledged", 40060), which after
 *   a lost answer means the first one arrived, and is taken as its answer.
 * Any other request (a follow-up message, which has no nonce) is left to discord.js as before.
 */
import { DefaultRestOptions, type RESTOptions } from 'discord.js';

type MakeRequest = RESTOptions['makeRequest'];
type Init = Parameters<MakeRequest>[1];

/** Discord's error code for a second callback to one interaction. */
const ALREADY_ACKNOWLEDGED = 40060;
const CALLBACK = /\/interactions\/\d+\/[^/]+\/callback$/;
const MESSAGE_CREATE = /\/channels\/\d+\/messages$/;

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

function enforcesNonce(body: Init['body']): boolean {
  if (typeof body !== 'string') return false; // files go as multipart: not sent again
  try {
    const parsed = JSON.parse(body) as { enforce_nonce?: unknown; nonce?: unknown };
    return parsed.enforce_nonce === true && parsed.nonce !== undefined;
  } catch {
    return false;
  }
}

/** Can this request be sent a second time without doing twice what it asks? */
export function safeToRepeat(url: string, init: Init): boolean {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method !== 'POST') return true;
  const path = new URL(url).pathname;
  return CALLBACK.test(path) || (MESSAGE_CREATE.test(path) && enforcesNonce(init.body));
}

/**
 * The answer to a callback sent again: a 204 when Discord says the interaction was acknowledged
 * already (the first attempt arrived), else the answer as it came (its body read, so rebuilt).
 */
async function secondCallback(
  response: Awaited<ReturnType<MakeRequest>>,
): Promise<Awaited<ReturnType<MakeRequest>>> {
  if (response.status !== 400) return response;
  const text = await response.text();
  let code: unknown;
  try {
    code = (JSON.parse(text) as { code?: unknown }).code;
  } catch {
    code = undefined;
  }
  if (code === ALREADY_ACKNOWLEDGED) return new Response(null, { status: 204 });
  return new Response(text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

export function retryingOnce(make: MakeRequest = DefaultRestOptions.makeRequest): MakeRequest {
  return async (url, init) => {
    try {
      return await make(url, init);
    } catch (error) {
      if (!isConnectionError(error) || init.signal?.aborted === true || !safeToRepeat(url, init)) throw error;
      const again = await make(url, init);
      // With `with_response` the caller wants the callback's message back, which a 204 does not carry.
      const target = new URL(url);
      const plainCallback =
        CALLBACK.test(target.pathname) && target.searchParams.get('with_response') !== 'true';
      return plainCallback ? secondCallback(again) : again;
    }
  };
}
