/**
 * The REST transport, and the one place a request is sent again. discord.js's own resending is off
 * (`retries: 0`, see `restOptions`): it resent any request, whatever it asked, after a reset
 * (ECONNRESET), its 15-second timeout or a 5xx, three times, so a follow-up message whose answer was
 * lost was posted twice. Here a request is sent again once, after an error of the connection (a reset,
 * or a kept-alive connection closed by the other side just as the request went out: "SocketError:
 * other side closed"), after an attempt that took longer than `REST_ATTEMPT_MS`, or after a 5xx, and
 * only where sending it again cannot act twice:
 * - GET, PUT, PATCH, DELETE, which Discord treats as idempotent;
 * - a message create with an enforced nonce (the client sets one on every message, `enforceNonce`):
 *   Discord hands back the message the first attempt created, if it did;
 * - an interaction callback: Discord refuses a second one ("already acknowledged", 40060), which after
 *   a lost answer means the first one arrived, and is taken as its answer.
 * Any other request (a follow-up message, which has no nonce) is sent once: its error reaches the
 * caller. A 429 is no failure: discord.js waits as told and sends it again, as nothing was done.
 */
import { DefaultRestOptions, type RESTOptions } from 'discord.js';

type MakeRequest = RESTOptions['makeRequest'];
type Init = Parameters<MakeRequest>[1];
type ResponseLike = Awaited<ReturnType<MakeRequest>>;

/** How long one attempt may take before it is given up: discord.js's own timeout for a request. */
export const REST_ATTEMPT_MS = 15_000;

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
async function secondCallback(response: ResponseLike): Promise<ResponseLike> {
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

/** The request, given up after `ms` unless the caller gives it up first; `timedOut` says which. */
async function attempt(make: MakeRequest, url: string, init: Init, ms: number): Promise<ResponseLike> {
  const timer = AbortSignal.timeout(ms);
  const signal =
    init.signal === undefined || init.signal === null ? timer : AbortSignal.any([init.signal, timer]);
  try {
    return await make(url, { ...init, signal });
  } catch (error) {
    if (timer.aborted && init.signal?.aborted !== true) throw new AttemptTimeout(url, ms);
    throw error;
  }
}

/** One attempt took longer than `REST_ATTEMPT_MS`: Discord may or may not have acted on it. */
export class AttemptTimeout extends Error {
  override readonly name = 'AttemptTimeout';
  constructor(url: string, ms: number) {
    super(`no answer from ${new URL(url).pathname} within ${ms} ms`);
  }
}

export function retryingOnce(
  make: MakeRequest = DefaultRestOptions.makeRequest,
  attemptMs: number = REST_ATTEMPT_MS,
): MakeRequest {
  const again = async (url: string, init: Init) => {
    const second = await attempt(make, url, init, attemptMs);
    // With `with_response` the caller wants the callback's message back, which a 204 does not carry.
    const target = new URL(url);
    const plainCallback =
      CALLBACK.test(target.pathname) && target.searchParams.get('with_response') !== 'true';
    return plainCallback ? secondCallback(second) : second;
  };
  return async (url, init) => {
    let first: ResponseLike;
    try {
      first = await attempt(make, url, init, attemptMs);
    } catch (error) {
      const lost = isConnectionError(error) || error instanceof AttemptTimeout;
      if (!lost || init.signal?.aborted === true || !safeToRepeat(url, init)) throw error;
      return again(url, init);
    }
    if (first.status < 500 || !safeToRepeat(url, init)) return first;
    await first.arrayBuffer().catch(() => undefined); // the failed answer's body, read to free its connection
    return again(url, init);
  };
}

/**
 * discord.js's REST options: this transport, and no resending of discord.js's own. Its timeout stays
 * as a bound on the whole request, above two attempts of this transport's.
 */
export function restOptions(api: string): Partial<RESTOptions> {
  return { api, makeRequest: retryingOnce(), retries: 0, timeout: 2 * REST_ATTEMPT_MS + 5_000 };
}
