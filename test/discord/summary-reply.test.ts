import { describe, expect, it } from 'vitest';
import { summaryReply } from '../../src/discord/replies.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import type { Summary } from '../../src/qa/types.js';

const article = { id: 'a.txt', title: 'A title', file: 'a.txt' };
const description = (s: Summary) => {
  const embed = summaryReply(s).embeds?.[0];
  return (embed && 'description' in embed ? embed.description : undefined) ?? '';
};

describe('the /summary reply', () => {
  it('puts each sentence on its own line, a blank line between bullets', () => {
    const text = description({ article, sentences: ['One *bold* claim.', 'Two.', 'Three.'] });
    expect(text).toBe('• One \\*bold\\* claim.\n\n• Two.\n\n• Three.');
  });

  it('says it summarised one of several articles and how to pick another', () => {
    const text = description({ article, sentences: ['One.'], otherArticles: 4 });
    expect(text).toMatch(/One of 5 articles: pick another with `\/summary article:`/);
  });

  it('keeps whole bullets only, and the note, within the embed limit', () => {
    const long = 'word '.repeat(300).trim() + '.';
    const text = description({ article, sentences: Array(10).fill(long), otherArticles: 1 });
    expect(text.length).toBeLessThanOrEqual(DISCORD_LIMITS.EMBED_DESCRIPTION);
    expect(
      text
        .split('\n\n')
        .slice(0, -1)
        .every((b) => b === `• ${long}`),
    ).toBe(true);
    expect(text).toMatch(/One of 2 articles/);
  });
});
