import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import {
  decodeWebPage,
  parseWebArticle,
  savedFromComment,
  webPageEncoding,
} from '../../src/knowledge/web-page.js';
import { Engine } from '../../src/qa/engine.js';

const FERRY = path.join(import.meta.dirname, '..', 'fixtures', 'web', 'ferry.html');

/** A small article page in a given encoding, its charset declared in a <meta> tag. */
function page(charset: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="${charset}"><title>Skiing in Tromsø</title></head><body>
<nav><a href="/">Home</a> <a href="/travel">Travel</a></nav>
<article><h1>Skiing in Tromsø</h1>
<p>${body}</p>
<p>The café at the top of the lift serves waffles with brown cheese, and it stays open until the last run of the day.</p>
<p>Lift passes cost 450 kroner a day, and children under seven ride for free all season long, the resort said.</p>
</article></body></html>`;
}

describe('web pages in the knowledge folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-web-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the article of an .html page in a sub-folder, with its metadata, and leaves the page around it out', async () => {
    await mkdir(path.join(dir, 'saved'));
    await writeFile(path.join(dir, 'saved', 'ferry.html'), await readFile(FERRY));
    const { articles, errors } = await loadKnowledge(dir);
    expect(errors).toEqual([]);
    const [ferry] = articles;
    expect(ferry?.file).toBe('saved/ferry.html');
    expect(ferry?.title).toBe('Night ferry to Brightwater returns after nine years');
    expect(ferry?.date).toBe('14 March 2026');
    expect(ferry?.meta).toEqual({
      url: 'https://gazette.example/news/2026/night-ferry-returns',
      byline: 'Mara Lindqvist',
      siteName: 'The Harbour Gazette',
      publishedTime: '2026-03-14T06:30:00Z',
    });
    const text = (role: string) => ferry?.sentences.filter((s) => s.role === role).map((s) => s.text) ?? [];
    expect(text('body')).toContain('Its ship, the Saltmarsh Queen, carries 420 passengers and 90 cars.');
    expect(text('caption')).toEqual(['The Saltmarsh Queen leaving the east pier on her trial run in February.']);
    expect(text('heading')).toEqual(['Harbour works']);
    // The byline line is a credit and the labelled link another story: neither can be an answer.
    expect(text('credit')).toEqual(['By Mara Lindqvist']);
    expect(text('related')).toEqual(['Related: Brightwater market breaks visitor record']);
    const all = ferry?.sentences.map((s) => s.text).join('\n') ?? '';
    for (const debris of ['Sport', 'Subscribe', 'Share on Facebook', 'Storm closes coastal road', 'All rights reserved', 'window.tracking']) {
      expect(all).not.toContain(debris);
    }
  });

  it('answers from the page and cites its address', async () => {
    await writeFile(path.join(dir, 'ferry.html'), await readFile(FERRY));
    const { articles } = await loadKnowledge(dir);
    const answer = new Engine(articles).ask('how many passengers does the ship carry?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('420 passengers');
    expect(answer.passages[0]?.article.url).toBe('https://gazette.example/news/2026/night-ferry-returns');
  });

  it("honours the page's declared charset (.htm too)", async () => {
    const body = 'Tromsø has more snow this winter than in any year since 1997, and the slopes opened a fortnight early.';
    await writeFile(path.join(dir, 'latin.htm'), Buffer.from(page('windows-1252', body), 'latin1'));
    await writeFile(path.join(dir, 'unicode.html'), Buffer.from(page('utf-8', body), 'utf8'));
    const { articles, errors } = await loadKnowledge(dir);
    expect(errors).toEqual([]);
    for (const article of articles) {
      expect(article.title).toBe('Skiing in Tromsø');
      expect(article.sentences.map((s) => s.text)).toContain(
        'The café at the top of the lift serves waffles with brown cheese, and it stays open until the last run of the day.',
      );
    }
  });

  it('reads windows-1252 quotes and apostrophes (0x91-0x94) as browsers do, on every Node', () => {
    // Node 20's own TextDecoder reads these bytes as control characters (ISO-8859-1).
    const bytes = Buffer.from([
      ...Buffer.from('<html><head><meta charset="windows-1252"><title>Caf', 'latin1'),
      0xe9,
      ...Buffer.from(' wins ', 'latin1'),
      0x93,
      ...Buffer.from('best croissant', 'latin1'),
      0x94,
      ...Buffer.from(' prize</title></head><body><p>Jean Dupont', 'latin1'),
      0x92,
      ...Buffer.from('s caf', 'latin1'),
      0xe9,
      ...Buffer.from(' won.</p></body></html>', 'latin1'),
    ]);
    const text = decodeWebPage(bytes);
    expect(text).toContain('<title>Café wins “best croissant” prize</title>');
    expect(text).toContain('Jean Dupont’s café won.');
  });

  it('reads a page as UTF-8 when it declares so late in its head, or not at all, as browsers do', async () => {
    const body = 'Tromsø has more snow this winter than in any year since 1997, and the slopes opened a fortnight early.';
    // Scripts fill the first 1024 bytes, so the standard's first look at the page finds no charset.
    const scripts = `<script>var tracking = "${'x'.repeat(1100)}";</script>`;
    const late = page('utf-8', body).replace('<head><meta charset="utf-8">', `<head>${scripts}<meta charset="utf-8">`);
    const undeclared = page('utf-8', body).replace('<meta charset="utf-8">', '');
    await writeFile(path.join(dir, 'late.html'), Buffer.from(late, 'utf8'));
    await writeFile(path.join(dir, 'undeclared.html'), Buffer.from(undeclared, 'utf8'));
    const { articles, errors } = await loadKnowledge(dir);
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(2);
    for (const article of articles) {
      expect(article.title).toBe('Skiing in Tromsø');
      expect(article.sentences.map((s) => s.text)).toContain(
        'The café at the top of the lift serves waffles with brown cheese, and it stays open until the last run of the day.',
      );
    }
  });

  /** The role of each sentence of a page whose body holds these lines, by the sentence's first words. */
  async function rolesOf(lines: string[]): Promise<(start: string) => string | undefined> {
    await writeFile(path.join(dir, 'museum.html'), page('utf-8', lines.join('\n')));
    const { articles } = await loadKnowledge(dir);
    return (start) => articles[0]?.sentences.find((s) => s.text.startsWith(start))?.role;
  }

  it('reads a paragraph that is all a link as another page’s headline, and keeps one with a link in it', async () => {
    const body = [
      'The museum reopened on Tuesday, a week after the attack, and <a href="/bardo">its Roman mosaics</a> drew long queues.</p>',
      '<p>[Read: <a href="/fighters">Tunisia sends most foreign fighters to Syria</a>]</p>',
      '<p><a href="/story">Continue reading the main story</a>',
    ];
    const role = await rolesOf(body);
    expect(role('The museum reopened on Tuesday')).toBe('body');
    expect(role('[Read: Tunisia sends')).toBe('related');
    expect(role('Continue reading the main story')).toBe('related');
  });

  it('reads a caption the page sets by its class, without <figcaption>, as the photo caption', async () => {
    const body = [
      'The museum reopened on Tuesday, a week after the attack, and its Roman mosaics drew long queues.</p>',
      '<div class="photo"><img src="/m.jpg"> <span class="pb-caption">Visitors queue outside the Bardo museum in Tunis.</span></div>',
      '<div class="item no_caption"><p>Guards now check every bag at the two gates, the ministry said on Monday.</p></div>',
      '<p>Tickets cost eleven dinars.',
    ];
    const role = await rolesOf(body);
    expect(role('Visitors queue outside the Bardo')).toBe('caption');
    expect(role('Guards now check every bag')).toBe('body');
    expect(role('The museum reopened on Tuesday')).toBe('body');
  });

  describe("a lead photo set above the story's text", () => {
    /** A page whose story sits in its own element, with a photo above it inside the same <article>. */
    const leadPhotoPage = (articleOpen: string, caption: string) =>
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry returns</title></head><body>
<nav><a href="/">Home</a></nav>${articleOpen}<h1>Harbour ferry returns after a year</h1>
<figure class="lead"><img src="/ferry.jpg" alt=""><figcaption>${caption}</figcaption></figure>
<div class="story-body">
<p>The harbour ferry carried its first passengers in a year on Thursday morning, after repairs to both of its engines.</p>
<p>About 300 people made the crossing before noon, and the operator said every sailing of the weekend was full.</p>
<p>The crossing takes twelve minutes, and a return ticket costs four pounds for adults and two for children.</p>
<figure><img src="/pier.jpg" alt=""><figcaption>Passengers queue on the pier. Photo: Ana Ruiz / Bay Gazette</figcaption></figure>
<p>The council paid for half of the repairs, and the operator paid the rest from its reserves.</p>
</div></article></body></html>`;
    const lead = 'Crew members tie up the ferry at the north pier on Thursday. Photo: Tom Hallett / Bay Gazette';

    it('keeps its caption and credit, which Readability leaves out with the photo', async () => {
      const article = parseWebArticle('ferry.html', leadPhotoPage('<article>', lead));
      const texts = (role: string) => article?.sentences.filter((s) => s.role === role).map((s) => s.text) ?? [];
      expect(texts('caption').join(' ')).toContain('Crew members tie up the ferry at the north pier');
      expect(texts('credit').join(' ')).toContain('Tom Hallett');
      expect(texts('caption').join(' ')).toContain('Passengers queue on the pier');
      if (article === undefined) throw new Error('no article');
      const asked = new Engine([article]).ask('who took the photo?');
      expect(asked.answer?.text).toContain('Tom Hallett');
    });

    it('leaves out a one-word caption (an avatar, a chart key) and the figures of a page of several articles', () => {
      const named = parseWebArticle('ferry.html', leadPhotoPage('<article>', 'Kevin'));
      expect(named?.sentences.some((s) => s.text === 'Kevin')).toBe(false);
      const listing = parseWebArticle('ferry.html', leadPhotoPage('<article><article></article>', lead));
      expect(listing?.sentences.some((s) => s.text.includes('Crew members tie up'))).toBe(false);
    });
  });

  it('takes the address from the "saved from" comment when the page names none', async () => {
    const html = savedFromComment('https://snow.example/tromso') + page('utf-8', 'Tromsø has more snow this winter than in any other year.');
    await writeFile(path.join(dir, 'snow.html'), html);
    const { articles } = await loadKnowledge(dir);
    expect(articles[0]?.meta?.url).toBe('https://snow.example/tromso');
  });

  it('skips a page without an article, with the reason', async () => {
    await writeFile(path.join(dir, 'good.html'), await readFile(FERRY));
    await writeFile(path.join(dir, 'front.html'), '<html><head><title>Gazette</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    const { articles, errors } = await loadKnowledge(dir);
    expect(articles.map((a) => a.file)).toEqual(['good.html']);
    expect(errors).toEqual([{ file: 'front.html', reason: 'no article found in the page' }]);
  });
});

describe("a web page's encoding", () => {
  it('is the one declared, else UTF-8 for valid UTF-8 text, else windows-1252', () => {
    const html = (charset: string) => `<html><head>${charset}<title>Tromsø</title></head></html>`;
    expect(webPageEncoding(Buffer.from(html('<meta charset="iso-8859-2">'), 'latin1'))).toBe('ISO-8859-2');
    expect(webPageEncoding(Buffer.from(html(''), 'utf8'))).toBe('UTF-8');
    // "ø" as one byte is no UTF-8: the standard's default.
    expect(webPageEncoding(Buffer.from(html(''), 'latin1'))).toBe('windows-1252');
    // Pure ASCII reads the same in both; the default stays.
    expect(webPageEncoding(Buffer.from('<html><title>Snow</title></html>'))).toBe('windows-1252');
    // The server's charset comes before anything in the page.
    expect(webPageEncoding(Buffer.from(html(''), 'utf8'), 'iso-8859-1')).toBe('windows-1252');
  });
});

describe("a page whose title ends with its author's name", () => {
  const html = `<!DOCTYPE html><html><head><title>Whale strandings worry iwi | Eleanor Ainge Roy</title>
<meta name="author" content="Eleanor Ainge Roy"></head><body><article><h1>Whale strandings worry iwi</h1>
<p>Tribal elders say the rise in whale strandings along the coast is a warning about the health of the sea.</p>
<p>More than 300 whales have beached on the islands since the start of the summer, the conservation department said.</p>
</article></body></html>`;

  it('shows the headline without it, answers "who wrote this?" from the byline, and keeps the title as the page declares it', () => {
    const article = parseWebArticle('whales.html', html);
    expect(article?.title).toBe('Whale strandings worry iwi');
    expect(article?.meta?.pageTitle).toBe('Whale strandings worry iwi | Eleanor Ainge Roy');
    expect(article?.sentences.find((s) => s.role === 'title')?.text).toBe('Whale strandings worry iwi');
    const engine = new Engine(article === undefined ? [] : [article]);
    expect(engine.ask('who wrote this?').answer?.text).toBe('Eleanor Ainge Roy');
  });
});

describe('a numbered list set line by line after the sentence that opens it', () => {
  const html = `<!DOCTYPE html><html><head><title>Where children get ahead</title></head><body><article>
<h1>Where children get ahead</h1>
<p>A new report compared poverty, inequality and mobility in ten wealthy countries over a decade.</p>
<p>The overall rankings of the countries were as follows:<br>1. Finland<br>2. Norway<br>3. Australia<br>10. United States</p>
<p>The low ranking of the United States was due to its extreme levels of wealth and income inequality.</p>
</article></body></html>`;

  it('is one passage with its items, which a question about the list finds', () => {
    const article = parseWebArticle('rankings.html', html);
    const body = article?.sentences.filter((s) => s.role === 'body').map((s) => s.text);
    expect(body).toContain(
      'The overall rankings of the countries were as follows: 1. Finland; 2. Norway; 3. Australia; 10. United States',
    );
    const engine = new Engine(article === undefined ? [] : [article]);
    const answer = engine.ask('what were the overall rankings of the countries?');
    expect(answer.passages[0]?.text).toContain('1. Finland; 2. Norway');
  });
});

describe('where a text article came from', () => {
  const story = 'Harbour bridge approved\n\nThe city council approved a new bridge across the harbour on Tuesday.\n';

  it('reads YAML front matter into the metadata and keeps it out of the text', () => {
    const raw = `---\nsource: https://news.example/bridge\nauthor: By Ana Ruiz\nsite: City News\npublished: 2026-02-03\n---\n${story}`;
    const article = parseArticle('bridge.md', raw);
    expect(article.meta).toEqual({
      url: 'https://news.example/bridge',
      byline: 'Ana Ruiz',
      siteName: 'City News',
      publishedTime: '2026-02-03',
    });
    expect(article.title).toBe('Harbour bridge approved');
    expect(article.date).toBe('3 February 2026');
    expect(article.sentences.map((s) => s.text).join(' ')).not.toMatch(/source|news\.example/);
  });

  it('reads a leading "source: URL" line', () => {
    const article = parseArticle('bridge.txt', `Source: https://news.example/bridge?id=7\n\n${story}`);
    expect(article.meta).toEqual({ url: 'https://news.example/bridge?id=7' });
    expect(article.sentences[0]?.text).toBe('Harbour bridge approved');
  });

  it('leaves text alone when it has neither, or the URL is not a web address', () => {
    expect(parseArticle('a.txt', story).meta).toBeUndefined();
    const article = parseArticle('b.txt', `source: javascript:alert(1)\n${story}`);
    expect(article.meta).toBeUndefined();
    // A Markdown file opening with a rule and prose, not YAML, keeps its text.
    const md = parseArticle('c.md', `---\nThe council met: it approved the plan.\n---\n${story}`);
    expect(md.sentences.map((s) => s.text).join(' ')).toContain('approved a new bridge');
  });
});
