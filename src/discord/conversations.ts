/**
 * The article each channel's conversation was last about (of the last answer or summary there, or the
 * one named with an `article` option), so that in a server with several articles "who wrote this?" and
 * "what is this about?" mean the article people were just talking about, as they would between people.
 * This is state by necessity: Discord messages carry no thread of context the bot could read back
 * cheaply. Kept per channel (a thread or a DM is a channel), in memory only (a restart forgets it, as a
 * newcomer would), and bounded: the channels heard from least recently are forgotten first. With the
 * article, where the channel has read it up to (`read-on.ts`), so that "tell me more" reads on from the
 * last answer there, whom its last answer was about (`last-person.ts`), so that "what did he say?"
 * means that person, and its last question, so that "where?" asks it again (`wh-follow-up.ts`).
 *
 * A private answer (`/ask private:true`) is its asker's own conversation in that channel
 * (`privateConversation`): what the channel reads is the channel's, shared by everyone in it as a
 * conversation between people is, but a private question neither follows up someone else's question
 * ("where?" after their public one) nor changes what the channel is talking about. It starts on the
 * channel's article, the story everyone there is visibly on, and remembers the rest on its own. Private
 * conversations are bounded on their own (`MAX_PRIVATE_CONVERSATIONS`), so they never push out a channel's.
 */
import type { LastPerson } from '../qa/last-person.js';
import type { ReadingPlace } from '../qa/read-on.js';

interface Conversation {
  article?: string;
  reading?: ReadingPlace;
  person?: LastPerson;
  question?: string;
}

/**
 * The key of `userId`'s private conversation in a channel (the channel's own key is its id). Discord
 * ids are digits, so no channel id is ever one of these.
 */
export function privateConversation(channelId: string, userId: string): string {
  return `${channelId}${PRIVATE_KEY}${userId}`;
}

const PRIVATE_KEY = '/private/';

/** Channels remembered at most: far above what one process serves at once, small in memory (ids only). */
export const MAX_CONVERSATIONS = 10_000;
/**
 * Private conversations (`privateConversation`) remembered at most, bounded apart from the channels'
 * and smaller: there is one per asker and channel, so many people asking privately would otherwise
 * push out busy channels' conversations, which everyone there shares and sees.
 */
export const MAX_PRIVATE_CONVERSATIONS = 2_000;

export class Conversations {
  /** Insertion order is recency: a channel is moved to the end whenever it is read or written. */
  private readonly channels = new Map<string, Conversation>();
  /** The private conversations, kept and bounded the same way on their own. */
  private readonly privates = new Map<string, Conversation>();

  constructor(
    private readonly limit: number = MAX_CONVERSATIONS,
    private readonly privateLimit: number = MAX_PRIVATE_CONVERSATIONS,
  ) {}

  /** The article the channel's conversation is about, if any. */
  get(channelId: string): string | undefined {
    return this.read(channelId)?.article;
  }

  set(channelId: string, articleId: string): void {
    this.write(channelId, { ...this.read(channelId), article: articleId });
  }

  /** Where the channel has read up to, if anywhere. */
  reading(channelId: string): ReadingPlace | undefined {
    return this.read(channelId)?.reading;
  }

  /** Remember where the channel has read up to (undefined: forget it). */
  setReading(channelId: string, reading: ReadingPlace | undefined): void {
    this.update(channelId, 'reading', reading);
  }

  /** Whom the channel's last answer was about (`last-person.ts`), if anyone. */
  person(channelId: string): LastPerson | undefined {
    return this.read(channelId)?.person;
  }

  /** Remember whom the channel's last answer was about (undefined: forget it). */
  setPerson(channelId: string, person: LastPerson | undefined): void {
    this.update(channelId, 'person', person);
  }

  /** The channel's last question, as searched (`wh-follow-up.ts`), if any. */
  question(channelId: string): string | undefined {
    return this.read(channelId)?.question;
  }

  /** Remember the channel's last question (undefined: forget it). */
  setQuestion(channelId: string, question: string | undefined): void {
    this.update(channelId, 'question', question);
  }

  /** Set or forget one thing the channel remembers; a channel that remembers nothing is forgotten. */
  private update<K extends 'reading' | 'person' | 'question'>(
    channelId: string,
    key: K,
    value: Conversation[K],
  ): void {
    const next: Conversation = { ...this.read(channelId) };
    if (value === undefined) delete next[key];
    else next[key] = value;
    if (Object.keys(next).length === 0) this.mapOf(channelId).delete(channelId);
    else this.write(channelId, next);
  }

  get size(): number {
    return this.channels.size + this.privates.size;
  }

  /** The map a key's conversation is kept in: a private one's, or the channels'. */
  private mapOf(channelId: string): Map<string, Conversation> {
    return channelId.includes(PRIVATE_KEY) ? this.privates : this.channels;
  }

  private read(channelId: string): Conversation | undefined {
    const conversation = this.mapOf(channelId).get(channelId);
    if (conversation !== undefined) this.write(channelId, conversation);
    return conversation;
  }

  private write(channelId: string, conversation: Conversation): void {
    const map = this.mapOf(channelId);
    const limit = map === this.privates ? this.privateLimit : this.limit;
    map.delete(channelId);
    map.set(channelId, conversation);
    while (map.size > limit) {
      const oldest = map.keys().next().value;
      if (oldest === undefined) break;
      map.delete(oldest);
    }
  }
}
