/** The autocomplete lists under /ask and /summary: what people can pick, within Discord's limits. */
import { describe, expect, it } from 'vitest';
import { articleChoices, toChoices } from '../../src/discord/commands/choices.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import type { ArticleRef } from '../../src/qa/types.js';

const articles: ArticleRef[] = [
  {
    id: 'ferry.txt',
    title: 'Harbour Council Approves New Ferry Terminal',
    file: 'ferry.txt',
    date: '3 March 2026',
  },
  { id: 'web/market.md', title: 'Fish Market Closes', file: 'web/market.md' },
  { id: 'iraq.txt', title: 'Iraq, Russia Sign Cooperation Agreement', file: 'iraq.txt' },
];

describe('question suggestions (/ask)', () => {
  it('keeps their order, trimmed, without blanks or repeats', () => {
    expect(toChoices(['  who signed? ', 'who signed?', '', '   ', 'when?'])).toEqual([
      { name: 'who signed?', value: 'who signed?' },
      { name: 'when?', value: 'when?' },
    ]);
  });

  it('offers at most 25, each cut to 100 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) => `question ${i} ${'x'.repeat(120)}`);
    const choices = toChoices(many);
    expect(choices).toHaveLength(DISCORD_LIMITS.AUTOCOMPLETE_CHOICES);
    expect(choices[24]?.value.startsWith('question 24 ')).toBe(true);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.CHOICE_NAME);
      expect(c.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.CHOICE_VALUE);
    }
  });
});

describe('article choices (/ask article:, /summary article:)', () => {
  it('lists every article, dated ones with their date, when nothing is typed', () => {
    expect(articleChoices(articles, '  ')).toEqual([
      { name: 'Harbour Council Approves New Ferry Terminal (3 March 2026)', value: 'ferry.txt' },
      { name: 'Fish Market Closes', value: 'web/market.md' },
      { name: 'Iraq, Russia Sign Cooperation Agreement', value: 'iraq.txt' },
    ]);
  });

  it('matches what is typed in the title or the file name, in any case', () => {
    expect(articleChoices(articles, ' FERRY ').map((c) => c.value)).toEqual(['ferry.txt']);
    expect(articleChoices(articles, 'web/').map((c) => c.value)).toEqual(['web/market.md']);
    expect(articleChoices(articles, 'russia').map((c) => c.value)).toEqual(['iraq.txt']);
    expect(articleChoices(articles, 'cricket')).toEqual([]);
  });

  it('offers at most 25, names cut to 100 characters', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      id: `a${i}.txt`,
      title: `Article ${i} ${'y'.repeat(120)}`,
      file: `a${i}.txt`,
    }));
    const choices = articleChoices(many, '');
    expect(choices).toHaveLength(DISCORD_LIMITS.AUTOCOMPLETE_CHOICES);
    expect(choices.every((c) => c.name.length === DISCORD_LIMITS.CHOICE_NAME)).toBe(true);
  });
});
