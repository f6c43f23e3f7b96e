import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { altCaption, splitCaptionCredit } from '../../src/knowledge/caption.js';
import type { Article, Role } from '../../src/knowledge/types.js';
import { parseWebArticle } from '../../src/knowledge/web-page.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bylines/${name}`, import.meta.url), 'utf8');
const texts = (a: Article, role: Role) => a.sentences.filter((s) => s.role === role).map((s) => s.text);

describe('splitCaptionCredit: the credit printed at the end of a caption', () => {
  it.each([
    ['Workers repair the line on Monday. Photo: Jonas Weber', 'Workers repair the line on Monday.', 'Photo: Jonas Weber'],
    ['Workers repair the line. Photograph: Jonas Weber/Valley Post', 'Workers repair the line.', 'Photograph: Jonas Weber/Valley Post'],
    ['Workers repair the line. Credit: Jonas Weber', 'Workers repair the line.', 'Credit: Jonas Weber'],
    ['Workers repair the line on Monday (Photo: Jonas Weber)', 'Workers repair the line on Monday', 'Photo: Jonas Weber'],
    ['Workers repair the line on Monday. © Jonas Weber', 'Workers repair the line on Monday.', '© Jonas Weber'],
    ['Workers repair the line — Photo by Jonas Weber', 'Workers repair the line', 'Photo by Jonas Weber'],
    ['Workers repair the line on Monday Photo: Jonas Weber', 'Workers repair the line on Monday', 'Photo: Jonas Weber'],
    ['Photo: Jonas Weber', '', 'Photo: Jonas Weber'],
    // Names compromise does not know as names, and a credit that is no name, stay credits.
    ['Photo: Getty Images', '', 'Photo: Getty Images'],
    ['Photo: Courtesy of the family', '', 'Photo: Courtesy of the family'],
  ])('%s', (text, caption, credit) => {
    expect(splitCaptionCredit(text)).toEqual({ caption, credit });
  });

  it.each([
    'Workers repair the line on Monday.',
    'The image by the artist shows a tree', // "image by" inside the caption's own sentence
    'A photo: the flood of 2010 as the town saw it.', // no name after the label
    'The emblem (Photo: Mikhail Metzel) hangs on the wall', // not at the end
    'Mr Smith (pictured) was there',
    'Photo: Jonas Weber. He took it from the bridge as the water rose over the road.', // the caption goes on
    'Photos: Inside the New Stadium', // a gallery's heading: a phrase, not whose photos they are
  ])('no credit in: %s', (text) => {
    expect(splitCaptionCredit(text)).toEqual({ caption: text });
  });
});

describe('altCaption: a Markdown image\'s alt text', () => {
  it('is the caption when it describes the picture', () => {
    expect(altCaption('The winning loaf')).toBe('The winning loaf');
    expect(altCaption('  Ruth   Glass at her oven ')).toBe('Ruth Glass at her oven');
  });

  it.each(['', 'loaf', 'loaf.jpg', 'IMG_2041.JPG', 'photo', 'Hero image', 'image 2', 'dsc_0042', 'main photo'])(
    'is no caption: "%s"',
    (alt) => {
      expect(altCaption(alt)).toBeUndefined();
    },
  );
});

describe('captions and credits in articles', () => {
  it('a figcaption\'s trailing "Photo: …" is the credit, the rest the caption', () => {
    const article = parseWebArticle('power-line.html', fixture('power-line.html'));
    expect(article && texts(article, 'caption')).toEqual(['Workers repair the line on Monday.']);
    expect(article && texts(article, 'credit')).toEqual(['Photo: Jonas Weber']);
  });

  it('a text file\'s caption line with "(Photo: …)" is split the same way', () => {
    const article = parseArticle('storm.txt', fixture('storm-caption.txt'));
    expect(article.title).toBe('Storm leaves valley without power');
    expect(texts(article, 'caption')).toEqual(['Workers repair the main line near Oberdorf on Monday']);
    expect(texts(article, 'credit')).toEqual(['Photo: Jonas Weber']);
  });

  it('a Markdown image\'s alt text is the caption; a file name is not', () => {
    expect(texts(parseArticle('bread.md', fixture('bread.md')), 'caption')).toEqual(['The winning loaf']);
    const named = fixture('bread.md').replace('![The winning loaf](loaf.jpg)', '![IMG_2041.jpg](loaf.jpg)');
    const article = parseArticle('bread.md', named);
    expect(texts(article, 'caption')).toEqual([]);
    expect(article.sentences.map((s) => s.text).join(' ')).not.toContain('IMG_2041');
  });

  it('an italic line under an image is its caption (with its credit), in place of the alt text', () => {
    const raw = [
      '# Storm leaves valley without power',
      '',
      'A storm brought down power lines across the upper valley on Sunday night, leaving homes dark.',
      '',
      '![Repairs near Oberdorf](line.jpg)',
      '*Workers repair the line on Monday. Photo: Jonas Weber*',
      '',
      'Crews from the regional grid worked through the day to repair the main line, the operator said.',
    ].join('\n');
    const article = parseArticle('storm.md', raw);
    expect(texts(article, 'caption')).toEqual(['Workers repair the line on Monday.']);
    expect(texts(article, 'credit')).toEqual(['Photo: Jonas Weber']);
    expect(texts(article, 'body')).toHaveLength(2);
  });

  it('an italic line after a heading that follows an image is not its caption', () => {
    const raw = [
      '# Storm leaves valley without power',
      '',
      '![IMG_2041.jpg](line.jpg)',
      '',
      '## Repairs',
      '',
      '*Crews from the regional grid worked through the day to repair the main line, the operator said.*',
    ].join('\n');
    const article = parseArticle('storm.md', raw);
    expect(texts(article, 'caption')).toEqual([]);
    expect(texts(article, 'body')).toHaveLength(1);
  });

  it('an image in the middle of the story gives a caption, and the story goes on', () => {
    const raw = [
      '# Village baker wins national bread prize',
      '',
      'A baker from the village of Hartley has won the national bread prize with a sourdough loaf.',
      '',
      '![Ruth Glass at her oven](oven.jpg "The baker")',
      '',
      'Judges praised the loaf\'s crust and its sour, nutty taste among more than 300 entries.',
    ].join('\n');
    const article = parseArticle('bread.md', raw);
    expect(texts(article, 'caption')).toEqual(['Ruth Glass at her oven']);
    expect(texts(article, 'body')).toHaveLength(2);
  });
});
