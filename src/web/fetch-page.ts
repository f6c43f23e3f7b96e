/**
 * Fetch one web page for the knowledge folder, defensively: http and https only, a deadline for the
 * whole fetch, a size limit (checked on the declared length and on the bytes as they arrive, after
 * decompression), at most a few redirects with every hop checked again, and no connection to a
 * loopback, private or link-local address unless the owner allows it (see address.ts).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { checkedLookup, isPublicAddress, PrivateAddressError } from './address.js';

export interface FetchLimits {
  /** Milliseconds for the whole fetch, redirects included. */
  timeoutMs: number;
  /** Bytes of page (after decompression). */
  maxBytes: number;
  maxRedirects: number;
  /**
   * Which addresses may be connected to: public ones (the default), or any (ALLOW_PRIVATE_URLS, which
   * the tests use for their server on 127.0.0.1).
   */
  addressAllowed: (address: string) => boolean;
}

export const ANY_ADDRESS = (): boolean => true;

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  addressAllowed: isPublicAddress,
};

/** Why a page could not be added; the presentation layer says it in words. */
export type WebFailure =
  | 'bad-url'
  | 'not-http'
  | 'private-address'
  | 'unreachable'
  | 'http-status'
  | 'timeout'
  | 'too-large'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'not-html'
  | 'no-article';

export class WebPageError extends Error {
  override name = 'WebPageError';
  constructor(
    readonly reason: WebFailure,
    /** What the reason is about: the status code, the content type, the refused address, the limit… */
    readonly detail: string = '',
  ) {
    super(detail === '' ? reason : `${reason}: ${detail}`);
  }
}

export interface FetchedPage {
  /** Where the page was finally found (after redirects). */
  url: string;
  bytes: Buffer;
  /** The charset the server declared, if any. */
  charset?: string;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function checkUrl(raw: string, limits: FetchLimits): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebPageError('bad-url', raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WebPageError('not-http', url.protocol);
  // An address written as such is never looked up, so the look-up's check would not see it.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && !limits.addressAllowed(host)) throw new WebPageError('private-address', host);
  url.hash = '';
  return url;
}

function decoded(response: IncomingMessage): Readable {
  switch ((response.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

/** One request, no redirects followed: the response, whose body is not read yet. */
function get(url: URL, limits: FetchLimits, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      signal,
      lookup: checkedLookup(limits.addressAllowed),
      headers: {
        'user-agent': 'Mozilla/5.0 (compatible; article-qa-bot/0.1)',
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new WebPageError('too-large', String(maxBytes));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const body = decoded(response);
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      body.destroy();
      throw new WebPageError('too-large', String(maxBytes));
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function contentType(response: IncomingMessage): { type: string; charset?: string } {
  const [type = '', ...params] = (response.headers['content-type'] ?? '').split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
    .find((c) => c !== undefined);
  return { type: type.trim().toLowerCase(), ...(charset !== undefined ? { charset } : {}) };
}

/** A body without a declared type is HTML when it starts like HTML. */
function looksLikeHtml(bytes: Buffer): boolean {
  return /^(\uFEFF)?\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i.test(
    bytes.subarray(0, 1024).toString('latin1'),
  );
}

function failure(error: unknown, signal: AbortSignal): WebPageError {
  if (error instanceof WebPageError) return error;
  if (signal.aborted) return new WebPageError('timeout');
  if (error instanceof PrivateAddressError) return new WebPageError('private-address', error.address);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new WebPageError('unreachable', code ?? (error as Error).message);
}

/** Fetch an HTML page, or throw WebPageError saying why not. */
export async function fetchPage(
  raw: string,
  limits: FetchLimits = DEFAULT_FETCH_LIMITS,
): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = checkUrl(raw, limits);
  const visited = new Set<string>([url.href]);
  try {
    for (;;) {
      const response = await get(url, limits, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location !== undefined) {
        response.resume(); // the redirect's own body is not wanted
        if (visited.size > limits.maxRedirects)
          throw new WebPageError('too-many-redirects', String(limits.maxRedirects));
        url = checkUrl(new URL(location, url).href, limits);
        if (visited.has(url.href)) throw new WebPageError('redirect-loop', url.href);
        visited.add(url.href);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new WebPageError('http-status', String(status));
      }
      const { type, charset } = contentType(response);
      if (type !== '' && !HTML_TYPES.has(type)) {
        response.destroy();
        throw new WebPageError('not-html', type);
      }
      const bytes = await readBody(response, limits.maxBytes);
      if (type === '' && !looksLikeHtml(bytes))
        throw new WebPageError('not-html', 'no content type, and not HTML');
      return { url: url.href, bytes, ...(charset !== undefined ? { charset } : {}) };
    }
  } catch (error) {
    throw failure(error, signal);
  }
}
