import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addedMessage, webFailureMessage } from '../../src/format/web.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { searchedSentences } from '../../src/qa/search-index.js';
import { addArticleFromUrl, fetchLimits } from '../../src/web/add-article.js';
import { WebPageError } from '../../src/web/fetch-page.js';
import { runCli } from '../support/cli.js';
import { PageServer } from '../support/page-server.js';

const ALLOWED = fetchLimits({ allowPrivateUrls: true });

/** Every file under `dir`, dot files included (a left-over temporary file would show). */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('adding an article by URL', () => {
  let site: PageServer;
  let dir: string;
  beforeAll(async () => {
    site = await PageServer.start();
  });
  afterAll(async () => {
    await site.close();
  });
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-add-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores the page under web/, where the folder reads it with its address', async () => {
    const added = await addArticleFromUrl(site.url('/hop/2'), dir, ALLOWED);
    expect(added).toMatchObject({
      title: 'Night ferry to Brightwater returns after nine years',
      url: site.url('/ferry'),
      replaced: false,
    });
    expect(added.file).toMatch(/^web\/127-0-0-1-hop-2-[0-9a-f]{8}\.html$/);
    expect(addedMessage(added)).toMatch(
      /^Added “Night ferry to Brightwater returns after nine years” \(\d+ sentences\)/,
    );
    const { articles, errors } = await loadKnowledge(dir);
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.file)).toEqual([added.file]);
    // The count an owner reads is of the sentences that can answer: not the related headlines.
    const [article] = articles;
    if (article === undefined) throw new Error('the page was not loaded');
    expect(searchedSentences(article)).toBe(added.sentences);
    expect(article.sentences.length).toBeGreaterThan(added.sentences);
    // The page's canonical link is its address; its byline and site come with it.
    expect(articles[0]?.meta).toMatchObject({
      url: 'https://gazette.example/news/2026/night-ferry-returns',
      byline: 'Mara Lindqvist',
    });
  });

  it('the same URL added twice updates its file; another URL is another file', async () => {
    const first = await addArticleFromUrl(site.url('/ferry'), dir, ALLOWED);
    const again = await addArticleFromUrl(`${site.url('/ferry')}#top`, dir, ALLOWED);
    expect(again).toMatchObject({ file: first.file, replaced: true });
    expect(addedMessage(again)).toMatch(/^Updated/);
    expect(await filesIn(dir)).toEqual([first.file]);
    const other = await addArticleFromUrl(site.url('/ferry?edition=2'), dir, ALLOWED);
    expect(other.file).not.toBe(first.file);
    expect((await filesIn(dir)).sort()).toEqual([first.file, other.file].sort());
  });

  it('keeps the charset the server declared: the stored page reads back the same', async () => {
    const added = await addArticleFromUrl(site.url('/latin'), dir, ALLOWED);
    const stored = await readFile(path.join(dir, added.file));
    expect([...stored.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { articles } = await loadKnowledge(dir);
    expect(articles[0]?.title).toBe('Skiing in Tromsø');
    expect(articles[0]?.sentences.map((s) => s.text)).toContain(
      'The café at the top of the lift serves waffles with brown cheese, and it stays open until the last run of the day.',
    );
    expect(articles[0]?.meta?.url).toBe(site.url('/latin'));
  });

  it('writes nothing when the page cannot be added, and says why', async () => {
    const cases: [string, RegExp][] = [
      ['/missing', /HTTP 404/],
      ['/broken', /HTTP 500 \(a server error\)/],
      ['/report.pdf', /not a web page \(application\/pdf\)/],
      ['/front', /No article was found/],
      ['/loop-a', /redirects in a loop/],
      ['/hop/7', /more than 5 times/],
      ['/huge', /larger than 5 MB/],
    ];
    for (const [route, message] of cases) {
      const error = await addArticleFromUrl(site.url(route), dir, ALLOWED).catch((e: unknown) => e);
      expect(error, route).toBeInstanceOf(WebPageError);
      expect(webFailureMessage(error as WebPageError), route).toMatch(message);
    }
    const slow = await addArticleFromUrl(site.url('/slow'), dir, { ...ALLOWED, timeoutMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(webFailureMessage(slow as WebPageError)).toBe('The site took too long to answer.');
    const local = await addArticleFromUrl(
      site.url('/ferry'),
      dir,
      fetchLimits({ allowPrivateUrls: false }),
    ).catch((e: unknown) => e);
    expect(webFailureMessage(local as WebPageError)).toMatch(
      /127\.0\.0\.1, a private or local network address/,
    );
    expect(await filesIn(dir)).toEqual([]);
  });
});

describe('cli add', () => {
  let site: PageServer;
  let dir: string;
  beforeAll(async () => {
    site = await PageServer.start();
    dir = await mkdtemp(path.join(tmpdir(), 'qa-cli-add-'));
  });
  afterAll(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  const cli = (args: string[], env: Record<string, string>) => runCli(args, { env });

  it('adds a page, which the next question is answered from; a bad one exits 1 with the reason', async () => {
    const added = await cli(['add', '--knowledge', dir, site.url('/ferry')], { ALLOW_PRIVATE_URLS: 'true' });
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(
      /^Added “Night ferry to Brightwater returns after nine years” \(\d+ sentences\) as web\//,
    );
    const asked = await cli(['ask', '--json', '--knowledge', dir, 'how much is a cabin for two?'], {});
    expect(JSON.parse(asked.stdout).passages[0].text).toContain('85 euros');

    const missing = await cli(['add', '--knowledge', dir, site.url('/missing')], {
      ALLOW_PRIVATE_URLS: 'true',
    });
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toMatch(/HTTP 404/);
    // Without ALLOW_PRIVATE_URLS, the test site's own address is refused.
    const refused = await cli(['add', '--knowledge', dir, site.url('/ferry?edition=2')], {});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/private or local network address.*ALLOW_PRIVATE_URLS=true allows it/);
    expect((await readdir(path.join(dir, 'web'))).length).toBe(1);
    expect((await cli(['add', '--knowledge', dir], {})).code).toBe(2);
  });
});
