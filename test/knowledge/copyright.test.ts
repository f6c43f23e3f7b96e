import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { cleanArticle } from '../../src/knowledge/clean.js';
import { readCopyrightOwner } from '../../src/knowledge/copyright.js';

describe('readCopyrightOwner: the owner a copyright notice names', () => {
  it.each([
    ['© Pellbury Gazette 2026', 'Pellbury Gazette'],
    ['Copyright 2026 Westbury Courier. All rights reserved.', 'Westbury Courier'],
    // A masthead prints no legal form: the paper is "The Herald".
    ['(c) 2025 The Herald Ltd', 'The Herald'],
    ['Copyright © 2019-2026 Guardian News & Media Limited', 'Guardian News & Media'],
    ['© The Coastal Courier. All rights reserved.', 'The Coastal Courier'],
    ['©2026 Harbour Gazette, Inc.', 'Harbour Gazette'],
    // The notice is the small print's first sentence; a short abbreviation ends none.
    ['© 2026 St. Albans Review. Registered in England No. 1234.', 'St. Albans Review'],
  ])('%s → %s', (line, owner) => {
    expect(readCopyrightOwner(line)).toBe(owner);
  });

  it.each([
    // A photographer's credit: no year, no "All rights reserved", and a person.
    '© John Smith',
    '© Ada Brennan 2026',
    // A map's attribution names no publication.
    '© OpenStreetMap contributors',
    '© 2026 OpenStreetMap contributors',
    // An agency's credit under a photo has the symbol and the name only.
    '© Reuters',
    '© AP Photo / Mikhail Metzel',
    'Copyright 2026',
    'The paper holds the copyright to the photos.',
  ])('%s names no publication', (line) => {
    expect(readCopyrightOwner(line)).toBeUndefined();
  });
});

describe("the cleaner reads a notice only at the page's foot", () => {
  const story = [
    'Harbour wall to be rebuilt',
    '',
    'The harbour wall at Westbury will be rebuilt next spring after storms washed part of it away in March.',
    '',
    'The council said the work would take about four months and cost £1.2m.',
  ];

  it('after the story: the owner, as no sentence, and the site of the page', () => {
    const text = [...story, '', 'Related stories', 'Copyright 2026 Westbury Courier. All rights reserved.'].join('\n');
    expect(cleanArticle(text, { markdown: false }).at(-1)).toEqual({ role: 'copyright', text: 'Westbury Courier' });
    const article = parseArticle('wall.txt', text);
    expect(article.meta?.siteName).toBe('Westbury Courier');
    expect(article.sentences.map((s) => s.role)).not.toContain('copyright');
  });

  it("a notice with the publisher's small print after it is the foot, not the story's last sentence", () => {
    const small =
      'Copyright © 2026 Westbury Courier Media Group, Inc. Reproduction of material from any of our pages without written permission is strictly prohibited.';
    const article = parseArticle('wall.txt', [...story, '', small].join('\n'));
    expect(article.meta?.siteName).toBe('Westbury Courier Media Group');
    expect(article.sentences.map((s) => s.text).join('\n')).not.toContain('prohibited');
  });

  it('the last notice of the foot is the page’s', () => {
    const text = [...story, '', '© 2024 Holm Island Post', 'More news', '© Westbury Courier 2026'].join('\n');
    expect(parseArticle('wall.txt', text).meta?.siteName).toBe('Westbury Courier');
  });

  it('above the story, "©" and a year is a credit, not the site', () => {
    const text = [story[0], '© Westbury Courier 2026', ...story.slice(1)].join('\n');
    const article = parseArticle('wall.txt', text);
    expect(article.meta?.siteName).toBeUndefined();
    expect(article.sentences.find((s) => s.role === 'credit')?.text).toBe('© Westbury Courier 2026');
  });

  it('a site the front matter names wins over the footer', () => {
    const text = ['---', 'site: The Bay Gazette', '---', ...story, '', '© Westbury Courier 2026'].join('\n');
    expect(parseArticle('wall.txt', text).meta?.siteName).toBe('The Bay Gazette');
  });
});
