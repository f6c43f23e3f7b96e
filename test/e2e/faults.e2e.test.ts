/**
 * Hardening, through the fake Discord: network trouble (429, 5xx, dropped and zombie gateway
 * connections, invalid sessions) and awkward input. Loopback only. The soak run is in bot.soak.test.ts.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, stopAndCheck, waitUntil, type BotProcess } from '../support/bot-process.js';
import { FakeDiscord, snowflake, type RecordedRequest } from '../support/fake-discord.js';
import { EPHEMERAL, isCallback, isCreatedMessage, isMessagePost, isReplyTo } from '../support/requests.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.faults.${'f4ult5'.repeat(7)}`;
const description = (r: RecordedRequest) =>
  (r.body as { embeds?: { description?: string; title?: string }[] }).embeds?.[0]?.description ?? '';

describe('faults and awkward input', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  const ask = (question: string, extra: { guild?: number } = {}) =>
    fake.postMessage({ content: `<@${fake.botUser.id}> ${question}`, userId: snowflake(), ...extra });
  /** Wait until nothing more is in flight for `id`, then count the replies (exactly-once checks). */
  const settledReplies = async (id: string) => {
    const probe = ask('caliphate');
    await fake.waitForRequest(isReplyTo(probe), 20_000);
    return fake.requests.filter((r) => isReplyTo(id)(r) && r.headers['x-test-failed'] === undefined).length;
  };

  beforeAll(async () => {
    // Heartbeats every 400 ms, so that a zombie connection is noticed within a second.
    fake = await FakeDiscord.start({ token: TOKEN, guilds: 5, heartbeatInterval: 400 });
    bot = startBotProcess({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0' });
    await bot.waitForLog((l) => l.msg === 'ready');
  });

  afterAll(() => stopAndCheck(bot, fake, TOKEN));

  it('REST 5xx on message create: retried, the reply delivered once', async () => {
    fake.script({ match: isMessagePost, status: 502, body: { message: 'Bad Gateway', code: 0 } });
    const id = ask('what does the protocol summarize?');
    const delivered = await fake.waitForRequest(
      (r) => isReplyTo(id)(r) && fake.requests.filter(isReplyTo(id)).length === 2,
    );
    expect(description(delivered)).toContain('summarizes');
    expect(await settledReplies(id)).toBe(2); // the failed attempt and the delivered one: no third
  });

  it.each(['before', 'after'] as const)(
    'the connection closing under a reply (%s Discord read it): sent again, one message posted',
    async (drop) => {
      fake.script({ match: isMessagePost, status: 0, drop });
      const id = ask('who signed?');
      await fake.waitForRequest((r) => isReplyTo(id)(r) && fake.requests.filter(isReplyTo(id)).length === 2);
      const [first, second] = fake.requests.filter(isReplyTo(id));
      // The same nonce, enforced: Discord gives back a message the first attempt created.
      expect((second?.body as { nonce?: string }).nonce).toBe((first?.body as { nonce?: string }).nonce);
      expect((second?.body as { enforce_nonce?: boolean }).enforce_nonce).toBe(true);
      expect(description(second as RecordedRequest)).toContain('Khaled Obaidi');
      await settledReplies(id);
      expect(fake.requests.filter((r) => isReplyTo(id)(r) && isCreatedMessage(r))).toHaveLength(1);
    },
  );

  it.each(['before', 'after'] as const)(
    'the connection closing under a /ask answer (%s Discord read it): the user gets one answer',
    async (drop) => {
      fake.script({ match: (r) => r.path.endsWith('/callback'), status: 0, drop });
      const { id } = fake.runCommand(
        'ask',
        [{ name: 'question', type: ApplicationCommandOptionType.String, value: 'who signed?' }],
        snowflake(),
      );
      await fake.waitForRequest(
        (r) => isCallback(id)(r) && fake.requests.filter(isCallback(id)).length === 2,
      );
      await settledReplies(id);
      const callbacks = fake.requests.filter(isCallback(id));
      expect(callbacks).toHaveLength(2); // the lost one and the one sent again: no third
      expect(callbacks.filter((r) => r.outcome === undefined)).toHaveLength(1);
      // Taken as delivered: no error reply follows, and the bot logged no failure for it.
      expect(fake.requests.filter((r) => r.path.startsWith('/webhooks/') && r.path.includes(id))).toEqual([]);
      expect(bot.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
    },
  );

  it('global 429: the bot waits as told, then answers once', async () => {
    fake.script({
      match: isMessagePost,
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
      body: { message: 'You are being rate limited.', retry_after: 1, global: true },
    });
    const id = ask('who signed?');
    await fake.waitForRequest((r) => isReplyTo(id)(r) && fake.requests.filter(isReplyTo(id)).length === 2);
    // A retry before Retry-After had passed would have met another 429 (and a third attempt).
    expect(fake.earlyRetries).toEqual([]);
    expect(await settledReplies(id)).toBe(2);
  });

  it('interaction callback 500: retried, and the user gets one answer', async () => {
    fake.script({
      match: (r) => r.path.endsWith('/callback'),
      status: 500,
      body: { message: 'Internal Server Error', code: 0 },
    });
    const { id } = fake.runCommand(
      'ask',
      [{ name: 'question', type: ApplicationCommandOptionType.String, value: 'who signed?' }],
      snowflake(),
    );
    await fake.waitForRequest((r) => isCallback(id)(r) && fake.requests.filter(isCallback(id)).length === 2);
    await settledReplies(id);
    const callbacks = fake.requests.filter(isCallback(id));
    expect(callbacks).toHaveLength(2); // one failed, one delivered
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'))).toHaveLength(
      0,
    );
  });

  it('a follow-up whose connection is reset after Discord posted it is not sent again: one error message', async () => {
    // /reload defers, then its answer (an edit of the deferred reply) is refused twice, so the error
    // goes as a follow-up message, the one request Discord cannot tell apart when it is sent again.
    const { id, token } = fake.runCommand('reload', [], snowflake());
    const ours = (r: RecordedRequest) => r.path.includes(token);
    const followUp = (r: RecordedRequest) =>
      ours(r) && r.method === 'POST' && r.path.startsWith('/webhooks/');
    fake.script({
      match: (r) => ours(r) && r.method === 'PATCH',
      status: 404,
      body: { message: 'Unknown Webhook', code: 10015 },
      times: 2,
    });
    // Posted, then the connection reset (ECONNRESET): discord.js used to send it again by itself.
    fake.script({ match: followUp, status: 0, drop: 'after', reset: true });
    await waitUntil(() => fake.requests.some(followUp));
    await settledReplies(id);
    const posted = fake.requests.filter(followUp);
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]?.body)).toMatch(/Something went wrong/);
    // The bot cannot know the message was posted: it says so in its log, and sends nothing more.
    await bot.waitForLog((l) => l.msg === 'could not report the error to the user');
  });

  it('an interaction with its required option missing gets an ephemeral error, not a crash', async () => {
    const { id } = fake.runCommand('ask', [], snowflake());
    const callback = await fake.waitForRequest(isCallback(id));
    const data = (callback.body as { data: { flags?: number; embeds?: { description?: string }[] } }).data;
    expect(data.flags).toBe(EPHEMERAL);
    expect(data.embeds?.[0]?.description).toMatch(/Something went wrong/);
    expect(bot.child.exitCode).toBeNull();
  });

  it('a 4,000-character question is refused with a message; emoji-only and blank mentions get the help', async () => {
    const long = ask(`who signed ${'very '.repeat(800)}?`);
    expect(description(await fake.waitForRequest(isReplyTo(long)))).toMatch(
      /please keep it to 500 characters or fewer/,
    );
    const emoji = ask('🙂🙂 ‍');
    const help = await fake.waitForRequest(isReplyTo(emoji));
    expect((help.body as { embeds: { title: string }[] }).embeds[0]?.title).toBe('How to ask');
  });

  it('a message edited into a question is answered once; editing it again does not answer twice', async () => {
    const id = fake.postMessage({ content: 'hello everyone', userId: snowflake() });
    fake.editMessage(id, `<@${fake.botUser.id}> who signed the agreement?`);
    expect(description(await fake.waitForRequest(isReplyTo(id)))).toContain('Obaidi');
    fake.editMessage(id, `<@${fake.botUser.id}> who signed the agreement??`);
    expect(await settledReplies(id)).toBe(1);
  });

  it('gateway close 4009 (session timed out): RESUME is refused (op 9), the bot identifies again and answers', async () => {
    const identifies = fake.identifies.length;
    const resumes = fake.resumes.length;
    fake.dropConnections(4009, true);
    await waitUntil(() => fake.identifies.length > identifies);
    expect(fake.resumes.length).toBeGreaterThan(resumes); // it tried to resume first, as discord.js does
    await bot
      .waitForLog((l) => l.msg === 'gateway resumed' || l.msg === 'ready', 5_000)
      .catch(() => undefined);
    const id = ask('what happened in 2014?');
    expect(description(await fake.waitForRequest(isReplyTo(id), 20_000))).toContain('2014');
    expect(await settledReplies(id)).toBe(1);
  });

  it('a zombie connection (heartbeats not acknowledged) is detected; the bot reconnects and answers', async () => {
    const resumes = fake.resumes.length;
    fake.setHeartbeatAcks(false);
    await waitUntil(() => fake.resumes.length > resumes);
    fake.setHeartbeatAcks(true);
    const id = ask('why did Obaidi thank Russia?');
    expect(description(await fake.waitForRequest(isReplyTo(id), 20_000))).toContain('thanked');
    expect(await settledReplies(id)).toBe(1);
  });

  it('SIGTERM while questions are being answered: the bot stops cleanly with exit code 0', async () => {
    for (let i = 0; i < 20; i++) ask('who signed?');
    await new Promise((r) => setTimeout(r, 20));
    expect(await bot.stop()).toBe(0);
    expect(bot.logs.some((l) => l.msg === 'shutting down')).toBe(true);
  });
});
