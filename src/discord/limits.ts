/** Every Discord limit the bot respects, in one place (values from Discord's API documentation). */
export const DISCORD_LIMITS = {
  /** Characters of a message's `content`. */
  MESSAGE_CONTENT: 2000,
  /** Characters of an embed's description. */
  EMBED_DESCRIPTION: 4096,
  EMBED_TITLE: 256,
  EMBED_FIELD_NAME: 256,
  EMBED_FIELD_VALUE: 1024,
  EMBED_FOOTER: 2048,
  /** All text of all embeds of one message together. */
  EMBED_TOTAL: 6000,
  /** Choices an autocomplete response may hold. */
  AUTOCOMPLETE_CHOICES: 25,
  /** Characters of one autocomplete choice's name and value. */
  CHOICE_NAME: 100,
  CHOICE_VALUE: 100,
  /** Characters of a string option the user types (the bot also declares it as the option's max_length). */
  STRING_OPTION: 6000,
  /** A component's custom_id. */
  CUSTOM_ID: 100,
  /** Milliseconds Discord waits for the first response to an interaction. */
  INTERACTION_DEADLINE_MS: 3000,
} as const;

/** Cut `text` to `max` characters, ending with an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}
