import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { readFrontMatter } from '../../src/knowledge/front-matter.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bylines/${name}`, import.meta.url), 'utf8');
const story = 'The harbour ferry carried its first passengers in a year on Thursday morning, after repairs.\n';
const front = (lines: string) => `---\n${lines}\n---\n${story}`;

describe('front matter: every key the README names', () => {
  it.each([
    ['title: Harbour ferry returns', { title: 'Harbour ferry returns' }],
    ['headline: Harbour ferry returns', { title: 'Harbour ferry returns' }],
    ['source: https://example.org/ferry', { meta: { url: 'https://example.org/ferry' } }],
    ['url: https://example.org/ferry', { meta: { url: 'https://example.org/ferry' } }],
    ['link: https://example.org/ferry', { meta: { url: 'https://example.org/ferry' } }],
    ['author: Lena Fischer', { meta: { byline: 'Lena Fischer' } }],
    ['author: By Lena Fischer', { meta: { byline: 'Lena Fischer' } }],
    ['authors: [Lena Fischer, Tom Hale]', { meta: { byline: 'Lena Fischer, Tom Hale' } }],
    ['byline: Lena Fischer', { meta: { byline: 'Lena Fischer' } }],
    ['site: The Bay Gazette', { meta: { siteName: 'The Bay Gazette' } }],
    ['site_name: The Bay Gazette', { meta: { siteName: 'The Bay Gazette' } }],
    ['publisher: The Bay Gazette', { meta: { siteName: 'The Bay Gazette' } }],
    ['published: 2025-04-03', { meta: { publishedTime: '2025-04-03' } }],
    ['date: 2025-04-03', { meta: { publishedTime: '2025-04-03' } }],
  ])('%s', (line, expected) => {
    const { text, ...read } = readFrontMatter(front(line));
    expect(read).toEqual({ meta: {}, ...expected });
    expect(text).toBe(story);
  });

  it('a title that is not text, or is empty, is no title', () => {
    expect(readFrontMatter(front('title: [a, b]')).title).toBeUndefined();
    expect(readFrontMatter(front('title: ""')).title).toBeUndefined();
    expect(readFrontMatter(front('title: 1984')).title).toBe('1984');
  });
});

describe('front matter title: the headline', () => {
  it('is the article\'s title and its headline sentence, not the file name', () => {
    const article = parseArticle('harbour-title.md', fixture('harbour-title.md'));
    expect(article.title).toBe('Harbour ferry returns after a year of repairs');
    expect(article.sentences[0]).toMatchObject({ role: 'title', text: 'Harbour ferry returns after a year of repairs' });
    expect(article.meta).toEqual({
      byline: 'Lena Fischer',
      siteName: 'The Bay Gazette',
      publishedTime: '2025-04-03',
      url: 'https://example.org/bay/ferry-returns',
    });
    expect(article.date).toBe('3 April 2025');
  });

  it('the same headline printed in the text is kept once', () => {
    const article = parseArticle('a.md', `---\ntitle: Harbour ferry returns\n---\n# Harbour ferry returns\n\n${story}`);
    expect(article.sentences.filter((s) => s.role === 'title').map((s) => s.text)).toEqual(['Harbour ferry returns']);
  });

  it('another line the cleaner took for a headline is a sub-heading under it', () => {
    const article = parseArticle('a.md', `---\ntitle: Harbour ferry returns\n---\n# Back on the water\n\n${story}`);
    expect(article.title).toBe('Harbour ferry returns');
    expect(article.sentences.filter((s) => s.role === 'heading').map((s) => s.text)).toEqual(['Back on the water']);
  });
});
