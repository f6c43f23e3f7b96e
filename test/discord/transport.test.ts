/** The REST transport sends a request again after a dropped connection only when that cannot act twice. */
import { describe, expect, it } from 'vitest';
import {
  AttemptTimeout,
  isConnectionError,
  restOptions,
  retryingOnce,
  safeToRepeat,
} from '../../src/discord/transport.js';

const API = 'http://127.0.0.1:9/api/v10';
const closed = () =>
  Object.assign(new Error('other side closed'), { name: 'SocketError', code: 'UND_ERR_SOCKET' });

/** A transport whose first call fails with `first`, then answers with `then` (or 200). */
function flaky(first: Error, then?: () => Response) {
  const calls: string[] = [];
  const make = (url: string) => {
    calls.push(url);
    if (calls.length === 1) return Promise.reject(first);
    return Promise.resolve(then?.() ?? new Response('{}', { status: 200 }));
  };
  return { calls, make };
}

describe('which requests may be sent again', () => {
  it('idempotent methods, callbacks, and message creates with an enforced nonce', () => {
    expect(safeToRepeat(`${API}/gateway/bot`, { method: 'GET' })).toBe(true);
    expect(safeToRepeat(`${API}/applications/1/commands`, { method: 'PUT' })).toBe(true);
    expect(safeToRepeat(`${API}/interactions/1/tok/callback`, { method: 'POST' })).toBe(true);
    const create = (body: unknown) =>
      safeToRepeat(`${API}/channels/5/messages`, { method: 'POST', body: JSON.stringify(body) });
    expect(create({ content: 'hi', nonce: '123', enforce_nonce: true })).toBe(true);
    expect(create({ content: 'hi', nonce: '123' })).toBe(false);
    expect(create({ content: 'hi' })).toBe(false);
    // A follow-up message (webhook execute) has no enforced nonce: sent again, it could post twice.
    expect(safeToRepeat(`${API}/webhooks/1/tok`, { method: 'POST', body: '{}' })).toBe(false);
  });

  it('only after an error of the connection itself', () => {
    expect(isConnectionError(closed())).toBe(true);
    expect(isConnectionError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isConnectionError(new Error('Unknown Message'))).toBe(false);
    expect(isConnectionError('other side closed')).toBe(false);
  });
});

describe('retryingOnce', () => {
  it('sends a safe request again once', async () => {
    const { calls, make } = flaky(closed());
    const res = await retryingOnce(make)(`${API}/gateway/bot`, { method: 'GET' });
    expect(res.status).toBe(200);
    expect(calls).toHaveLength(2);
  });

  it('does not send again what could act twice, nor after another error', async () => {
    const webhook = flaky(closed());
    await expect(
      retryingOnce(webhook.make)(`${API}/webhooks/1/tok`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow('other side closed');
    expect(webhook.calls).toHaveLength(1);
    const other = flaky(new Error('boom'));
    await expect(retryingOnce(other.make)(`${API}/gateway/bot`, { method: 'GET' })).rejects.toThrow('boom');
    expect(other.calls).toHaveLength(1);
  });

  it('takes "already acknowledged" after a lost callback answer as delivered, and keeps any other refusal', async () => {
    const url = `${API}/interactions/1/tok/callback`;
    const acknowledged = () =>
      new Response(JSON.stringify({ code: 40060, message: 'Interaction has already been acknowledged.' }), {
        status: 400,
      });
    const first = flaky(closed(), acknowledged);
    expect((await retryingOnce(first.make)(url, { method: 'POST', body: '{}' })).status).toBe(204);
    const invalid = () =>
      new Response(JSON.stringify({ code: 50035, message: 'Invalid Form Body' }), { status: 400 });
    const other = await retryingOnce(flaky(closed(), invalid).make)(url, { method: 'POST', body: '{}' });
    expect(other.status).toBe(400);
    expect(await other.json()).toEqual({ code: 50035, message: 'Invalid Form Body' });
  });
});

/** A transport whose first call never answers (until its signal gives it up), then answers 200. */
function stalling() {
  const calls: string[] = [];
  const make = (url: string, init: { signal?: AbortSignal | null }) => {
    calls.push(url);
    if (calls.length > 1) return Promise.resolve(new Response('{}', { status: 200 }));
    return new Promise<Response>((_, reject) =>
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    );
  };
  return { calls, make };
}

/** A transport that answers `status` first, then 200. */
function failingWith(status: number) {
  const calls: string[] = [];
  const make = (url: string) => {
    calls.push(url);
    return Promise.resolve(new Response('{}', { status: calls.length === 1 ? status : 200 }));
  };
  return { calls, make };
}

describe('the one place requests are sent again', () => {
  it("discord.js's own resending is off: its options send nothing again, this transport does", () => {
    expect(restOptions('http://127.0.0.1:9/api')).toMatchObject({ retries: 0 });
  });

  it('an attempt with no answer in time: a safe request is sent again, a follow-up is not', async () => {
    const safe = stalling();
    const res = await retryingOnce(safe.make, 20)(`${API}/channels/5/messages/7`, { method: 'PATCH' });
    expect(res.status).toBe(200);
    expect(safe.calls).toHaveLength(2);
    const followUp = stalling();
    await expect(
      retryingOnce(followUp.make, 20)(`${API}/webhooks/1/tok`, { method: 'POST', body: '{}' }),
    ).rejects.toBeInstanceOf(AttemptTimeout);
    expect(followUp.calls).toHaveLength(1);
  });

  it('the caller giving up is not sent again', async () => {
    const given = stalling();
    const controller = new AbortController();
    const pending = retryingOnce(given.make, 10_000)(`${API}/gateway/bot`, {
      method: 'GET',
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(given.calls).toHaveLength(1);
  });

  it('a 5xx: a safe request is sent again once, a follow-up gets the 5xx back', async () => {
    const safe = failingWith(502);
    expect((await retryingOnce(safe.make)(`${API}/gateway/bot`, { method: 'GET' })).status).toBe(200);
    expect(safe.calls).toHaveLength(2);
    const followUp = failingWith(502);
    const res = await retryingOnce(followUp.make)(`${API}/webhooks/1/tok`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(502);
    expect(followUp.calls).toHaveLength(1);
    const refused = failingWith(404);
    expect((await retryingOnce(refused.make)(`${API}/gateway/bot`, { method: 'GET' })).status).toBe(404);
    expect(refused.calls).toHaveLength(1);
  });
});
