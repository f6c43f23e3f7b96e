import { describe, expect, it } from 'vitest';
import {
  Conversations,
  MAX_CONVERSATIONS,
  MAX_PRIVATE_CONVERSATIONS,
  privateConversation,
} from '../../src/discord/conversations.js';
import { answerReply, chooseArticleReply } from '../../src/discord/replies.js';
import { DISCORD_LIMITS } from '../../src/discord/limits.js';
import { MAX_LISTED_ARTICLES } from '../../src/format/choose.js';
import { focusOf } from '../../src/qa/focus.js';

describe('which article "this" means', () => {
  const ids = ['a.txt', 'b.txt', 'c.txt'];

  it("the one named, else the conversation's, else the only one; with several and neither, ask", () => {
    expect(focusOf(ids, { article: 'b.txt', context: 'c.txt' })).toEqual({
      kind: 'article',
      index: 1,
      how: 'named',
    });
    expect(focusOf(ids, { context: 'c.txt' })).toEqual({ kind: 'article', index: 2, how: 'conversation' });
    expect(focusOf(['a.txt'], {})).toEqual({ kind: 'article', index: 0, how: 'only' });
    expect(focusOf(ids, {})).toEqual({ kind: 'choose' });
    // An article removed since the conversation was about it is no answer; one named but unknown is an error.
    expect(focusOf(ids, { context: 'gone.txt' })).toEqual({ kind: 'choose' });
    expect(focusOf(ids, { article: 'gone.txt' })).toEqual({ kind: 'unknown' });
    expect(focusOf([], {})).toEqual({ kind: 'unknown' });
  });
});

describe("each channel's conversation", () => {
  it('remembers the article per channel', () => {
    const conversations = new Conversations();
    conversations.set('general', 'a.txt');
    conversations.set('random', 'b.txt');
    conversations.set('general', 'c.txt');
    expect(conversations.get('general')).toBe('c.txt');
    expect(conversations.get('random')).toBe('b.txt');
    expect(conversations.get('elsewhere')).toBeUndefined();
  });

  it('remembers where each channel has read up to, beside its article, and forgets it when told', () => {
    const conversations = new Conversations();
    conversations.setReading('general', { article: 'a.txt', shown: [4] });
    conversations.set('general', 'a.txt');
    expect(conversations.reading('general')).toEqual({ article: 'a.txt', shown: [4] });
    expect(conversations.reading('random')).toBeUndefined();
    conversations.setReading('general', undefined);
    expect(conversations.reading('general')).toBeUndefined();
    expect(conversations.get('general')).toBe('a.txt');
    // A channel with nothing left to remember is not kept.
    conversations.setReading('random', { article: 'b.txt', shown: [1] });
    conversations.setReading('random', undefined);
    expect(conversations.size).toBe(1);
  });

  it('remembers whom each channel was last talking about, beside the rest, and forgets it when told', () => {
    const conversations = new Conversations();
    conversations.set('general', 'a.txt');
    conversations.setReading('general', { article: 'a.txt', shown: [2] });
    conversations.setPerson('general', { names: ['Alexander Fomin'], article: 'a.txt' });
    expect(conversations.person('general')).toEqual({ names: ['Alexander Fomin'], article: 'a.txt' });
    expect(conversations.person('random')).toBeUndefined();
    conversations.setReading('general', undefined);
    expect(conversations.person('general')?.names).toEqual(['Alexander Fomin']);
    conversations.setPerson('general', undefined);
    expect(conversations.person('general')).toBeUndefined();
    expect(conversations.get('general')).toBe('a.txt');
    conversations.setPerson('random', { names: ['Anna Lindqvist'], article: 'b.txt' });
    conversations.setPerson('random', undefined);
    expect(conversations.size).toBe(1);
  });

  it('is bounded: the channel heard from least recently is forgotten first', () => {
    const conversations = new Conversations(2);
    conversations.set('one', 'a.txt');
    conversations.set('two', 'b.txt');
    expect(conversations.get('one')).toBe('a.txt'); // "one" is now the most recent
    conversations.set('three', 'c.txt');
    expect(conversations.size).toBe(2);
    expect(conversations.get('two')).toBeUndefined();
    expect(conversations.get('one')).toBe('a.txt');
    expect(conversations.get('three')).toBe('c.txt');
  });

  it('private conversations have their own, smaller bound: many private askers never push out a channel', () => {
    expect(MAX_PRIVATE_CONVERSATIONS).toBeLessThan(MAX_CONVERSATIONS);
    const conversations = new Conversations(2, 1);
    conversations.set('general', 'a.txt');
    conversations.set(privateConversation('random', '111'), 'b.txt');
    conversations.set(privateConversation('random', '222'), 'c.txt');
    conversations.set(privateConversation('random', '333'), 'c.txt');
    // The channel everyone reads is still on its article; only the oldest private ones are forgotten.
    expect(conversations.get('general')).toBe('a.txt');
    expect(conversations.get(privateConversation('random', '111'))).toBeUndefined();
    expect(conversations.get(privateConversation('random', '333'))).toBe('c.txt');
    expect(conversations.size).toBe(2);
  });

  it("an asker's private conversation is never a channel's, whatever the ids hold", () => {
    const conversations = new Conversations();
    // Ids no channel has (Discord's are digits), written as the old string key would have been.
    conversations.set('random/private/111', 'a.txt');
    conversations.set(privateConversation('random', '111'), 'b.txt');
    conversations.set(privateConversation('random/private', '111'), 'c.txt');
    expect(conversations.get('random/private/111')).toBe('a.txt');
    expect(conversations.get(privateConversation('random', '111'))).toBe('b.txt');
    expect(conversations.get(privateConversation('random/private', '111'))).toBe('c.txt');
    conversations.setReading(privateConversation('random', '111'), { article: 'b.txt', shown: [1] });
    expect(conversations.reading('random/private/111')).toBeUndefined();
    expect(conversations.size).toBe(3);
  });
});

describe('the "which article?" reply', () => {
  const description = (reply: ReturnType<typeof chooseArticleReply>) => {
    const embed = reply.embeds?.[0];
    return (embed && 'description' in embed ? embed.description : undefined) ?? '';
  };

  it('lists the titles, markdown escaped, and says how to pick one on Discord', () => {
    const text = description(
      chooseArticleReply('author', [
        { id: 'a.txt', title: 'Bridge *approved*', file: 'a.txt', date: '3 May 2021' },
        { id: 'b.txt', title: 'Fish found', file: 'b.txt' },
      ]),
    );
    expect(text).toBe(
      "I have 2 articles: which one's author do you mean?\n- Bridge \\*approved\\* (3 May 2021)\n- Fish found\nPick one with `/ask article:`, or ask me something about one of them first.",
    );
    expect(description(chooseArticleReply('summary', []))).toContain('`/summary article:`');
  });

  it('names the first few of a large folder and counts the rest, within the embed limit', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: `${i}.txt`,
      title: `Story ${i} ${'x'.repeat(150)}`,
      file: `${i}.txt`,
    }));
    const text = description(chooseArticleReply('summary', many));
    expect(text.length).toBeLessThanOrEqual(DISCORD_LIMITS.EMBED_DESCRIPTION);
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(MAX_LISTED_ARTICLES);
    expect(text).toContain(`…and ${2000 - MAX_LISTED_ARTICLES} more.`);
  });
});

describe('a page question about one of several articles that its page does not answer', () => {
  it('says which page, its title escaped', () => {
    const reply = answerReply({
      question: 'who wrote this?',
      answered: false,
      confidence: 0,
      type: 'person',
      answer: null,
      passages: [],
      corrections: [],
      page: 'author',
      about: { id: 'a.txt', title: 'Bridge *approved*', file: 'a.txt' },
    });
    const embed = reply.embeds?.[0];
    expect(embed && 'description' in embed ? embed.description : undefined).toBe(
      '“Bridge \\*approved\\*”: the page names no author.',
    );
  });
});
