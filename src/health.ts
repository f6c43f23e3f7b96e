/**
 * Health endpoints for a process manager or container platform (HEALTH_PORT): `GET /healthz` answers
 * while the process is up, `GET /readyz` only while it can answer questions (connected to Discord,
 * knowledge loaded), with the counts and the time of the last (re)load. Loopback by default.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Readiness {
  /** The gateway connection is up (discord.js's client is ready). */
  gateway: boolean;
  articles: number;
  sentences: number;
  /** When the knowledge in service was loaded or last reloaded (ISO 8601); absent while loading. */
  loadedAt?: string;
}

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

function isReady(r: Readiness): boolean {
  return r.gateway && r.articles > 0;
}

export async function startHealthServer(
  options: { port: number; host: string },
  readiness: () => Readiness,
): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) =>
      res
        .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify(body));
    const route = `${req.method ?? 'GET'} ${new URL(req.url ?? '/', 'http://localhost').pathname}`;
    if (route === 'GET /healthz' || route === 'HEAD /healthz') {
      send(200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
    } else if (route === 'GET /readyz' || route === 'HEAD /readyz') {
      const r = readiness();
      send(isReady(r) ? 200 : 503, { status: isReady(r) ? 'ready' : 'not ready', ...r });
    } else {
      send(404, { status: 'not found' });
    }
  });
  server.listen(options.port, options.host);
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => Promise.reject(error as Error)),
  ]);
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
