/**
 * Questions readers ask about a web page itself ("which paper is this in?", "when was this review
 * published?"), over small saved pages that declare their site in different ways: Open Graph, JSON-LD
 * (the publisher given by reference, as WordPress plugins write it), an application name, or nothing
 * but the page's address.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../src/format/text.js';
import { statusMessage } from '../../src/format/messages.js';
import { placeInArticle } from '../../src/format/citation.js';
import { parseWebArticle } from '../../src/knowledge/web-page.js';
import type { Article } from '../../src/knowledge/types.js';
import { Engine } from '../../src/qa/engine.js';
import type { Answer } from '../../src/qa/types.js';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'web', name), 'utf8');

function pageEngine(file: string, html: string): Engine {
  const article = parseWebArticle(file, html);
  if (article === undefined) throw new Error(`${file}: no article`);
  return new Engine([article as Article]);
}

/** The first passage's text and the part of the page it is cited as. */
function said(answer: Answer): { text: string | undefined; cited: string | undefined } {
  const best = answer.passages[0];
  return { text: best?.text, cited: best === undefined ? undefined : placeInArticle(best) };
}

describe('a review that names its site in Open Graph', () => {
  const engine = pageEngine('lantern.html', fixture('review-og.html'));

  it.each([
    'which newspaper is this review in?',
    'what site is this from',
    'which publication published this?',
    'what paper is it in',
  ])('"%s" → the site name, cited as such', (question) => {
    const answer = engine.ask(question);
    expect(answer).toMatchObject({ answered: true, page: 'site' });
    expect(said(answer)).toEqual({ text: 'The Coastal Courier', cited: 'site name (page metadata)' });
  });

  it('"when was this review published?" is the page\'s publication time, not a search of the review', () => {
    const answer = engine.ask('when was this review published?');
    expect(answer.page).toBe('published');
    expect(said(answer)).toEqual({ text: '2026-05-02T08:15:00Z', cited: 'published (page metadata)' });
    expect(engine.ask('when was this piece posted').page).toBe('published');
  });

  it('"who reported this story?" is the reporter; "who wrote this review?" the byline', () => {
    expect(said(engine.ask('who reported this story?'))).toEqual({ text: 'Ines Okafor', cited: 'byline' });
    expect(said(engine.ask('who wrote this review?'))).toEqual({ text: 'Ines Okafor', cited: 'byline' });
  });

  it('the printed "By …" line is not taken for a photo credit', () => {
    const answer = engine.ask('who took the photo?');
    expect(answer.passages).toEqual([]);
    expect(statusMessage(answer)).toBe('The page gives no photo credit.');
  });

  it('"the review" may be one the story is about: it is searched, not answered from the page', () => {
    expect(engine.ask('when was the review published?').page).toBeUndefined();
  });
});

describe('a column whose JSON-LD names the publisher by reference', () => {
  const html = fixture('column-jsonld.html');

  it('"which newspaper is this column in?" → the publisher the article points to', () => {
    const answer = pageEngine('buses.html', html).ask('which newspaper is this column in?');
    expect(said(answer)).toEqual({ text: 'The Valley Ledger', cited: 'site name (page metadata)' });
  });

  it("without the publisher, the WebSite node's name", () => {
    const noPublisher = html.replace(/,\s*"publisher": \{[^}]*\}/, '');
    const answer = pageEngine('buses.html', noPublisher).ask('what website is this column from?');
    expect(said(answer).text).toBe('Valley Ledger Online');
  });

  it('the author and the date come from the JSON-LD too', () => {
    const engine = pageEngine('buses.html', html);
    expect(said(engine.ask('who wrote this column?')).text).toBe('Harriet Mbeki');
    expect(said(engine.ask('when was this column published?')).text).toBe('2026-09-18T19:00:00+01:00');
  });
});

describe('a page that names no site', () => {
  const html = fixture('notice-plain.html');

  it("its application name stands in for the site's name", () => {
    const named = html.replace(
      '<title>',
      '<meta name="application-name" content="Town Notes" />\n    <title>',
    );
    expect(said(pageEngine('library.html', named).ask('which site is this from?'))).toEqual({
      text: 'Town Notes',
      cited: 'site name (page metadata)',
    });
  });

  it('with neither, the host of its address, shown as a domain and cited as the address', () => {
    const engine = pageEngine('library.html', html);
    const answer = engine.ask('which website published this article?');
    expect(said(answer)).toEqual({ text: 'townnotes.example', cited: 'web address (page metadata)' });
    // Nothing else names who reported it: the address is what the page can tell.
    expect(said(engine.ask('who reported this story?')).text).toBe('townnotes.example');
  });

  it('no author and no date: the reply says the page does not say, and searches nothing', () => {
    const engine = pageEngine('library.html', html);
    const author = engine.ask('who wrote this?');
    expect(author).toMatchObject({ answered: false, page: 'author', passages: [] });
    expect(formatAnswer(author)).toBe('The page names no author.');
    expect(statusMessage(engine.ask('when was this article published?'))).toBe(
      'The page gives no publication date.',
    );
  });

  it('a page without an address either says it names no site', () => {
    const engine = pageEngine('library.html', html.replace(/<link rel="canonical"[^>]*>/, ''));
    expect(statusMessage(engine.ask('which newspaper is this in?'))).toBe(
      'The page does not name its site or publication.',
    );
  });
});
