/**
 * Questions a reader asks about an article someone wrote as a text or Markdown file, or saved as a
 * page: "who wrote this?", "what's the headline?", "who took the photo?", "what does the photo
 * show?". The articles (test/fixtures/bylines, invented stories) print their byline under the
 * headline in several ways, state a title in front matter, or put a photo credit inside the caption.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeInArticle } from '../../src/format/citation.js';
import { formatAnswer } from '../../src/format/text.js';
import { parseArticle } from '../../src/knowledge/article.js';
import type { Article } from '../../src/knowledge/types.js';
import { parseWebArticle } from '../../src/knowledge/web-page.js';
import { Engine } from '../../src/qa/engine.js';
import type { Answer } from '../../src/qa/types.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/bylines/${name}`, import.meta.url), 'utf8');

function engineFor(file: string): Engine {
  const article = file.endsWith('.html')
    ? parseWebArticle(file, fixture(file))
    : parseArticle(file, fixture(file));
  return new Engine([article as Article]);
}

/** The words the reply highlights as the answer, the passage they stand in and where the citation places it. */
function said(answer: Answer) {
  const best = answer.passages[0];
  const mark = best?.highlights.find((h) => h.kind === 'answer');
  return {
    answered: answer.answered,
    short: mark === undefined ? undefined : best?.text.slice(mark.start, mark.end),
    text: best?.text,
    cited: best === undefined ? undefined : placeInArticle(best),
  };
}

const HEADLINE = 'Marine biologist finds heat-resistant coral off Kenya';

describe.each(['coral.txt', 'coral-front-matter.txt', 'coral-source-line.txt', 'coral-correspondent.txt'])(
  'a story with its byline under the headline (%s)',
  (file) => {
    const engine = engineFor(file);

    it('"who wrote this?" → Daniel Okoye, from the byline', () => {
      expect(said(engine.ask('who wrote this?'))).toMatchObject({
        answered: true,
        text: 'Daniel Okoye',
        cited: 'byline',
      });
      expect(said(engine.ask("who's the author of this article"))).toMatchObject({ text: 'Daniel Okoye' });
    });

    it('"what\'s the headline" → the first line, and every citation names it', () => {
      const answer = engine.ask("what's the headline");
      expect(said(answer)).toMatchObject({ answered: true, text: HEADLINE, cited: 'headline' });
      const reply = formatAnswer(engine.ask('where was the coral found?'));
      expect(reply).toContain(`— ${HEADLINE}`);
      expect(reply).not.toContain('— By Daniel Okoye');
      expect(reply).not.toContain('— Daniel Okoye');
    });

    it('the byline is neither a photo credit nor a caption', () => {
      expect(engine.ask('who took the photo?').answered).toBe(false);
      expect(engine.ask('what does the photo show?').answered).toBe(false);
    });
  },
);

describe('a Title Case headline opening with "By" and a gallery heading opening with "Photos:" (stadium.txt)', () => {
  const engine = engineFor('stadium.txt');

  it('"what\'s the headline" → the "By Royal Decree, …" line, which is no byline', () => {
    expect(said(engine.ask("what's the headline"))).toMatchObject({
      answered: true,
      text: 'By Royal Decree, Stadium Opens Its Doors',
      cited: 'headline',
    });
    expect(formatAnswer(engine.ask('who wrote this?'))).toBe('The page names no author.');
  });

  it('"who took the photo?" → the credit\'s name, not "Inside the New Stadium"', () => {
    expect(said(engine.ask('who took the photo?'))).toMatchObject({
      answered: true,
      short: 'Ana Ruiz',
      cited: 'photo credit',
    });
    expect(engine.ask('who took the photo?').passages.map((p) => p.text)).toEqual(['Photo: Ana Ruiz']);
  });
});

describe("a paper's name and day printed under a byline with the writer's job (ferry-strike.txt)", () => {
  const engine = engineFor('ferry-strike.txt');

  it('"which newspaper is this from?" → the paper the line under the byline names; the writer is the byline\'s', () => {
    expect(said(engine.ask('which newspaper is this from?'))).toMatchObject({
      answered: true,
      text: 'The Harbour Chronicle',
    });
    expect(said(engine.ask('who wrote this?'))).toMatchObject({ answered: true, text: 'Dr Owen Pritchard' });
  });

  it('"when was this published?" → its day, which every citation shows', () => {
    const reply = formatAnswer(engine.ask('when was this published?'));
    expect(reply).toContain('12 March 2026');
    expect(reply).not.toContain('names no');
    expect(formatAnswer(engine.ask('how many passengers were stranded?'))).toContain(
      '— Island ferry crews strike over new rota, 12 March 2026',
    );
  });
});

describe('a Markdown story whose front matter states its title', () => {
  const engine = engineFor('harbour-title.md');

  it('"what\'s the headline" → the title: line', () => {
    expect(said(engine.ask("what's the headline"))).toMatchObject({
      answered: true,
      text: 'Harbour ferry returns after a year of repairs',
      cited: 'headline',
    });
  });

  it('the other keys answer their questions', () => {
    expect(said(engine.ask('who wrote this?')).text).toBe('Lena Fischer');
    expect(said(engine.ask('which newspaper is this from?')).text).toBe('The Bay Gazette');
    expect(engine.ask('when was this article published?').page).toBe('published');
    expect(formatAnswer(engine.ask('when was this article published?'))).toContain('3 April 2025');
  });
});

describe('a photo credit inside the caption', () => {
  it.each(['power-line.html', 'storm-caption.txt'])('%s: "who took the photo?" → Jonas Weber', (file) => {
    const engine = engineFor(file);
    expect(said(engine.ask('who took the photo?'))).toMatchObject({
      answered: true,
      short: 'Jonas Weber',
      text: 'Photo: Jonas Weber',
      cited: 'photo credit',
    });
    const shows = engine.ask('what does the photo show?');
    expect(said(shows)).toMatchObject({ answered: true, cited: 'photo caption' });
    expect(shows.passages.map((p) => p.text).join(' ')).not.toContain('Jonas Weber');
    expect(shows.passages[0]?.text).toMatch(/^Workers repair the (main )?line/);
  });
});

describe('a Markdown story with a picture and a "By … · date" line', () => {
  const engine = engineFor('bread.md');

  it('"what does the photo show?" → the image\'s alt text', () => {
    expect(said(engine.ask('what does the photo show?'))).toMatchObject({
      answered: true,
      text: 'The winning loaf',
      cited: 'photo caption',
    });
  });

  it('"who wrote this?" → Sam Patel; "when was it published?" → the date on his line', () => {
    expect(said(engine.ask('who wrote this?'))).toMatchObject({ text: 'Sam Patel', cited: 'byline' });
    expect(said(engine.ask('when was this published?'))).toMatchObject({ short: '2 June 2025' });
    expect(engine.ask('who took the photo?').answered).toBe(false);
  });
});

describe('a scraped sports page with the publisher and place under the byline (final-bbc.txt)', () => {
  // "By Megan Lloyd" / "BBC Sport, Cardiff" under the headline: the second line is the publisher and
  // the place of the report, not the headline, and the headline is no photo caption.
  const engine = engineFor('final-bbc.txt');
  const HEAD = "Harbour City lift Women's Cup after Okafor header in extra time";

  it('"what is the headline?" → the headline, and every citation names it', () => {
    expect(said(engine.ask('what is the headline?'))).toMatchObject({
      answered: true,
      text: HEAD,
      cited: 'headline',
    });
    const reply = formatAnswer(engine.ask('who scored the winning header?'));
    expect(reply).toContain(`— ${HEAD}`);
    expect(reply).not.toContain('BBC Sport, Cardiff');
    expect(reply).not.toContain('photo caption');
  });

  it('"who wrote this?" → Megan Lloyd; "which newspaper is this from?" → BBC Sport', () => {
    expect(said(engine.ask('who wrote this?'))).toMatchObject({ text: 'Megan Lloyd', cited: 'byline' });
    expect(said(engine.ask('which newspaper is this from?')).text).toBe('BBC Sport');
  });

  it("the publisher's line is neither a photo credit nor a caption", () => {
    expect(engine.ask('who took the photo?').answered).toBe(false);
    expect(engine.ask('what does the photo show?').answered).toBe(false);
  });
});
