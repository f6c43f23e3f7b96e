/**
 * A small web site on 127.0.0.1 for the tests that add articles by URL: a saved article page (plain,
 * gzipped, in windows-1252 with the charset only in the HTTP header), and the ways a fetch goes wrong
 * (404, 500, a response that never comes, a page that is too large, a redirect loop and chains, a PDF,
 * a page without an article). It never talks to anything but loopback.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export const FERRY_HTML = readFileSync(new URL('../fixtures/web/ferry.html', import.meta.url));

/** A page whose only declaration of its charset is the HTTP header (windows-1252). */
const LATIN_PAGE = Buffer.from(
  `<!DOCTYPE html><html><head><title>Skiing in Tromsø</title></head><body><article><h1>Skiing in Tromsø</h1>
<p>Tromsø has more snow this winter than in any year since 1997, and the slopes opened a fortnight early.</p>
<p>The café at the top of the lift serves waffles with brown cheese, and it stays open until the last run of the day.</p>
<p>Lift passes cost 450 kroner a day, and children under seven ride for free all season long, the resort said.</p>
</article></body></html>`,
  'latin1',
);

const FRONT_PAGE =
  '<html><head><title>Gazette</title></head><body><nav><a href="/a">Home</a> <a href="/b">News</a></nav></body></html>';

export class PageServer {
  /** Paths requested, in order. */
  readonly requests: string[] = [];
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {}

  static async start(): Promise<PageServer> {
    const server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const site = new PageServer(server, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => site.handle(req, res));
    return site;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    this.requests.push(path);
    const html = (body: Buffer | string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    };
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop !== null) {
      const left = Number(hop[1]);
      res.writeHead(302, { location: left > 1 ? `/hop/${left - 1}` : '/ferry' });
      res.end();
      return;
    }
    switch (path) {
      case '/ferry':
      case '/ferry?edition=2':
        return html(FERRY_HTML);
      case '/ferry-gzip':
        return html(gzipSync(FERRY_HTML), { 'content-encoding': 'gzip' });
      case '/latin':
        return html(LATIN_PAGE, { 'content-type': 'text/html; charset=windows-1252' });
      case '/untyped':
        res.writeHead(200);
        res.end(FERRY_HTML);
        return;
      case '/front':
        return html(FRONT_PAGE);
      case '/missing':
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Not found</h1>');
        return;
      case '/broken':
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end('<h1>Server error</h1>');
        return;
      case '/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.7');
        return;
      case '/slow':
        // Headers never come; the server lets go when it closes.
        this.hanging.add(res);
        return;
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
        res.end();
        return;
      case '/huge': {
        // No declared length: 6 MB sent in chunks, so only counting the bytes finds it too large.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const more = () => {
          while (sent < 6 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', more);
          }
          res.end();
        };
        res.on('error', () => undefined);
        more();
        return;
      }
      case '/loop-a':
        res.writeHead(301, { location: '/loop-b' });
        res.end();
        return;
      case '/loop-b':
        res.writeHead(301, { location: '/loop-a' });
        res.end();
        return;
      case '/to-ftp':
        res.writeHead(302, { location: 'ftp://127.0.0.1/file' });
        res.end();
        return;
      case '/to-other-loopback':
        res.writeHead(302, { location: `http://127.0.0.2:${new URL(this.origin).port}/ferry` });
        res.end();
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}
