/**
 * The article each channel's conversation was last about (of the last answer or summary there, or the
 * one named with an `article` option), so that in a server with several articles "who wrote this?" and
 * "what is this about?" mean the article people were just talking about, as they would between people.
 * This is state by necessity: Discord messages carry no thread of context the bot could read back
 * cheaply. Kept per channel (a thread or a DM is a channel), in memory only (a restart forgets it, as a
 * newcomer would), and bounded: the channels heard from least recently are forgotten first.
 */

/** Channels remembered at most: far above what one process serves at once, small in memory (ids only). */
export const MAX_CONVERSATIONS = 10_000;

export class Conversations {
  /** Insertion order is recency: a channel is moved to the end whenever it is read or written. */
  private readonly articles = new Map<string, string>();

  constructor(private readonly limit: number = MAX_CONVERSATIONS) {}

  /** The article the channel's conversation is about, if any. */
  get(channelId: string): string | undefined {
    const article = this.articles.get(channelId);
    if (article !== undefined) this.touch(channelId, article);
    return article;
  }

  set(channelId: string, articleId: string): void {
    this.touch(channelId, articleId);
    while (this.articles.size > this.limit) {
      const oldest = this.articles.keys().next().value;
      if (oldest === undefined) break;
      this.articles.delete(oldest);
    }
  }

  get size(): number {
    return this.articles.size;
  }

  private touch(channelId: string, articleId: string): void {
    this.articles.delete(channelId);
    this.articles.set(channelId, articleId);
  }
}
