import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { ArticleRef } from '../../qa/types.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';

/** Autocomplete choices from strings: at most 25, names and values cut to 100 characters, no duplicates. */
export function toChoices(items: readonly string[]): ApplicationCommandOptionChoiceData<string>[] {
  const seen = new Set<string>();
  const out: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const item of items) {
    const value = truncate(item.trim(), DISCORD_LIMITS.CHOICE_VALUE);
    if (value === '' || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: truncate(item.trim(), DISCORD_LIMITS.CHOICE_NAME), value });
    if (out.length === DISCORD_LIMITS.AUTOCOMPLETE_CHOICES) break;
  }
  return out;
}

/** Articles whose title or file matches what was typed, as choices (value: the article id). */
export function articleChoices(
  articles: readonly ArticleRef[],
  typed: string,
): ApplicationCommandOptionChoiceData<string>[] {
  const q = typed.trim().toLowerCase();
  return (
    articles
      // Nothing typed matches every article: every string includes ''.
      .filter((a) => a.title.toLowerCase().includes(q) || a.file.toLowerCase().includes(q))
      .slice(0, DISCORD_LIMITS.AUTOCOMPLETE_CHOICES)
      .map((a) => ({
        name: truncate(a.date !== undefined ? `${a.title} (${a.date})` : a.title, DISCORD_LIMITS.CHOICE_NAME),
        value: truncate(a.id, DISCORD_LIMITS.CHOICE_VALUE),
      }))
  );
}
