import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { extractDate, isProse, roleOfBodyLine, tidyDateline } from '../../src/knowledge/clean.js';
import type { Article, Role } from '../../src/knowledge/types.js';
import { readSeed } from '../support/seed.js';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const texts = (a: Article, role: Role) => a.sentences.filter((s) => s.role === role).map((s) => s.text);
const all = (a: Article) => a.sentences.map((s) => s.text).join('\n');

// Articles are parsed inside each test, not once per describe block: mutation testing (StrykerJS)
// credits a test only with the code that runs while it runs.
const seedArticle = () => parseArticle('seed.txt', readSeed());

describe('cleaning the seed article (Sputnik page)', () => {
  it('finds title, dateline, caption, credit, related headlines and tags', () => {
    const article = seedArticle();
    expect(article.title).toBe('Iraq, Russia Sign Military-Technical Cooperation Agreement');
    expect(article.date).toBe('20 October 2019');
    expect(texts(article, 'caption')[0]).toMatch(/^The emblem of the Russian Defense Ministry/);
    expect(texts(article, 'credit')).toEqual(['© AP Photo / Mikhail Metzel']);
    expect(texts(article, 'related')).toHaveLength(4);
    expect(article.tags).toEqual(['military cooperation', 'Iraq', 'Russia']);
  });

  it('drops the web chrome', () => {
    const article = seedArticle();
    for (const debris of ['Listen Live', 'Get short URL', '0 73', 'Community standards', 'Comment via']) {
      expect(all(article)).not.toContain(debris);
    }
  });

  it('keeps every body sentence, with the caption date not split', () => {
    const article = seedArticle();
    const body = texts(article, 'body');
    expect(body).toHaveLength(8);
    expect(body[1]).toContain('St.Petersburg [Russia],” the statement published');
    expect(texts(article, 'caption')[0]).toContain('Oct. 25, 2012');
  });
});

describe('cleaning articles of other shapes', () => {
  it('a plain article with no debris keeps everything', () => {
    const a = parseArticle('plain.txt', read('../fixtures/articles/plain.txt'));
    expect(a.title).toBe('Council approves new harbour bridge');
    expect(texts(a, 'body')).toHaveLength(5);
    expect(a.sentences.filter((s) => s.role !== 'body' && s.role !== 'title')).toEqual([]);
  });

  it('character references scraped into a text or Markdown file read as the characters they name', () => {
    const text = [
      'Ministers sign trade communiqu&#233;',
      '',
      'The ministers signed a communiqu&#233; on Monday after talks in Geneva, officials said.',
      '',
      'The deal is worth &#163;5m a year to Caf&eacute; Owners &amp; Partners, the firm said on Tuesday.',
    ].join('\n');
    for (const file of ['trade.txt', 'trade.md']) {
      const a = parseArticle(file, text);
      expect(a.title).toBe('Ministers sign trade communiqué');
      expect(texts(a, 'body')).toEqual([
        'The ministers signed a communiqué on Monday after talks in Geneva, officials said.',
        'The deal is worth £5m a year to Café Owners & Partners, the firm said on Tuesday.',
      ]);
    }
  });

  it('a decoded "<" in Markdown is text, not a tag to strip', () => {
    const a = parseArticle(
      'html.md',
      '# Browsers and tags\n\nThe &lt;blink&gt; tag made text flash on pages in the 1990s, its designers said.',
    );
    expect(texts(a, 'body')).toEqual(['The <blink> tag made text flash on pages in the 1990s, its designers said.']);
  });

  it('a Markdown article: heading is the title, inline markup and links are removed, wrapped lines joined', () => {
    const a = parseArticle('markdown.md', read('../fixtures/articles/markdown.md'));
    expect(a.title).toBe('Volcano erupts on remote island');
    expect(a.date).toBe('3 May 2021');
    const body = texts(a, 'body');
    expect(body[0]).toBe(
      'A volcano on the remote island of Nortind erupted early on Sunday, sending ash twelve kilometres into the sky, the national geological survey said.',
    );
    expect(texts(a, 'heading')).toEqual(['Evacuation', 'What comes next']);
    expect(body).toContain('Flights in the region have been suspended until Wednesday.');
    expect(all(a)).not.toMatch(/\*\*|\]\(|https?:/);
  });

  it('a page with different debris: menus, share buttons, ads, newsletter and copyright are dropped', () => {
    const a = parseArticle('other.txt', read('../fixtures/articles/other-debris.txt'));
    expect(a.title).toBe('Scientists Discover New Species of Deep-Sea Fish');
    expect(a.date).toBe('12 June 2023');
    expect(texts(a, 'caption')).toEqual(['A researcher holds a jar with one of the fish collected near the trench']);
    expect(texts(a, 'credit')).toEqual(['Photo: Jane Doe / Ocean Institute']);
    expect(texts(a, 'body')).toHaveLength(3);
    expect(texts(a, 'related')).toEqual([
      'Whales Return to Northern Waters After Decades',
      'Coral Reefs Show Signs of Recovery in the Pacific',
    ]);
    expect(a.tags).toEqual(['ocean', 'science', 'deep sea']);
    for (const debris of ['Skip to main content', 'Menu', 'Share this', 'Advertisement', '12 comments', 'newsletter', 'All rights reserved']) {
      expect(all(a)).not.toContain(debris);
    }
  });
});

describe("a site's menu and a share widget above the headline", () => {
  const page = (...top: string[]) =>
    parseArticle(
      'page.txt',
      [
        ...top,
        'Harbour ferry fares to rise by a fifth',
        'Ferry fares between Portcullen and the islands will rise by 20% from April, the operator said.',
        'The company blamed the cost of fuel and a new crew rota for the increase.',
        'Tags: ferries | harbour | council',
      ].join('\n\n'),
    );

  it('a menu line of short items between bars or bullets is no headline, and no part of the story', () => {
    for (const menu of [
      'Home | Business | Markets | Companies',
      'Home | Cost of Living | Climate',
      'News • Sport • Weather',
      'Home » Local » Transport',
    ]) {
      const a = page('Skip to content', menu);
      expect(a.title, menu).toBe('Harbour ferry fares to rise by a fifth');
      expect(all(a), menu).not.toContain(menu);
    }
  });

  it("share buttons on one line are dropped, as each one alone is", () => {
    const a = page('Share this article', 'Facebook Twitter Email', 'Home | Business | Markets | Companies');
    expect(a.title).toBe('Harbour ferry fares to rise by a fifth');
    expect(all(a)).not.toContain('Facebook Twitter Email');
  });

  it('share buttons after their label on one line are dropped, under a paper\'s name', () => {
    const label = 'Share this article: Facebook | X | WhatsApp | Email';
    const a = page('Skip to content', 'Home | News | Sport | Contact', 'Portcullen Courier', label);
    expect(a.title).toBe('Harbour ferry fares to rise by a fifth');
    expect(all(a)).not.toContain(label);
    // A line that says more than its buttons is kept.
    expect(all(page('Share your memories of the ferry: email the newsroom'))).toContain(
      'Share your memories of the ferry: email the newsroom',
    );
  });

  it('"X (Twitter)", a button with its old name in brackets, is dropped and joins no byline', () => {
    const a = parseArticle(
      'page.txt',
      [
        'Harbour ferry fares to rise by a fifth',
        'By Jane Harper, Transport reporter',
        'Share',
        'Facebook',
        'X (Twitter)',
        'Email',
        '',
        'Ferry fares between Portcullen and the islands will rise by 20% from April, the operator said.',
      ].join('\n'),
    );
    expect(texts(a, 'credit')).toEqual(['By Jane Harper, Transport reporter']);
    expect(all(a)).not.toContain('Twitter');
    expect(all(page('Facebook | X (Twitter) | Email'))).not.toContain('Twitter');
  });

  it('a byline or a headline with its section and site between bars is no menu', () => {
    const byline = page('By Helen Briggs | Environment correspondent | BBC News');
    expect(texts(byline, 'credit')).toEqual(['By Helen Briggs | Environment correspondent | BBC News']);
    const sectioned = parseArticle(
      'sectioned.txt',
      'Ferry fares to rise | Transport | Local News\n\nFerry fares between Portcullen and the islands will rise by 20% from April, the operator said.',
    );
    expect(sectioned.title).toBe('Ferry fares to rise | Transport | Local News');
  });

  it('a headline with the site after one bar, and a tag line after the story, are kept', () => {
    const alone = parseArticle(
      'page.txt',
      'Harbour ferry fares to rise by a fifth | Portcullen Gazette\n\nFerry fares between Portcullen and the islands will rise by 20% from April, the operator said.',
    );
    expect(alone.title).toBe('Harbour ferry fares to rise by a fifth | Portcullen Gazette');
    // Printed again alone above the story, the headline is that line, and the page's title no passage.
    const a = page('Harbour ferry fares to rise by a fifth | Portcullen Gazette');
    expect(a.title).toBe('Harbour ferry fares to rise by a fifth');
    expect(all(a)).not.toContain('| Portcullen Gazette');
    const tagged = parseArticle('tags.txt', 'Fares to rise\n\nFerry fares will rise by 20% from April, the operator said on Monday.\n\nferries | harbour | council');
    expect(tagged.tags).toEqual(['ferries', 'harbour', 'council']);
  });
});

describe('a page copied as text: its menu one item to a line, a section name, a time stamp', () => {
  const HEADLINE = 'Harbour ferry fares to rise by a fifth';
  const page = (...top: string[]) =>
    parseArticle(
      'page.txt',
      [
        ...top,
        'Ferry fares between Portcullen and the islands will rise by 20% from April, the operator said.',
        'The company blamed the cost of fuel and a new crew rota for the increase.',
      ].join('\n'),
    );

  it('a column of menu items is no headline, and no part of the story; the headline in sentence case is', () => {
    const a = page('Home', 'News', 'Scotland', 'Highlands & Islands', HEADLINE, 'Share this article', 'By Iona Baird', 'BBC Scotland, Oban');
    expect(a.title).toBe(HEADLINE);
    for (const item of ['News', 'Scotland', 'Highlands & Islands']) expect(all(a).split('\n')).not.toContain(item);
    expect(texts(a, 'credit')).toEqual(['By Iona Baird, BBC Scotland, Oban']);
    expect(texts(a, 'caption')).toEqual([]);
  });

  it("on a page with a menu, a section's name above the headline is not the title; alone, it is", () => {
    expect(page('Home | News | Sport', 'Scotland', HEADLINE).title).toBe(HEADLINE);
    expect(page('Home > News > Scotland', HEADLINE).title).toBe(HEADLINE);
    expect(page('Home | News | Sport', 'Scotland').title).toBe('Scotland');
  });

  it('a breadcrumb of two steps is navigation, and a menu with no separators is not the title', () => {
    // Both are in Title Case and the headline is not: the headline is the line that tells the story.
    const a = page('Skip to content', "Home News Sport What's On Contact", 'Portcullen Gazette > Transport', HEADLINE, 'Published 09:15, Monday');
    expect(a.title).toBe(HEADLINE);
    expect(all(a)).not.toContain('Gazette > Transport');
    expect(page('Portcullen News › Local', HEADLINE).title).toBe(HEADLINE);
    expect(page('Portcullen News » Transport » Ferries', HEADLINE).title).toBe(HEADLINE);
    // A score between chevrons is a headline, not where the page sits.
    expect(page('Skip to content', 'Portcullen 2 > Easton 1').title).toBe('Portcullen 2 > Easton 1');
    // A headline of wordplay that names one thing of the story is still the headline over a standfirst.
    expect(page('Skip to content', 'Fare Thee Well, Cheap Crossings', 'The operator blames fuel and a new crew rota').title).toBe(
      'Fare Thee Well, Cheap Crossings',
    );
    expect(page('Skip to content', "Home News Sport What's On Contact", HEADLINE).title).toBe(HEADLINE);
  });

  it('with no chrome, the lines above the body are the story\'s own: the first Title Case one is the headline', () => {
    // A fixtures page: the teams' headline names neither team in the body, the ground's line does.
    expect(page('Portcullen v Easton (Sat)', 'Harbour Park, Portcullen').title).toBe('Portcullen v Easton (Sat)');
  });

  it('with no menu, a short Title Case headline above its standfirst stays the title', () => {
    const a = page('Tories Triumph', "Sunak's party sweeps the board in Thursday's three by-elections");
    expect(a.title).toBe('Tories Triumph');
  });

  it('two section names above a longer Title Case headline are not it', () => {
    expect(page('News', 'Wales', 'Storm Ellen Hits Wales').title).toBe('Storm Ellen Hits Wales');
  });

  it("a column's last line may be a short Title Case headline under its sections", () => {
    expect(page('UK', 'Politics', 'Brexit Deal Agreed', 'Jessica Elgot Chief political correspondent').title).toBe(
      'Brexit Deal Agreed',
    );
    expect(page('News', 'Obituaries', 'Obituary: Jane Doe').title).toBe('Obituary: Jane Doe');
  });

  it("a photo credit and a byline's publisher line are never menu items", () => {
    const a = page(HEADLINE, 'By Iona Baird', 'BBC Scotland, Oban', 'Published 3 hours ago', 'Share', 'Save', 'Getty Images');
    expect(a.title).toBe(HEADLINE);
    expect(texts(a, 'credit')).toEqual(['By Iona Baird, BBC Scotland, Oban', 'Getty Images']);
    expect(a.meta?.siteName).toBe('BBC Scotland');
  });

  it("a publisher's name alone under the byline carries on the byline, not the headline", () => {
    const a = page(HEADLINE, 'By Iona Baird', 'BBC Sport');
    expect(a.title).toBe(HEADLINE);
    expect(texts(a, 'credit')).toEqual(['By Iona Baird, BBC Sport']);
    expect(texts(a, 'caption')).toEqual([]);
  });

  it("a reporting service's name under the byline carries on the byline, not the headline", () => {
    // A local paper's page: the headline in sentence case, the service in Title Case under the writer.
    const a = page('Home', 'News', 'Sport', HEADLINE, 'By Priya Chaudhary', 'Local Democracy Reporting Service', '09:42, 4 NOV 2026');
    expect(a.title).toBe(HEADLINE);
    expect(texts(a, 'credit')).toEqual(['By Priya Chaudhary, Local Democracy Reporting Service']);
  });

  it("the page's title (the headline, a bar, the site's name) over the headline alone: the headline is the title", () => {
    const a = page(`${HEADLINE} | Portcullen Post`, 'Skip to main content', 'Home', 'News', HEADLINE, 'Fuel and crew costs blamed for the rise');
    expect(a.title).toBe(HEADLINE);
    // The page's title is no caption, nor a passage of its own.
    expect(all(a)).not.toContain('| Portcullen Post');
    expect(texts(a, 'caption')).toEqual(['Fuel and crew costs blamed for the rise']);
  });

  it("a headline's own words after a dash are no site's name", () => {
    const long = `${HEADLINE} - and the operator says more rises may follow next winter unless fuel costs fall`;
    const a = page(long, 'Home', 'News', HEADLINE);
    expect(a.title).toBe(HEADLINE);
    expect(texts(a, 'caption')).toContain(long);
  });

  it('a time stamp counted from when the page was read dates nothing and is dropped above the story', () => {
    for (const stamp of [
      'Published 3 hours ago',
      '2 days ago',
      'Updated an hour ago',
      'Posted 45 mins ago',
      'Updated: 2 hours ago',
      'Published two hours ago',
      'Published 2 hours ago · 4 min read',
      'Updated 1 hour ago | Share',
      '2h ago',
    ]) {
      const a = page(HEADLINE, stamp);
      expect(a.title, stamp).toBe(HEADLINE);
      expect(all(a), stamp).not.toContain(stamp);
      expect(a.date, stamp).toBeUndefined();
    }
  });

  it('in the story, "50 years ago" heading a look-back section stays', () => {
    const a = parseArticle(
      'lookback.txt',
      [
        'Looking back at the harbour town',
        'The harbour town has changed a great deal over the last century, as our archive shows.',
        '50 years ago',
        'The new ferry terminal was opened by the provost in front of a crowd of several hundred people.',
      ].join('\n'),
    );
    expect(texts(a, 'heading')).toEqual(['50 years ago']);
  });
});

describe('page furniture inside and after the body', () => {
  // Placed between body paragraphs, "Get short URL" once became a heading that questions were answered
  // from; only another rule dropped it from the seed page, where it sits before the body.
  const FURNITURE = [
    'Get short URL',
    'Listen Live',
    'Community standards',
    'Comment via Facebook',
    '0 73',
    'Share this article',
    'Advertisement',
    'Read more',
    'Sign up for our newsletter',
    '12 comments',
    '© 2019 Harbour News. All rights reserved.',
    'Skip to main content',
    'Back to top',
    'Load more comments',
  ];
  const page = (line: string) =>
    [
      'Harbour Council Approves New Ferry Terminal',
      '',
      'The harbour council approved a new ferry terminal on Tuesday, the mayor said.',
      '',
      line,
      '',
      'Council member Ada Moreno said the first ferries would leave in 2028.',
      '',
      line,
      '',
    ].join('\n');

  it.each(FURNITURE)('"%s" is dropped wherever it stands, and the body around it is kept whole', (line) => {
    const a = parseArticle('ferry.txt', page(line));
    expect(a.title).toBe('Harbour Council Approves New Ferry Terminal');
    expect(texts(a, 'body')).toEqual([
      'The harbour council approved a new ferry terminal on Tuesday, the mayor said.',
      'Council member Ada Moreno said the first ferries would leave in 2028.',
    ]);
    expect(a.sentences.map((s) => s.text)).not.toContain(line);
    expect(all(a)).not.toContain(line);
  });
});

describe('Markdown articles', () => {
  const FENCE = '```';
  const md = [
    '# Harbour Council Approves Ferry Terminal #',
    '',
    '*3 March 2026*',
    '',
    "> The harbour council approved a new ferry terminal on Tuesday, the mayor's office said.",
    '',
    '---',
    '',
    '## What happens next',
    '',
    '- Council member Ada Moreno said the first ferries would leave from the new terminal in 2028.',
    '1. Building work starts in the **spring** and should take about two years, the council said.',
    '',
    FENCE,
    'const note = "code inside a fence is never read as a sentence of the article";',
    FENCE,
    '~~~',
    'neither is this line of a tilde fence, however much it looks like prose to a reader',
    '~~~',
    '',
    '* * *',
    '',
    'The old fish market will stay open while the new terminal',
    'is built, traders were told on Wednesday.',
  ].join('\n');
  it('reads headings, drops rules and fenced code, and unwraps quotes, lists and emphasis', () => {
    const a = parseArticle('ferry.md', md);
    expect(a.title).toBe('Harbour Council Approves Ferry Terminal');
    expect(a.date).toBe('3 March 2026');
    expect(texts(a, 'heading')).toEqual(['What happens next']);
    expect(texts(a, 'body')).toEqual([
      "The harbour council approved a new ferry terminal on Tuesday, the mayor's office said.",
      'Council member Ada Moreno said the first ferries would leave from the new terminal in 2028.',
      'Building work starts in the spring and should take about two years, the council said.',
      'The old fish market will stay open while the new terminal is built, traders were told on Wednesday.',
    ]);
    expect(all(a)).not.toMatch(/code inside|tilde fence|---|\* \* \*|\*\*|^>/m);
  });
});

describe('datelines and tag lines', () => {
  const BODY = [
    'The harbour council approved a new ferry terminal on Tuesday, the mayor said.',
    '',
    'Council member Ada Moreno said the first ferries would leave from the new terminal in 2028.',
  ].join('\n');
  const withDateline = (line: string) =>
    parseArticle('ferry.txt', `Harbour Council Approves Ferry Terminal\n\n${line}\n\n${BODY}`);
  const withTags = (line: string) =>
    parseArticle('ferry.txt', `Harbour Council Approves Ferry Terminal\n\n${BODY}\n\n${line}`);

  it.each([
    ['14:05 GMT 3 March 2026', '3 March 2026'],
    ['3 March 2026', '3 March 2026'],
    ['Updated 14:05, 3 March 2026', '3 March 2026'],
  ])('"%s" is a dateline: the article is dated %s', (line, date) => {
    const a = withDateline(line);
    expect(a.date).toBe(date);
    expect(texts(a, 'dateline')).toEqual([line]);
  });

  it.each([
    'Harbour desk reporters writing on 3 March 2026 for us',
    `${'x'.repeat(70)} 3 March 2026`,
    '14:05',
  ])('"%s" is no dateline (too many other words, too long, or no date)', (line) => {
    const a = withDateline(line);
    expect(a.date).toBeUndefined();
    expect(texts(a, 'dateline')).toEqual([]);
  });

  it('a closing list of two or more short phrases is the tag line, whatever separates them', () => {
    expect(withTags('ferries, harbour, council').tags).toEqual(['ferries', 'harbour', 'council']);
    expect(withTags('ferries; harbour | council').tags).toEqual(['ferries', 'harbour', 'council']);
    expect(withTags('harbour council, ferries').tags).toEqual(['harbour council', 'ferries']);
  });

  it('one phrase, a phrase of five words or more, or a sentence is no tag line', () => {
    for (const line of ['ferries', 'ferries, the new harbour terminal building plan, council', 'ferries, harbour.']) {
      expect(withTags(line).tags, line).toEqual([]);
      expect(texts(withTags(line), 'tags'), line).toEqual([]);
    }
  });
});

describe('one line inside a body (web pages too)', () => {
  it.each([
    ['Share this article', undefined],
    ['Related: Chicago is the most segregated city', 'related'],
    ['© AP Photo / Jo Smith', 'credit'],
    ['14:05 GMT 3 March 2026', 'dateline'],
    ['The council approved the terminal.', 'body'],
    ['Ferries will leave from the terminal', 'body'],
    ['Ferries will leave the terminal', 'heading'],
    ['What happens next', 'heading'],
    ['In this photo dated Tuesday, Nov. 29, 2016 the rocket is installed on a launch pad.', 'caption'],
    ['In this Dec. 1, 2016 file photo, engineers inspect the craft.', 'caption'],
    ['In this image made from video, smoke rises over the launch pad.', 'caption'],
    ['In this case the photo was taken by a drone operator.', 'body'],
    // A compound on the picture word is the prose's own: "picture-perfect", "image-obsessed".
    ['In this picture-perfect village, residents have voted to close the high street to cars.', 'body'],
    ['In this image-obsessed age, teenagers post a photo of every meal they eat.', 'body'],
  ] as const)('"%s" is %s', (line, role) => {
    expect(roleOfBodyLine(line)).toBe(role);
  });

  it('a line of 25 words is prose even without a full stop; 24 words are not', () => {
    const line = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    expect(isProse(line(25))).toBe(true);
    expect(isProse(line(24))).toBe(false);
  });

  it('a dash between words is no word', () => {
    // Two words after the body are chrome; a dash does not make them a three-word headline.
    const a = parseArticle('ferry.txt', `${HEADLINE}\n\n${BODY_1}\n\n${BODY_2}\n\nFerries — Harbour`);
    expect(texts(a, 'related')).toEqual([]);
  });
});

const HEADLINE = 'Harbour Council Approves New Ferry Terminal';
const BODY_1 = 'The harbour council approved a new ferry terminal on Tuesday, the mayor said.';
const BODY_2 = 'Council member Ada Moreno said the first ferries would leave from the new terminal in 2028.';
const body = `${BODY_1}\n\n${BODY_2}`;
const roles = (a: Article) => a.sentences.map((s) => [s.role, s.text]);

describe('dates', () => {
  it('takes the date out of a dateline in any of its forms, or keeps the line', () => {
    expect(extractDate('Published March 3, 2026 at 14:05')).toBe('March 3, 2026');
    expect(extractDate('Updated 2026-03-03 14:05')).toBe('2026-03-03');
    expect(extractDate('14:05 GMT')).toBe('14:05 GMT');
  });

  it('a day and month with no year, as local sites print them, is the date, not the whole line', () => {
    // Two newcomers' pasted pages (sessions 46 and 47): the date was the raw line, or lost in the byline.
    expect(extractDate('Published 3 March, 06:15')).toBe('3 March');
    expect(extractDate('Posted March 3 at 06:15')).toBe('March 3');
    expect(extractDate('Published 3 March 2026, 06:15')).toBe('3 March 2026');
    const stamped = parseArticle('ferry.txt', `${HEADLINE}\n\nBy Ada Moreno\nPublished 11 March\n\n${body}`);
    expect(stamped.date).toBe('11 March');
    expect(texts(stamped, 'dateline')).toEqual(['Published 11 March']);
    expect(texts(stamped, 'credit')).toEqual(['By Ada Moreno']);
    const timed = parseArticle('ferry.txt', `${HEADLINE}\n\nPublished 3 March, 06:15\n\n${body}`);
    expect(timed.date).toBe('3 March');
    // A short line of the story that says a day is no dateline: it has words of its own.
    const told = parseArticle('ferry.txt', `${HEADLINE}\n\n${body}\n\nThe terminal opens on 3 March next year.`);
    expect(told.date).toBeUndefined();
  });

  it('unglues a time zone offset from the day after it, where no zone could be that far off', () => {
    expect(tidyDateline('14:31 GMT +320 October 2019')).toBe('14:31 GMT +3, 20 October 2019');
    expect(tidyDateline('08:00 UTC +1005 May 2021')).toBe('08:00 UTC +10, 05 May 2021');
    expect(tidyDateline('08:00 GMT -512 Dec 2021')).toBe('08:00 GMT -5, 12 Dec 2021');
    // A real offset, or no month after the digits: left as it is.
    expect(tidyDateline('Posted 08:00 GMT +12 October 2019')).toBe('Posted 08:00 GMT +12 October 2019');
    expect(tidyDateline('14:31 GMT +320 visitors')).toBe('14:31 GMT +320 visitors');
    const article = parseArticle('ferry.txt', `${HEADLINE}\n\n14:31 GMT +320 October 2019\n\n${body}`);
    expect(article.sentences.find((s) => s.role === 'dateline')?.text).toBe('14:31 GMT +3, 20 October 2019');
    expect(article.date).toBe('20 October 2019');
  });

  it('a dateline may hold two other words and be 80 characters long', () => {
    const dated = (line: string) => parseArticle('ferry.txt', `${HEADLINE}\n\n${line}\n\n${body}`).date;
    expect(dated('Harbour desk, 3 March 2026')).toBe('3 March 2026');
    expect(dated('| Harbour desk | 3 March 2026 |')).toBe('3 March 2026');
    const eighty = `Updated ${'0'.repeat(80 - 'Updated  3 March 2026'.length)} 3 March 2026`;
    expect(eighty).toHaveLength(80);
    expect(dated(eighty)).toBe('3 March 2026');
  });
});

describe('photo credits', () => {
  it('a credit line is at most 120 characters; a longer one is a caption', () => {
    const start = 'Photo: Jo Smith for the Harbour News picture desk, ';
    const credit = (n: number) => `${start}${'A'.repeat(n - start.length)}`;
    const at = (line: string) => parseArticle('ferry.txt', `${HEADLINE}\n\n${line}\n\n${body}`);
    expect(texts(at(credit(120)), 'credit')).toEqual([credit(120)]);
    expect(texts(at(credit(121)), 'credit')).toEqual([]);
    expect(texts(at(credit(121)), 'caption')).toEqual([credit(121)]);
  });

  it('a credit after the body is a credit, not a related headline', () => {
    const a = parseArticle('ferry.txt', `${HEADLINE}\n\n${body}\n\n© Reuters / Jo Smith`);
    expect(texts(a, 'credit')).toEqual(['© Reuters / Jo Smith']);
    expect(texts(a, 'related')).toEqual([]);
  });
});

describe('a line naming a picture agency', () => {
  const at = (prelude: string) => parseArticle('dollar.txt', `${prelude}\n\n${body}`);

  it('is the headline when the agency is part of its sentence ("Weak dollar hits Reuters")', () => {
    for (const headline of ['Weak dollar hits Reuters', 'Strike shuts AFP offices in Paris', 'Weak Dollar Hits Reuters']) {
      const a = at(headline);
      expect(a.title).toBe(headline);
      expect(texts(a, 'credit')).toEqual([]);
    }
  });

  it('is a credit when the agency opens it, or follows a separator, "via" or the photographer\'s name', () => {
    for (const credit of ['REUTERS/Kim Kyung-Hoon', 'Jane Doe / AFP via Getty Images', 'Jo Smith/Reuters', 'Jo Smith Reuters']) {
      const a = at(`${HEADLINE}\n\n${credit}`);
      expect(a.title).toBe(HEADLINE);
      expect(texts(a, 'credit')).toEqual([credit]);
    }
  });
});

describe('the title', () => {
  const titleOf = (prelude: string, file = 'ferry.txt') => parseArticle(file, `${prelude}\n\n${body}`).title;

  it('is the first of two lines that read equally like headlines', () => {
    expect(titleOf(`${HEADLINE}\n\nFerries To Leave From The New Terminal`)).toBe(HEADLINE);
  });

  it('is never a photo credit, a dateline or a sentence above it', () => {
    expect(titleOf('© Reuters Photo Agency\n\nFerry terminal approved by the harbour council')).toBe(
      'Ferry terminal approved by the harbour council',
    );
    expect(titleOf('Tuesday 3 March 2026\n\nFerry terminal approved by the harbour council')).toBe(
      'Ferry terminal approved by the harbour council',
    );
  });

  it('may be made of short words only', () => {
    expect(titleOf('Oil up 5%')).toBe('Oil up 5%');
  });

  it('is a headline of up to 16 words; a longer Title Case line reads as a list, not the headline', () => {
    const long = (n: number) => Array.from({ length: n }, (_, i) => `Name${String.fromCharCode(97 + i)}`).join(' ');
    expect(titleOf(`${long(17)}\n\n${HEADLINE}`)).toBe(HEADLINE);
    expect(titleOf(`${long(16)}\n\n${HEADLINE}`)).toBe(long(16));
  });

  it('in Markdown is the H1, even below a line that reads more like a headline, and even as a sentence', () => {
    expect(titleOf('Harbour News Today\n\n# Ferry terminal approved', 'ferry.md')).toBe('Ferry terminal approved');
    expect(titleOf('# The harbour council has approved a new ferry terminal at last.', 'ferry.md')).toBe(
      'The harbour council has approved a new ferry terminal at last.',
    );
  });

  it('is found on a page with no body at all, with its date', () => {
    const a = parseArticle('ferry.txt', `${HEADLINE}\n\n3 March 2026\n`);
    expect(a.title).toBe(HEADLINE);
    expect(a.date).toBe('3 March 2026');
    expect(texts(a, 'related')).toEqual([]);
  });
});

describe('lines above and after the body', () => {
  it('a line of six words above the body is the caption; shorter leftovers are navigation', () => {
    const a = parseArticle('ferry.txt', `${HEADLINE}\n\nHome World Harbour Ferries\n\nAda Moreno at the new terminal\n\n${body}`);
    expect(texts(a, 'caption')).toEqual(['Ada Moreno at the new terminal']);
    expect(all(a)).not.toContain('Home World');
  });

  it('a sentence of seven words above the body is its caption; eight words start the body', () => {
    const seven = 'Ada Moreno at the terminal on Tuesday.';
    const eight = 'Ada Moreno at the new terminal on Tuesday.';
    expect(roles(parseArticle('ferry.txt', `${HEADLINE}\n\n${seven}\n\n${body}`))).toContainEqual(['caption', seven]);
    expect(roles(parseArticle('ferry.txt', `${HEADLINE}\n\n${eight}\n\n${body}`))).toContainEqual(['body', eight]);
  });

  it('a short closing sentence after the body is the story, and the headlines after it are not', () => {
    const close = '"We are overjoyed," said Ada Moreno.';
    const a = parseArticle('ferry.txt', `${HEADLINE}\n\n${body}\n\n${close}\n\nBridge Reopens Today\n\nIs This The End Of The Ferry?`);
    expect(texts(a, 'body')).toContain(close);
    expect(texts(a, 'related')).toEqual(['Bridge Reopens Today', 'Is This The End Of The Ferry?']);
    // A Markdown list after a line that introduces it, and a closing quote, are the story too.
    const md = parseArticle('ferry.md', `# ${HEADLINE}\n\n${body}\n\nTickets for the new ferry:\n\n- cost 4 pounds each.\n- go on sale in May.\n\n> ${close}\n`);
    expect(texts(md, 'body')).toEqual(expect.arrayContaining(['cost 4 pounds each.', 'go on sale in May.', close]));
    expect(texts(md, 'related')).toEqual([]);
  });

  it('after the body, three words make a related headline, two are chrome', () => {
    const a = parseArticle('ferry.txt', `${HEADLINE}\n\n${body}\n\nBridge Reopens Today\n\nMore Ferries`);
    expect(texts(a, 'related')).toEqual(['Bridge Reopens Today']);
  });
});

describe('tag lines, item by item', () => {
  const tags = (line: string) => parseArticle('ferry.txt', `${HEADLINE}\n\n${body}\n\n${line}`).tags;

  it('takes items of up to four words, separated with or without spaces, a trailing separator aside', () => {
    expect(tags('harbour council ferry plan, ferries')).toEqual(['harbour council ferry plan', 'ferries']);
    expect(tags('ferries,harbour,council')).toEqual(['ferries', 'harbour', 'council']);
    expect(tags('ferries, harbour, council,')).toEqual(['ferries', 'harbour', 'council']);
  });
});

describe('wrapped lines', () => {
  const bodyOf = (text: string, file = 'ferry.txt') => texts(parseArticle(file, `${HEADLINE}\n\n${text}`), 'body');

  it('joins a wrapped line of six words or more, not a shorter one, and never across a blank line', () => {
    expect(bodyOf('The harbour council said on Tuesday\nthat the ferries would leave in 2028.')).toEqual([
      'The harbour council said on Tuesday that the ferries would leave in 2028.',
    ]);
    expect(bodyOf(`The harbour council said\nthat the ferries would leave from the new terminal in 2028.`)).toEqual([
      'that the ferries would leave from the new terminal in 2028.',
    ]);
  });

  it('joins a sentence the page broke over paragraphs at an italic word or a link', () => {
    const a = parseArticle(
      'ferry.txt',
      `${HEADLINE}\n\n${body}\n\nThe minister said the council\n\ndid\n\nask for more ferries, and the harbour board\n\nagreed.`,
    );
    expect(a.sentences.map((s) => s.text)).toContain(
      'The minister said the council did ask for more ferries, and the harbour board agreed.',
    );
  });

  it('keeps a sub-heading without a full stop apart from the paragraph under it', () => {
    const a = parseArticle('ferry.txt', `${HEADLINE}\n\n${body}\n\nWhat happens next\n\nThe ferries start in May.`);
    expect(a.sentences.map((s) => s.text)).toContain('What happens next');
  });

  it('never joins a caption without a full stop with the paragraph under it', () => {
    const a = parseArticle(
      'ferry.txt',
      `${HEADLINE}\n\nAda Moreno at the new ferry terminal on Tuesday\n\nthe first ferries would leave from the new terminal in 2028, she said.`,
    );
    expect(roles(a)).toEqual([
      ['title', HEADLINE],
      ['caption', 'Ada Moreno at the new ferry terminal on Tuesday'],
      ['body', 'the first ferries would leave from the new terminal in 2028, she said.'],
    ]);
  });

  it('does not join a line that reads as Title Case (60 % of its long words capitalised)', () => {
    // Five long words, three capitalised: a headline, not the start of a wrapped sentence.
    const a = parseArticle(
      'ferry.txt',
      `Ferry Terminal Opens by the harbour market\nin the spring of 2028, the council said.\n\n${body}`,
    );
    expect(a.title).toBe('Ferry Terminal Opens by the harbour market');
  });

  it('counts a hyphenated name in lower case as a lower-case word', () => {
    expect(bodyOf('Supporters of the pro-Kremlin United Russia party and anti-NATO\ngroups marched through the city on Sunday, police said.')).toEqual([
      'Supporters of the pro-Kremlin United Russia party and anti-NATO groups marched through the city on Sunday, police said.',
    ]);
  });

  it('never joins a Markdown heading with the line under it', () => {
    const a = parseArticle('ferry.md', `# ${HEADLINE}\n\n${BODY_1}\n\n## What the council decided about the ferries\nthe first ferries leave from the new terminal in 2028, the mayor said.`);
    expect(texts(a, 'heading')).toEqual(['What the council decided about the ferries']);
    expect(texts(a, 'body')).toContain('the first ferries leave from the new terminal in 2028, the mayor said.');
  });
});

describe('Markdown syntax, line by line', () => {
  const md = (text: string) => parseArticle('ferry.md', `# ${HEADLINE}\n\n${text}\n\n${body}`);

  it('reads "#" inside a sentence as text, not as a heading', () => {
    const line = 'Jobs for C# and F# developers in the harbour town rose by a third in 2026.';
    expect(texts(md(line), 'body')).toContain(line);
  });

  it('unwraps nested and unspaced quotes and long numbered lists, and leaves numbers inside sentences', () => {
    const a = md(
      [
        '> > The mayor said the ferries would be cheaper than the bridge toll.',
        '>The council said building work would start in the spring.',
        '10. The terminal opens in 2028. Ferries will then leave every hour.',
        'Prices rose by > 5 % after the terminal was announced, traders said.',
        'The bridge closes in 2027. Ferries will replace it, the council said.',
      ].join('\n\n'),
    );
    expect(texts(a, 'body')).toEqual(
      expect.arrayContaining([
        'The mayor said the ferries would be cheaper than the bridge toll.',
        'The council said building work would start in the spring.',
        'The terminal opens in 2028.',
        'Ferries will then leave every hour.',
        'Prices rose by > 5 % after the terminal was announced, traders said.',
        'The bridge closes in 2027.',
      ]),
    );
  });

  it('keeps a section heading that reads like page furniture, and one of six words or more, as a heading', () => {
    const a = md(`## Photos\n\n${BODY_1}\n\n## What the council decided about the ferries\n\n${BODY_2}`);
    expect(texts(a, 'heading')).toEqual(['Photos', 'What the council decided about the ferries']);
  });

  it('reads a fence only at the start of a line', () => {
    const line = 'Developers wrote ``` around the code in the ferry timetable app, the council said.';
    expect(texts(md(line), 'body')).toContain(line);
  });
});

describe("the paper's name printed alone by the headline", () => {
  const HEAD = 'Community cinema reopens after five-year closure';
  const BODY = 'The Regal cinema in Ellbrook reopened on Saturday after volunteers raised £90,000 to repair its roof.';
  const story = (...top: string[]) => parseArticle('cinema.txt', [...top, BODY].join('\n\n'));

  it.each(['Ellbrook Gazette', 'Thornbury Vale Echo', 'Marlow Bridge Courier'])(
    'under the headline, "%s" is the site and the headline the title, not a caption',
    (paper) => {
      for (const a of [story(HEAD, paper), parseArticle('c.txt', `${HEAD}\n${paper}\n\n${BODY}`)]) {
        expect(a.title).toBe(HEAD);
        expect(a.meta?.siteName).toBe(paper);
        expect(texts(a, 'caption')).toEqual([]);
        // The paper's name is no sentence of the story.
        expect(all(a)).not.toContain(paper);
      }
    },
  );

  it('above the headline, as a page\'s first line ("BBC News"), it is the site too', () => {
    const a = story('BBC News', HEAD);
    expect(a.title).toBe(HEAD);
    expect(a.meta?.siteName).toBe('BBC News');
    expect(texts(a, 'caption')).toEqual([]);
  });

  it('of a Title Case headline ending on a paper\'s noun and the paper under it, the line under is the paper', () => {
    const a = story('Town Sets New Record', 'Ellbrook Gazette');
    expect(a.title).toBe('Town Sets New Record');
    expect(a.meta?.siteName).toBe('Ellbrook Gazette');
  });

  it.each(['Cinema Sets Attendance Record', 'Cinema Plans Under Review', 'Cinema Booking Times'])(
    'a Title Case headline "%s" ending on a paper\'s noun, a summary under it, is the title, no paper',
    (head) => {
      const summary = 'Volunteers say the changes will fill the seats';
      const a = parseArticle('c.txt', `${head}\n${summary}\nBy Jo Pascoe\n\n${BODY}`);
      expect(a.title).toBe(head);
      expect(a.meta?.siteName).toBeUndefined();
    },
  );

  it("a section's label above the headline is no paper; a dated paper's line under it is", () => {
    const label = story('Local News', HEAD);
    expect(label.title).toBe(HEAD);
    expect(label.meta?.siteName).toBeUndefined();
    const dated = parseArticle('d.txt', `Coastal News\n${HEAD}\nEllbrook Gazette, 9 April 2026\n\n${BODY}`);
    expect(dated.title).toBe(HEAD);
    expect(dated.meta?.siteName).toBe('Ellbrook Gazette');
    const both = parseArticle('b.txt', `Thornbury Vale Echo\n${HEAD}\nEllbrook Gazette, 9 April 2026\n\n${BODY}`);
    expect(both.meta?.siteName).toBe('Ellbrook Gazette');
  });

  it('a short line with no paper\'s noun, a byline\'s paper and the front matter\'s title are read as before', () => {
    expect(story(HEAD, 'Cinema Revival').meta?.siteName).toBeUndefined();
    const bylined = story(HEAD, 'By Jo Pascoe', 'Ellbrook Gazette');
    expect(bylined.title).toBe(HEAD);
    expect(texts(bylined, 'credit')).toEqual(['By Jo Pascoe, Ellbrook Gazette']);
    const titled = parseArticle('t.txt', `---\ntitle: Regal reopens\n---\n${HEAD}\n\nEllbrook Gazette\n\n${BODY}`);
    expect(titled.title).toBe('Regal reopens');
    expect(titled.meta?.siteName).toBe('Ellbrook Gazette');
    expect(texts(titled, 'heading')).toEqual([HEAD]);
    const sited = parseArticle('s.txt', `---\nsite: Valley Herald\n---\n${HEAD}\n\nEllbrook Gazette\n\n${BODY}`);
    expect(sited.meta?.siteName).toBe('Valley Herald');
    expect(sited.title).toBe(HEAD);
  });
});

describe('a link to another story inside the body, under a label on its own line', () => {
  const story = (...middle: string[]) =>
    parseArticle(
      'page.txt',
      [
        'Harbour ferry fares to rise by a fifth',
        'Ferry fares between Portcullen and the islands will rise by 20% from April, the operator said.',
        ...middle,
        'The company blamed the cost of fuel and a new crew rota for the increase.',
      ].join('\n'),
    );

  it('"Read More" then a headline: the headline is another story\'s, no sentence of this one', () => {
    const a = story('ADVERTISEMENT', 'Read More', 'Portcullen pensioner celebrates 100th birthday with surprise party');
    expect(texts(a, 'related')).toEqual(['Portcullen pensioner celebrates 100th birthday with surprise party']);
    expect(texts(a, 'body')).not.toContain('Portcullen pensioner celebrates 100th birthday with surprise party');
  });

  it('a sentence of the story after such a label stays the story\'s', () => {
    const line = 'Islanders said the rise would hit families who travel to the mainland for work.';
    expect(texts(story('See also', line), 'body')).toContain(line);
  });
});
