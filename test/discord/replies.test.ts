/** What people read under an answer on Discord: the citation, the confidence, the further passages. */
import { describe, expect, it } from 'vitest';
import { answerReply, citation, morePassagesReply } from '../../src/discord/replies.js';
import { parseArticle } from '../../src/knowledge/article.js';
import type { Article } from '../../src/knowledge/types.js';
import { Engine } from '../../src/qa/engine.js';

const FERRY = `Harbour Council Approves New Ferry Terminal

14:05 GMT 3 March 2026

The new terminal will be built beside the old fish market, near the harbour entrance.

The harbour council approved the construction of a new ferry terminal on Tuesday, the mayor's office said.

Council member Ada Moreno said the first ferries would leave from the new terminal in 2028.
`;

function withUrl(article: Article, url: string): Article {
  return { ...article, meta: { url } };
}

const linked = withUrl(parseArticle('ferry.txt', FERRY), 'https://news.example/ferry_(2026)?id=7');
const engine = new Engine([linked]);

type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};
const embedOf = (reply: { embeds?: readonly unknown[] }) => reply.embeds?.[0] as Embed;

describe('the citation under a passage', () => {
  it('is "Title · date" linked to the original article, without file or section names', () => {
    const answer = engine.ask('when will the first ferries leave?');
    expect(answer.passages[0]?.article.url).toBe('https://news.example/ferry_(2026)?id=7');
    const source = embedOf(answerReply(answer)).fields?.find((f) => f.name === 'Source')?.value;
    expect(source).toBe(
      '[Harbour Council Approves New Ferry Terminal](https://news.example/ferry_%282026%29?id=7) · 3 March 2026',
    );
    expect(source).not.toMatch(/ferry\.txt|body/);
  });

  it('is plain "Title · date" for an article without a link, and never links a non-web address', () => {
    for (const article of [
      parseArticle('ferry.txt', FERRY),
      withUrl(parseArticle('ferry.txt', FERRY), 'javascript:alert(1)'),
    ]) {
      const answer = new Engine([article]).ask('when will the first ferries leave?');
      expect(embedOf(answerReply(answer)).fields?.[0]?.value).toBe(
        'Harbour Council Approves New Ferry Terminal · 3 March 2026',
      );
    }
  });

  it('says "photo caption" for a caption, and escapes a title that would break the link', () => {
    const article = withUrl(
      parseArticle(
        'harbour.txt',
        'Harbour [Live] *Updates*\n\nThe emblem of the harbour authority adorns the gate of the old fish market\n\n© AP Photo / Jo Smith\n\nThe harbour council met on Tuesday to discuss the ferry terminal and the fish market.\n',
      ),
      'https://news.example/harbour',
    );
    const answer = new Engine([article]).ask('what adorns the gate of the fish market?');
    const best = answer.passages[0];
    expect(best?.section).toBe('caption');
    if (best === undefined) return;
    expect(citation(best)).toBe(
      '[Harbour \\[Live\\] \\*Updates\\*](https://news.example/harbour) · photo caption',
    );
  });
});

describe('the rest of an answer', () => {
  it('gives the confidence in words, with no percentage', () => {
    const footer = embedOf(answerReply(engine.ask('when will the first ferries leave?'))).footer?.text;
    expect(footer).toMatch(/^Confidence: (high|medium|low)$/);
  });

  it('"More passages" lists the further passages with their citations and carries no components', () => {
    const answer = engine.ask('ferry terminal');
    const reply = morePassagesReply(answer);
    expect(reply.components).toBeUndefined();
    const text = embedOf(reply).description ?? '';
    expect(text).toMatch(/^\*\*2\.\*\* /);
    expect(text).toContain('-# [Harbour Council Approves New Ferry Terminal](https://news.example/');
  });
});
