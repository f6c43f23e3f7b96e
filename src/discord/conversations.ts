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
 * An asker's private conversation in a channel (`privateConversation`): a value of its own type, so
 * that no channel id, whatever it holds, is ever taken for one.
 */
export interface PrivateConversation {
  readonly channelId: string;
  readonly askerId: string;
}

/** Which conversation: a channel's, by the channel's id, or an asker's private one in a channel. */
export type ConversationKey = string | PrivateConversation;

/** The key of `userId`'s private conversation in a channel (the channel's own key is its id). */
export function privateConversation(channelId: string, userId: string): PrivateConversation {
  return { channelId, askerId: userId };
}

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
  get(key: ConversationKey): string | undefined {
    return this.read(key)?.article;
  }

  set(key: ConversationKey, articleId: string): void {
    this.write(key, { ...this.read(key), article: articleId });
  }

  /** Where the channel has read up to, if anywhere. */
  reading(key: ConversationKey): ReadingPlace | undefined {
    return this.read(key)?.reading;
  }

  /** Remember where the channel has read up to (undefined: forget it). */
  setReading(key: ConversationKey, reading: ReadingPlace | undefined): void {
    this.update(key, 'reading', reading);
  }

  /** Whom the channel's last answer was about (`last-person.ts`), if anyone. */
  person(key: ConversationKey): LastPerson | undefined {
    return this.read(key)?.person;
  }

  /** Remember whom the channel's last answer was about (undefined: forget it). */
  setPerson(key: ConversationKey, person: LastPerson | undefined): void {
    this.update(key, 'person', person);
  }

  /** The channel's last question, as searched (`wh-follow-up.ts`), if any. */
  question(key: ConversationKey): string | undefined {
    return this.read(key)?.question;
  }

  /** Remember the channel's last question (undefined: forget it). */
  setQuestion(key: ConversationKey, question: string | undefined): void {
    this.update(key, 'question', question);
  }

  /** Set or forget one thing the channel remembers; a channel that remembers nothing is forgotten. */
  private update<K extends 'reading' | 'person' | 'question'>(
    key: ConversationKey,
    field: K,
    value: Conversation[K],
  ): void {
    const next: Conversation = { ...this.read(key) };
    if (value === undefined) delete next[field];
    else next[field] = value;
    if (Object.keys(next).length === 0) this.mapOf(key).delete(idOf(key));
    else this.write(key, next);
  }

  get size(): number {
    return this.channels.size + this.privates.size;
  }

  /** The map a key's conversation is kept in: a private one's, or the channels'. */
  private mapOf(key: ConversationKey): Map<string, Conversation> {
    return typeof key === 'string' ? this.channels : this.privates;
  }

  private read(key: ConversationKey): Conversation | undefined {
    const conversation = this.mapOf(key).get(idOf(key));
    if (conversation !== undefined) this.write(key, conversation);
    return conversation;
  }

  private write(key: ConversationKey, conversation: Conversation): void {
    const map = this.mapOf(key);
    const limit = map === this.privates ? this.privateLimit : this.limit;
    const id = idOf(key);
    map.delete(id);
    map.set(id, conversation);
    while (map.size > limit) {
      const oldest = map.keys().next().value;
      if (oldest === undefined) break;
      map.delete(oldest);
    }
  }
}

/**
 * A key's id in its map: a channel's is its id; a private one's is its two ids as JSON, which no two
 * pairs share whatever the ids hold (the two kinds are kept in maps of their own).
 */
function idOf(key: ConversationKey): string {
  return typeof key === 'string' ? key : JSON.stringify([key.channelId, key.askerId]);
}
