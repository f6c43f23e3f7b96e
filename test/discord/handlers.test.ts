/**
 * The Discord handlers in the test process (so that mutation testing sees them): messages, slash
 * commands, autocomplete and the "More passages" button, called with recording doubles of the
 * discord.js objects over a real knowledge base of two small articles. What is checked is what users
 * see: who gets a reply, whether only they see it, the deferral before slow work, the cooldown.
 */
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  MessageFlags,
  PermissionFlagsBits,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands, commandsByName } from '../../src/discord/commands/index.js';
import type { BotContext } from '../../src/discord/context.js';
import { handleInteraction, replyWithError } from '../../src/discord/interactions.js';
import { handleMessage, questionOf } from '../../src/discord/messages.js';
import { replyToQuestion } from '../../src/discord/ask-flow.js';
import { furtherPassages } from '../../src/format/further.js';
import { KnowledgeBase } from '../../src/qa/knowledge-base.js';
import {
  autocomplete,
  BOT_ID,
  buttonPress,
  CHANNEL_ID,
  messageDouble,
  shownText,
  slashCommand,
  type Sent,
  testContext,
  TOKEN,
} from '../support/discord-doubles.js';
import { UNKNOWN_ARTICLE_TEXT } from '../../src/format/choose.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);
const BRIDGE = 'Council approves new harbour bridge';
const VOLCANO = 'Volcano erupts on remote island';
const ALICE = '400000000000000004';
const BOB = '400000000000000005';

let dir: string;
let kb: KnowledgeBase;
let ctx: BotContext;
let clock: { now: number };
let log: Record<string, unknown>[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'handlers-'));
  copyFileSync(new URL('plain.txt', FIXTURES), path.join(dir, 'bridge.txt'));
  copyFileSync(new URL('markdown.md', FIXTURES), path.join(dir, 'volcano.md'));
  kb = await KnowledgeBase.load(dir);
});
afterAll(() => {
  kb.stopBackground();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  ({ ctx, clock, log } = testContext(kb, { COOLDOWN_SECONDS: '5', ASK_CHANNEL_IDS: '300000000000000009' }));
});

const ephemeral = (body: InteractionReplyOptions) => body.flags === MessageFlags.Ephemeral;
const bridgeId = () =>
  nth(
    kb.engine.articles.filter((a) => a.title === BRIDGE),
    0,
  ).id;

/** The interaction after the bot handled it (in the test's context). */
async function handled<T extends { interaction: Interaction }>(made: T): Promise<T> {
  await handleInteraction(made.interaction, ctx);
  return made;
}

/** The first thing the bot sent for an interaction. */
function first(d: { double: { sent: readonly Sent[] } }): Sent['body'] {
  return nth(d.double.sent, 0).body;
}

/** The autocomplete choices an interaction double responded with. */
function choicesOf(d: { double: { sent: readonly Sent[] } }) {
  return first(d).choices ?? [];
}

/** The item at `i` (from the end when negative), failing the test when there is none. */
function nth<T>(items: readonly T[], i: number): T {
  const item = items.at(i);
  if (item === undefined) throw new Error(`nothing at ${i} of ${items.length}`);
  return item;
}

describe('which messages are questions for the bot', () => {
  const ask = (o: Parameters<typeof messageDouble>[0]) =>
    questionOf(messageDouble(o).message, BOT_ID, ['300000000000000009']);

  it('strips every mention of the bot, in both forms, from the question', () => {
    expect(ask({ content: `<@${BOT_ID}> who approved   the bridge?` })).toBe('who approved the bridge?');
    expect(ask({ content: `hey <@!${BOT_ID}>, when <@${BOT_ID}> does it open?` })).toBe(
      'hey , when does it open?',
    );
    expect(ask({ content: `who approved<@${BOT_ID}>the bridge?` })).toBe('who approved the bridge?');
  });

  it('ignores bots, webhooks, system messages and its own messages, even when they mention it', () => {
    const content = `<@${BOT_ID}> who approved the bridge?`;
    expect(ask({ content, bot: true })).toBeUndefined();
    expect(ask({ content, webhookId: '600000000000000006' })).toBeUndefined();
    expect(ask({ content, system: true })).toBeUndefined();
    expect(ask({ content, authorId: BOT_ID })).toBeUndefined();
  });

  it('ignores server messages not addressed to it, and mentions of someone else', () => {
    expect(ask({ content: 'who approved the bridge?' })).toBeUndefined();
    expect(ask({ content: '<@100000000000000002> who approved the bridge?' })).toBeUndefined();
  });

  it('takes every DM, and questions (ending in "?") in an ask channel', () => {
    expect(ask({ content: '  who approved the bridge  ', inGuild: false })).toBe('who approved the bridge');
    const channelId = '300000000000000009';
    expect(ask({ content: ' who approved the bridge? ', channelId })).toBe('who approved the bridge?');
    expect(ask({ content: 'the bridge is ugly', channelId })).toBeUndefined();
  });
});

describe('a question in a message', () => {
  it('gets one reply that cites the article, and a second message inside the window one "slow down"', async () => {
    const first = messageDouble({ content: `<@${BOT_ID}> who approved the new bridge across the harbour?` });
    await handleMessage(first.message, ctx);
    expect(first.replies).toHaveLength(1);
    expect(shownText(nth(first.replies, 0))).toContain(BRIDGE);
    // The channel sees the answer, so "this" now means its article there.
    expect(ctx.conversations.get(CHANNEL_ID)).toBe(bridgeId());

    const again = messageDouble({ content: `<@${BOT_ID}> when will construction begin?` });
    await handleMessage(again.message, ctx);
    expect(again.replies.map((r) => r.content)).toEqual(['Slow down — you can ask again in 5 s.']);
    const flood = messageDouble({ content: `<@${BOT_ID}> and the cost?` });
    await handleMessage(flood.message, ctx);
    expect(flood.replies).toEqual([]);
    expect(log.filter((l) => l.event === 'cooldown')).toHaveLength(2);

    // Another user is not held back by Alice's cooldown; Alice is answered again once it is over.
    const bob = messageDouble({ content: `<@${BOT_ID}> when will construction begin?`, authorId: BOB });
    await handleMessage(bob.message, ctx);
    expect(shownText(nth(bob.replies, 0))).not.toMatch(/Slow down/);
    clock.now += 5000;
    const later = messageDouble({ content: `<@${BOT_ID}> when will construction begin?` });
    await handleMessage(later.message, ctx);
    expect(later.replies).toHaveLength(1);
    expect(shownText(nth(later.replies, 0))).not.toMatch(/Slow down/);
    expect(log.find((l) => l.msg === 'answered' && l.user === ALICE)).toMatchObject({
      via: 'message',
      channel: CHANNEL_ID,
      event: 'answer',
    });
  });

  it('is answered once even when the message is edited, and not when it is not for the bot', async () => {
    const id = '599999999999999999';
    const first = messageDouble({ id, content: `<@${BOT_ID}> who approved the bridge?` });
    await handleMessage(first.message, ctx);
    await handleMessage(
      messageDouble({ content: `<@${BOT_ID}> and the lighthouse?`, authorId: '400000000000000006' }).message,
      ctx,
    );
    const edited = messageDouble({ id, content: `<@${BOT_ID}> who opposed the bridge?`, authorId: BOB });
    await handleMessage(edited.message, ctx);
    expect([first.replies.length, edited.replies.length]).toEqual([1, 0]);

    const chatter = messageDouble({ content: 'who approved the bridge?', authorId: BOB });
    await handleMessage(chatter.message, ctx);
    const bot = messageDouble({ content: `<@${BOT_ID}> who approved the bridge?`, bot: true, authorId: BOB });
    await handleMessage(bot.message, ctx);
    expect([chatter.replies, bot.replies]).toEqual([[], []]);
    // Nothing was asked: Bob's cooldown is untouched.
    expect(ctx.cooldown.check(BOB)).toEqual({ ok: true });
  });

  it('about "this" means the article the channel was talking about', async () => {
    const volcanoId = nth(
      kb.engine.articles.filter((a) => a.title === VOLCANO),
      0,
    ).id;
    const before = messageDouble({ content: `<@${BOT_ID}> what is this about?` });
    await handleMessage(before.message, ctx);
    expect(shownText(nth(before.replies, 0))).toContain('Which article?');
    ctx.conversations.set(CHANNEL_ID, volcanoId);
    const after = messageDouble({ content: `<@${BOT_ID}> what is this about?`, authorId: BOB });
    await handleMessage(after.message, ctx);
    expect(shownText(nth(after.replies, 0))).toContain(VOLCANO);
    expect(shownText(nth(after.replies, 0))).not.toContain('Which article?');
  });

  it('"tell me more" reads on in the story from the channel\'s last answer; with none, says so', async () => {
    const none = messageDouble({ content: `<@${BOT_ID}> tell me more` });
    await handleMessage(none.message, ctx);
    expect(shownText(nth(none.replies, 0))).toMatch(/^More of what\?/);
    const asked = messageDouble({ content: `<@${BOT_ID}> who approved the new bridge?`, authorId: BOB });
    await handleMessage(asked.message, ctx);
    const more = messageDouble({ content: `<@${BOT_ID}> go on`, authorId: '400000000000000006' });
    await handleMessage(more.message, ctx);
    const shown = shownText(nth(more.replies, 0));
    expect(shown).toContain('Mayor Anna Lindqvist said construction would begin in March');
    expect(shown).toContain(BRIDGE); // cited as a passage is
    expect(shown).not.toContain('ending a debate'); // the answer is not said again
  });

  it('gets the help, without using up the cooldown, when the mention carries no words', async () => {
    for (const content of [`<@${BOT_ID}>`, `<@${BOT_ID}> ?!`]) {
      const m = messageDouble({ content });
      await handleMessage(m.message, ctx);
      expect(m.replies).toHaveLength(1);
      expect(shownText(nth(m.replies, 0))).toContain('How to ask');
    }
    expect(ctx.cooldown.check(ALICE)).toEqual({ ok: true });
  });
});

describe('/ask', () => {
  it("answers in the channel, or only to the asker with private:true, and makes it the channel's article only when shared", async () => {
    const shared = await handled(
      slashCommand('ask', { question: 'who approved the new bridge across the harbour?' }),
    );
    expect(shared.double.sent.map((s) => s.call)).toEqual(['reply']);
    expect(ephemeral(first(shared))).toBe(false);
    expect(shownText(first(shared))).toContain(BRIDGE);
    expect(ctx.conversations.get(CHANNEL_ID)).toBe(bridgeId());

    const { ctx: fresh } = testContext(kb);
    const hidden = slashCommand('ask', {
      question: 'who approved the new bridge across the harbour?',
      private: true,
    });
    await handleInteraction(hidden.interaction, fresh);
    expect(ephemeral(first(hidden))).toBe(true);
    expect(shownText(first(hidden))).toContain(BRIDGE);
    // The asker's own conversation remembers it; the channel's is not about it.
    expect(fresh.conversations.get(CHANNEL_ID)).toBeUndefined();
    expect(log.find((l) => l.msg === 'command handled')).toMatchObject({ command: 'ask', user: ALICE });
  });

  it('keeps the cooldown per user and says so only to the asker', async () => {
    const question = 'when will construction begin?';
    await handleInteraction(slashCommand('ask', { question }).interaction, ctx);
    const again = await handled(slashCommand('ask', { question }));
    expect(again.double.sent).toEqual([
      {
        call: 'reply',
        body: { content: 'Slow down — you can ask again in 5 s.', flags: MessageFlags.Ephemeral },
      },
    ]);
    const bob = await handled(slashCommand('ask', { question }, BOB));
    expect(shownText(first(bob))).not.toMatch(/Slow down/);
    clock.now += 5000;
    const later = await handled(slashCommand('ask', { question }));
    expect(shownText(first(later))).not.toMatch(/Slow down/);
  });

  it('searches only the article named, and refuses an unknown one privately', async () => {
    const named = await handled(slashCommand('ask', { question: 'what happened?', article: bridgeId() }));
    expect(shownText(first(named))).toContain(BRIDGE);
    expect(shownText(first(named))).not.toContain(VOLCANO);
    expect(ctx.conversations.get(CHANNEL_ID)).toBe(bridgeId());

    const unknown = await handled(
      slashCommand('ask', { question: 'what happened?', article: 'nope.txt' }, BOB),
    );
    expect(unknown.double.sent).toEqual([
      {
        call: 'reply',
        body: {
          content: UNKNOWN_ARTICLE_TEXT,
          flags: MessageFlags.Ephemeral,
        },
      },
    ]);
  });

  it('autocompletes the question with what was typed first, then suggestions, at most 25', async () => {
    const typed = await handled(autocomplete('ask', { name: 'question', value: '  who approved  ' }));
    const suggestions = kb.suggest('who approved', 25).filter((q) => q !== 'who approved');
    expect(first(typed).choices).toEqual(
      ['who approved', ...suggestions].slice(0, 25).map((q) => ({ name: q, value: q })),
    );

    const empty = await handled(autocomplete('ask', { name: 'question', value: '' }));
    const suggested = choicesOf(empty);
    expect(suggested).toEqual(kb.suggest('', 25).map((q) => ({ name: q, value: q })));
    expect(suggested.length).toBeGreaterThan(0);

    // Longer than a choice value may be: it cannot be offered as it is, so it is left out.
    const asTyped = (text: string) => text.padEnd(100, '?');
    const longest = await handled(autocomplete('ask', { name: 'question', value: asTyped('who approved') }));
    expect(nth(choicesOf(longest), 0).value).toBe(asTyped('who approved'));
    const tooLong = asTyped('who approved') + '?';
    const over = await handled(autocomplete('ask', { name: 'question', value: tooLong }));
    expect(choicesOf(over)).toEqual(kb.suggest(tooLong, 25).map((q) => ({ name: q, value: q })));
  });

  it('autocompletes the article option from the titles', async () => {
    const a = await handled(autocomplete('ask', { name: 'article', value: 'volc' }));
    expect(choicesOf(a).map((c) => c.name)).toEqual([expect.stringContaining(VOLCANO)]);
    const s = await handled(autocomplete('summary', { name: 'article', value: 'harbour' }));
    expect(first(s).choices).toEqual([{ name: BRIDGE, value: bridgeId() }]);
  });
});

describe("a private /ask is its asker's own conversation", () => {
  /** Alice asks, publicly or privately, then Bob; each ask a cooldown window after the last. */
  async function ask(question: string, user: string, priv = false): Promise<string> {
    clock.now += 5000;
    const asked = await handled(slashCommand('ask', { question, ...(priv ? { private: true } : {}) }, user));
    return shownText(first(asked));
  }

  it('"where?" asked privately does not follow up someone else\'s public question', async () => {
    expect(await ask('when will construction begin?', ALICE)).toContain('March');
    // A follow-up is titled with the question it asks again: "where will construction begin?".
    expect(await ask('where?', BOB, true)).not.toContain('construction begin?');
    // The channel's public conversation still follows Alice's question.
    expect(await ask('how much?', ALICE)).toContain('**40 million euros**');
  });

  it('follows up the asker\'s own private questions, and "she" is whom they asked about privately', async () => {
    await ask('who approved the new bridge across the harbour?', ALICE);
    expect(await ask('when will construction begin?', BOB, true)).toContain('March');
    expect(await ask('how much?', BOB, true)).toContain('**40 million euros**');
    expect(await ask('who is the mayor?', BOB, true)).toContain('Anna Lindqvist');
    expect(await ask('what did she say?', BOB, true)).toMatch(/^\nwhat did she say\?\nMayor Anna/);
    // Alice's public "how much?" follows her own question, not Bob's private ones.
    expect(await ask('how much?', ALICE)).not.toContain('40 million euros');
  });

  it('in a DM, where no one else reads, a private /ask and the messages there are one conversation', async () => {
    clock.now += 5000;
    const dm = slashCommand('ask', { question: 'when will construction begin?', private: true });
    Object.assign(dm.double, { guildId: null });
    expect(shownText(first(await handled(dm)))).toContain('March');
    clock.now += 5000;
    const next = messageDouble({ content: 'how much?', inGuild: false });
    await handleMessage(next.message, ctx);
    expect(shownText(nth(next.replies, 0))).toContain('**40 million euros**');
  });

  it('starts on the article the channel is talking about: "what is this about?" means it', async () => {
    await ask('who approved the new bridge across the harbour?', ALICE);
    expect(await ask('what is this about?', BOB, true)).toContain(BRIDGE);
  });
});

describe('the "More passages" button', () => {
  async function askedByAlice(): Promise<string> {
    const asked = await handled(
      slashCommand('ask', { question: 'who approved the new bridge across the harbour?' }),
    );
    const rows = (first(asked).components ?? []) as unknown as {
      toJSON?: () => unknown;
      components?: { custom_id?: string }[];
    }[];
    const json = rows.map((r) => (typeof r.toJSON === 'function' ? r.toJSON() : r)) as {
      components: { custom_id?: string }[];
    }[];
    const id = json.flatMap((r) => r.components).find((c) => c.custom_id?.startsWith('more:'))?.custom_id;
    expect(id).toBeDefined();
    return id ?? '';
  }

  it('shows the asker more passages, privately; others and expired answers get a private note', async () => {
    const id = await askedByAlice();
    const alice = await handled(buttonPress(id));
    expect(alice.double.sent).toHaveLength(1);
    expect(ephemeral(first(alice))).toBe(true);
    expect(shownText(first(alice))).toContain(BRIDGE);

    const bob = await handled(buttonPress(id, BOB));
    expect(bob.double.sent).toEqual([
      {
        call: 'reply',
        body: {
          content: 'Only the person who asked can page through this answer. Ask your own with /ask.',
          flags: MessageFlags.Ephemeral,
        },
      },
    ]);

    clock.now += 16 * 60 * 1000;
    const late = await handled(buttonPress(id));
    expect(late.double.sent).toEqual([
      {
        call: 'reply',
        body: { content: 'This answer has expired; please ask again.', flags: MessageFlags.Ephemeral },
      },
    ]);
  });

  it('is offered only for an answer with more passages to show', () => {
    const offered = (q: string) => {
      const { response, reply } = replyToQuestion(ctx, q, {
        askerId: ALICE,
        channelId: CHANNEL_ID,
        shared: true,
      });
      const more =
        response.kind === 'answer' &&
        response.answer.refused === undefined &&
        furtherPassages(response.answer).length > 0;
      return { more, buttons: JSON.stringify(reply.components ?? []).includes('"more:') };
    };
    const seen = [
      'who approved the new bridge across the harbour?',
      'what did the opponents argue about the lighthouse?',
      'what is the price of fish in Tokyo?',
      'how many residents were taken by ferry?',
    ].map(offered);
    for (const s of seen) expect(s.buttons).toBe(s.more);
    expect(new Set(seen.map((s) => s.more))).toEqual(new Set([true, false]));
  });

  it('ignores buttons that are not its own', async () => {
    const other = await handled(buttonPress('something-else'));
    expect(other.double.sent).toEqual([]);
  });
});

describe('errors', () => {
  it('are reported privately, as a reply or, once deferred or replied, as a follow-up', async () => {
    const fresh = slashCommand('ask');
    await replyWithError(fresh.interaction, 'Nope.');
    const deferred = slashCommand('ask');
    await deferred.interaction.deferReply();
    await replyWithError(deferred.interaction);
    const replied = slashCommand('ask');
    await replied.interaction.reply({ content: 'hi' });
    await replyWithError(replied.interaction);
    expect(fresh.double.sent.map((s) => [s.call, ephemeral(s.body), shownText(s.body).trim()])).toEqual([
      ['reply', true, 'Nope.'],
    ]);
    expect(nth(deferred.double.sent, -1).call).toBe('followUp');
    expect(nth(replied.double.sent, -1).call).toBe('followUp');
    for (const d of [deferred.double, replied.double]) {
      expect(ephemeral(nth(d.sent, -1).body)).toBe(true);
      expect(shownText(nth(d.sent, -1).body)).toContain('Something went wrong');
    }
  });

  it('in a command reach the user privately and the log without the token', async () => {
    const failing = await handled(slashCommand('ask', { question: new Error(`boom with ${TOKEN}`) }));
    expect(failing.double.sent).toHaveLength(1);
    expect(ephemeral(first(failing))).toBe(true);
    expect(shownText(first(failing))).toContain('Something went wrong');
    const logged = log.find((l) => l.msg === 'interaction failed');
    expect(logged).toMatchObject({ level: 50, user: ALICE, channel: CHANNEL_ID });
    expect(String(logged?.err)).toContain('boom with [redacted]');
    expect(JSON.stringify(log)).not.toContain(TOKEN);
  });

  it('in autocomplete are logged and nothing is sent (it cannot take a message)', async () => {
    const a = autocomplete('ask', { name: 'question', value: 'who' });
    a.double.options.getFocused = () => {
      throw new Error('boom');
    };
    await handleInteraction(a.interaction, ctx);
    expect(a.double.sent).toEqual([]);
    expect(log.map((l) => l.msg)).toEqual(['interaction failed']);
  });

  it('never come from autocomplete for a command without it, or one the bot no longer has', async () => {
    for (const name of ['help', 'gone']) {
      const a = await handled(autocomplete(name, { name: 'x', value: 'who' }));
      expect(a.double.sent).toEqual([]);
    }
    expect(log).toEqual([]);
  });

  it('a command the bot no longer has gets a private note', async () => {
    const gone = await handled(slashCommand('gone'));
    expect(gone.double.sent).toHaveLength(1);
    expect(ephemeral(first(gone))).toBe(true);
    expect(shownText(first(gone))).toContain('I do not know that command any more');
  });

  it('when even the error cannot be sent, it is logged, not thrown', async () => {
    const failing = slashCommand('ask', { question: new Error('boom') });
    failing.double.reply = async () => {
      throw new Error('Unknown interaction');
    };
    await expect(handleInteraction(failing.interaction, ctx)).resolves.toBeUndefined();
    expect(log.find((l) => l.msg === 'could not report the error to the user')).toMatchObject({
      level: 40,
      err: 'Error: Unknown interaction',
    });
  });
});

describe('/summary', () => {
  it('asks which article, privately, when there are several and none is named or talked about', async () => {
    const s = await handled(slashCommand('summary'));
    expect(ephemeral(first(s))).toBe(true);
    expect(shownText(first(s))).toContain('Which article?');
  });

  it('summarises the article named, or the one the channel talks about, in the channel', async () => {
    const named = await handled(slashCommand('summary', { article: bridgeId(), sentences: 2 }));
    expect(ephemeral(first(named))).toBe(false);
    expect(shownText(first(named))).toContain(BRIDGE);
    expect(ctx.conversations.get(CHANNEL_ID)).toBe(bridgeId());
    const followOn = await handled(slashCommand('summary'));
    expect(ephemeral(first(followOn))).toBe(false);
    expect(shownText(first(followOn))).toContain(BRIDGE);
    expect(shownText(first(followOn))).not.toContain('Which article?');
    // The bounds themselves are accepted.
    for (const sentences of [1, 10]) {
      const s = await handled(slashCommand('summary', { article: bridgeId(), sentences }));
      expect(shownText(first(s))).toContain(BRIDGE);
    }
  });

  it('refuses, privately, sentence counts out of range and unknown articles', async () => {
    for (const sentences of [0, 11, 100]) {
      const s = await handled(slashCommand('summary', { sentences, article: bridgeId() }));
      expect(s.double.sent).toEqual([
        { call: 'reply', body: { content: 'Pick 1 to 10 sentences.', flags: MessageFlags.Ephemeral } },
      ]);
    }
    const unknown = await handled(slashCommand('summary', { article: 'nope.txt' }));
    expect(unknown.double.sent).toEqual([
      {
        call: 'reply',
        body: {
          content: UNKNOWN_ARTICLE_TEXT,
          flags: MessageFlags.Ephemeral,
        },
      },
    ]);
  });
});

describe('/help and /article', () => {
  it('/help shows how to ask, privately', async () => {
    const h = await handled(slashCommand('help'));
    expect(ephemeral(first(h))).toBe(true);
    expect(shownText(first(h))).toMatch(/How to ask[\s\S]*Try: “/);
  });

  it('/article lists what the bot knows and marks the one the channel talks about', async () => {
    ctx.conversations.set(CHANNEL_ID, bridgeId());
    const a = await handled(slashCommand('article'));
    const text = shownText(first(a));
    expect(text).toContain('What I know: 2 articles');
    const [bridge, volcano] = [BRIDGE, VOLCANO].map((t) => text.split('\n\n').find((p) => p.includes(t)));
    expect(bridge).toContain('talking about this one here');
    expect(volcano).toBeDefined();
    expect(volcano).not.toContain('talking about');
  });
});

describe('/learn and /reload', () => {
  it('/reload names the files it skipped, and keeps the old articles when the folder is gone', async () => {
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'broken.txt'));
    try {
      const r = await handled(slashCommand('reload'));
      expect(nth(r.double.sent, 1).body.content).toMatch(
        /\n⚠ skipped broken\.txt: broken or looping symbolic link$/,
      );
    } finally {
      rmSync(path.join(dir, 'broken.txt'));
    }
    const gone = mkdtempSync(path.join(tmpdir(), 'handlers-gone-'));
    copyFileSync(new URL('plain.txt', FIXTURES), path.join(gone, 'bridge.txt'));
    const goneKb = await KnowledgeBase.load(gone);
    rmSync(gone, { recursive: true, force: true });
    const { ctx: goneCtx, log: goneLog } = testContext(goneKb);
    const r = slashCommand('reload');
    await handleInteraction(r.interaction, goneCtx);
    expect(r.double.sent.map((s) => [s.call, ephemeral(s.body)])).toEqual([
      ['deferReply', true],
      ['editReply', false],
    ]);
    expect(nth(r.double.sent, 1).body.content).toMatch(
      /^Reload failed, still answering from the previous articles: knowledge folder not found/,
    );
    expect(goneKb.engine.articles.map((a) => a.title)).toEqual([BRIDGE]);
    expect(goneLog.find((l) => l.msg === 'reload failed; old knowledge kept')).toMatchObject({
      command: 'reload',
    });
  });

  it('are for members who may manage the server', () => {
    for (const name of ['learn', 'reload']) {
      expect(commandsByName.get(name)?.data.default_member_permissions).toBe(
        String(PermissionFlagsBits.ManageGuild),
      );
    }
    const open = commands
      .filter((c) => c.data.default_member_permissions !== undefined)
      .map((c) => c.data.name);
    expect(open.sort()).toEqual(['learn', 'reload']);
  });

  it('/learn defers privately before fetching, then says why nothing was added', async () => {
    const l = await handled(slashCommand('learn', { url: 'http://127.0.0.1:9/page' }));
    expect(l.double.sent.map((s) => [s.call, ephemeral(s.body)])).toEqual([
      ['deferReply', true],
      ['editReply', false],
    ]);
    expect(shownText(nth(l.double.sent, 1).body)).toContain('Nothing was added.');
    expect(log.find((l) => l.msg === 'article not learned')).toMatchObject({ command: 'learn' });
  });

  it('/reload defers privately, then lists what changed', async () => {
    writeFileSync(
      path.join(dir, 'extra.txt'),
      'Extra title\n\nA third article about the ferry timetable changed in May.\n',
    );
    try {
      const r = await handled(slashCommand('reload'));
      expect(r.double.sent.map((s) => s.call)).toEqual(['deferReply', 'editReply']);
      expect(ephemeral(first(r))).toBe(true);
      const text = nth(r.double.sent, 1).body.content ?? '';
      expect(text).toMatch(
        /^Reloaded in \d+ ms: 1 added, 0 changed, 0 removed, 2 unchanged \(\d+ sentences\)\.\n\+ extra\.txt$/,
      );
      writeFileSync(
        path.join(dir, 'extra.txt'),
        'Extra title\n\nThe ferry timetable changed again in June.\n',
      );
      const changed = await handled(slashCommand('reload'));
      expect(log.find((l) => l.msg === 'knowledge reloaded')).toMatchObject({ command: 'reload', errors: 0 });
      expect(nth(changed.double.sent, 1).body.content).toMatch(
        /1 changed, 0 removed, 2 unchanged.*\n~ extra\.txt$/,
      );
    } finally {
      rmSync(path.join(dir, 'extra.txt'));
    }
    const removed = await handled(slashCommand('reload'));
    expect(nth(removed.double.sent, 1).body.content).toMatch(
      /0 changed, 1 removed, 2 unchanged.*\n- extra\.txt$/,
    );
  });
});
