import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer, type Readiness } from '../src/health.js';

describe('the health endpoints', () => {
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('/healthz is up at once; /readyz is 503 until the gateway is ready and articles are loaded', async () => {
    let state: Readiness = { gateway: false, articles: 0, sentences: 0 };
    server = await startHealthServer({ port: 0, host: '127.0.0.1' }, () => state);
    const base = `http://127.0.0.1:${server.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect((await fetch(`${base}/readyz`)).status).toBe(503);

    state = { gateway: true, articles: 0, sentences: 0 };
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    state = { gateway: false, articles: 2, sentences: 40, loadedAt: '2026-12-01T10:00:00.000Z' };
    expect((await fetch(`${base}/readyz`)).status).toBe(503);

    state = { gateway: true, articles: 2, sentences: 40, loadedAt: '2026-12-01T10:00:00.000Z' };
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', ...state });
    expect((await fetch(`${base}/readyz?verbose=1`)).status).toBe(200);
  });

  it('answers 404 elsewhere and refuses a port already in use', async () => {
    server = await startHealthServer({ port: 0, host: '127.0.0.1' }, () => ({
      gateway: true,
      articles: 1,
      sentences: 1,
    }));
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`, { method: 'POST' })).status).toBe(404);
    await expect(
      startHealthServer({ port: server.port, host: '127.0.0.1' }, () => ({
        gateway: true,
        articles: 1,
        sentences: 1,
      })),
    ).rejects.toThrow(/EADDRINUSE/);
  });
});
