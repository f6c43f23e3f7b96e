import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedLookup, isPublicAddress, PrivateAddressError } from '../../src/web/address.js';
import {
  ANY_ADDRESS,
  DEFAULT_FETCH_LIMITS,
  fetchPage,
  WebPageError,
  type FetchLimits,
  type WebFailure,
} from '../../src/web/fetch-page.js';
import { FERRY_HTML, PageServer } from '../support/page-server.js';

/**
 * The test site is on 127.0.0.1: that one address is allowed, every other private one is not. Only the
 * deadline test is about time: a deadline far off here keeps a loaded machine (6 MB streamed slowly)
 * from turning a size or redirect failure into a timeout.
 */
const LOOPBACK_ONLY: FetchLimits = {
  ...DEFAULT_FETCH_LIMITS,
  timeoutMs: 60_000,
  addressAllowed: (a) => a === '127.0.0.1',
};

async function failure(
  url: string,
  limits: FetchLimits = LOOPBACK_ONLY,
): Promise<{ reason: WebFailure; detail: string }> {
  const error = await fetchPage(url, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebPageError);
  const { reason, detail } = error as WebPageError;
  return { reason, detail };
}

describe('which addresses may be fetched', () => {
  it('public unicast only, IPv4-mapped IPv6 judged as IPv4', () => {
    for (const a of ['93.184.216.34', '2606:4700:4700::1111', '::ffff:93.184.216.34'])
      expect(isPublicAddress(a)).toBe(true);
    const refused = [
      '127.0.0.1',
      '127.8.8.8',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fc00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '224.0.0.1',
      'not an address',
    ];
    for (const a of refused) expect(isPublicAddress(a), a).toBe(false);
  });

  it('a name is checked where it is resolved, for every address it has', async () => {
    const lookup = checkedLookup(isPublicAddress);
    const error = await new Promise((resolve) => lookup('localhost', {}, (e) => resolve(e)));
    expect(error).toBeInstanceOf(PrivateAddressError);
  });
});

describe('fetching a page', () => {
  let site: PageServer;
  beforeAll(async () => {
    site = await PageServer.start();
  });
  afterAll(async () => {
    await site.close();
  });

  it('fetches an HTML page, following redirects (up to five)', async () => {
    const page = await fetchPage(site.url('/hop/5'), LOOPBACK_ONLY);
    expect(page.url).toBe(site.url('/ferry'));
    expect(page.bytes.equals(FERRY_HTML)).toBe(true);
    expect(page.charset).toBe('utf-8');
  });

  it('decompresses a gzipped page, and reads the charset of the HTTP header', async () => {
    expect((await fetchPage(site.url('/ferry-gzip'), LOOPBACK_ONLY)).bytes.equals(FERRY_HTML)).toBe(true);
    expect((await fetchPage(site.url('/latin'), LOOPBACK_ONLY)).charset).toBe('windows-1252');
  });

  it('takes a page without a content type when it starts like HTML', async () => {
    expect((await fetchPage(site.url('/untyped'), LOOPBACK_ONLY)).bytes.length).toBe(FERRY_HTML.length);
  });

  it('refuses what is not a page, with the reason', async () => {
    expect(await failure(site.url('/missing'))).toEqual({ reason: 'http-status', detail: '404' });
    expect(await failure(site.url('/broken'))).toEqual({ reason: 'http-status', detail: '500' });
    expect(await failure(site.url('/report.pdf'))).toEqual({ reason: 'not-html', detail: 'application/pdf' });
    expect((await failure('ftp://127.0.0.1/file')).reason).toBe('not-http');
    expect((await failure(site.url('/to-ftp'))).reason).toBe('not-http');
    expect((await failure('not a url')).reason).toBe('bad-url');
  });

  it('gives up on a slow site at the deadline', async () => {
    // The site never answers: only the deadline can end the fetch (no bound on how long it took).
    expect((await failure(site.url('/slow'), { ...LOOPBACK_ONLY, timeoutMs: 300 })).reason).toBe('timeout');
  });

  it('refuses a page over the size limit, declared or not', async () => {
    expect(await failure(site.url('/huge-declared'))).toEqual({
      reason: 'too-large',
      detail: String(5 * 1024 * 1024),
    });
    expect((await failure(site.url('/huge'))).reason).toBe('too-large');
  });

  it('stops at a redirect loop and after five redirects', async () => {
    expect((await failure(site.url('/loop-a'))).reason).toBe('redirect-loop');
    expect(await failure(site.url('/hop/6'))).toEqual({ reason: 'too-many-redirects', detail: '5' });
  });

  it('refuses private addresses, written as such or reached by a redirect, without connecting', async () => {
    const before = site.requests.length;
    for (const url of [
      'http://127.0.0.1:9/',
      'http://[::1]/',
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.1/',
      'http://[::ffff:192.168.0.1]/',
      'http://2130706433/',
    ]) {
      expect((await failure(url, DEFAULT_FETCH_LIMITS)).reason, url).toBe('private-address');
    }
    expect(site.requests.length).toBe(before);
    expect(await failure(site.url('/to-other-loopback'))).toEqual({
      reason: 'private-address',
      detail: '127.0.0.2',
    });
  });

  it('with ALLOW_PRIVATE_URLS, a loopback address is fetched', async () => {
    expect(
      (await fetchPage(site.url('/ferry'), { ...DEFAULT_FETCH_LIMITS, addressAllowed: ANY_ADDRESS })).url,
    ).toBe(site.url('/ferry'));
  });
});
