/**
 * Questions about the page, as a newcomer asks them of an article they wrote themselves (a Markdown
 * file with its link, its date line and a photo credit) and of the seed article: the reply starts with
 * the short answer (the photographer's name, the date, the agency, the link), then the page's line
 * that proves it; a summary cites the article the way its answers do.
 */
import { describe, expect, it } from 'vitest';
import { summaryReply, answerReply } from '../../src/discord/replies.js';
import { formatAnswer, formatSummary } from '../../src/format/text.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { respond } from '../../src/qa/respond.js';
import { seedKnowledge } from '../support/seed.js';

const LINK = 'https://example.com/news/bakery-reopens';
const bakery = (link: boolean) =>
  new Engine([
    parseArticle(
      'bakery.md',
      `${link ? `source: ${LINK}\n\n` : ''}# Village bakery reopens after flood

Published 14 March 2025

Photo: Tom Ellery

The village bakery on Mill Street reopened on Friday, six months after a flood destroyed its ovens. Owner Maria Lind said the repairs cost 40,000 pounds, most of it raised by neighbours.
`,
    ),
  ]);

function summaryOf(engine: Engine) {
  const summary = engine.summary(undefined, 2);
  if (summary === undefined) throw new Error('no summary');
  return summary;
}

describe('a page answer starts with its short answer, not the labelled line', () => {
  const engine = bakery(true);

  it.each([
    ['who took the photo', 'Tom Ellery', 'Photo: Tom Ellery'],
    ['when was it published', '14 March 2025', 'Published 14 March 2025'],
  ])('"%s" → "%s", then "%s" as the proof', (question, short, line) => {
    const text = formatAnswer(engine.ask(question)).split('\n');
    expect(text.slice(0, 2)).toEqual([short, line]);
    const discord = answerReply(engine.ask(question)).embeds?.[0];
    expect(discord).toMatchObject({ description: `**${short}**\n\n${line.replace(short, `**${short}**`)}` });
  });

  it('a headline is its own answer: said once', () => {
    const text = formatAnswer(engine.ask("what's the headline"));
    expect(text.split('\n')[0]).toBe('Village bakery reopens after flood');
    expect(text.split('\n')[1]).toMatch(/^— /);
  });
});

describe('"what is the url" is a question about the page', () => {
  it.each(['what is the url', "what's the link", 'link to the article', 'what is the URL of this article?'])(
    '"%s" → the article\'s link, cited as its web address',
    (question) => {
      const answer = bakery(true).ask(question);
      expect(answer).toMatchObject({ answered: true, page: 'address' });
      expect(formatAnswer(answer)).toContain(
        `${LINK}\n— Village bakery reopens after flood, 14 March 2025 (web address`,
      );
    },
  );

  it('an article without a link says it has none instead of searching the story', () => {
    expect(formatAnswer(bakery(false).ask("what's the link?"))).toBe(
      'The page gives no web address (a link to it).',
    );
  });

  it('"what is the address of the bakery" is still a question about the story', () => {
    expect(bakery(true).ask('what is the address of the bakery').page).toBeUndefined();
  });
});

describe('a summary cites the article as its answers do', () => {
  it('with a link: the link, not the file name (text and Discord)', () => {
    const summary = summaryOf(bakery(true));
    expect(formatSummary(summary)).toMatch(new RegExp(`\\n— ${LINK.replaceAll('.', '\\.')}$`));
    expect(formatSummary(summary)).not.toContain('bakery.md');
    const embed = summaryReply(summary).embeds?.[0];
    expect(embed).toMatchObject({ url: LINK });
    expect(JSON.stringify(embed)).not.toContain('bakery.md');
  });

  it('without a link: the file, as before', () => {
    const summary = summaryOf(bakery(false));
    expect(formatSummary(summary)).toMatch(/\n— bakery\.md$/);
    expect(summaryReply(summary).embeds?.[0]).not.toHaveProperty('url');
  });
});

const { engine: seed } = await loadEngine(seedKnowledge());

describe('the seed article: where it is from', () => {
  it.each(['which site is this from', 'what website is this', "what's the source", 'what site is this from'])(
    '"%s" → "Sputnik", then the dateline that says it',
    (question) => {
      const response = respond(seed, question);
      if (response.kind !== 'answer') throw new Error(`taken for ${response.kind}`);
      const lines = formatAnswer(response.answer).split('\n');
      expect(lines[0]).toBe('Sputnik');
      expect(lines[1]).toMatch(/^MOSCOW \(Sputnik\) — /);
    },
  );
});
