/**
 * Hardening, through the fake Discord: network trouble (429, 5xx, dropped and zombie gateway
 * connections, invalid sessions), awkward input, and a bounded soak run. Loopback only.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';
import { FakeDiscord, snowflake, type RecordedRequest } from '../support/fake-discord.js';
import { EPHEMERAL, isCallback, isMessagePost, isReplyTo, refOf } from '../support/requests.js';
import { percentile } from '../../bench/lib.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.faults.${'f4ult5'.repeat(7)}`;
const description = (r: RecordedRequest) =>
  (r.body as { embeds?: { description?: string; title?: string }[] }).embeds?.[0]?.description ?? '';

async function waitUntil(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 25));
  }
}

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
    bot = startBotProcess(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0' },
      'src/main.ts',
      ['--expose-gc', '--import', 'tsx'],
    );
    await bot.waitForLog((l) => l.msg === 'ready');
  });

  afterAll(async () => {
    await bot?.stop();
    expect(bot.stderr()).not.toMatch(/uncaught|unhandled/i);
    await fake?.close();
    expect(bot.stdout() + bot.stderr()).not.toContain(TOKEN);
  });

  it('REST 5xx on message create: retried, the reply delivered once', async () => {
    fake.script({ match: isMessagePost, status: 502, body: { message: 'Bad Gateway', code: 0 } });
    const id = ask('what does the protocol summarize?');
    const delivered = await fake.waitForRequest(
      (r) => isReplyTo(id)(r) && fake.requests.filter(isReplyTo(id)).length === 2,
    );
    expect(description(delivered)).toContain('summarizes');
    expect(await settledReplies(id)).toBe(2); // the failed attempt and the delivered one: no third
  });

  it('global 429: the bot waits as told, then answers once', async () => {
    fake.script({
      match: isMessagePost,
      status: 429,
      headers: { 'retry-after': '1', 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
      body: { message: 'You are being rate limited.', retry_after: 1, global: true },
    });
    const id = ask('who signed?');
    await fake.waitForRequest((r) => isReplyTo(id)(r) && fake.requests.filter(isReplyTo(id)).length === 2);
    const [limited, delivered] = fake.requests.filter(isReplyTo(id)) as [RecordedRequest, RecordedRequest];
    expect(delivered.at - limited.at).toBeGreaterThanOrEqual(900);
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

  it('soak: 1,000 questions from 50 users in 5 channels, each answered exactly once, no heap growth', async () => {
    const users = Array.from({ length: 50 }, () => snowflake());
    const questions = [
      'who signed?',
      'where did the commission convene?',
      'what happened in 2014?',
      'caliphate',
      'why did Obaidi thank Russia?',
    ];
    const heap = async () => {
      const before = bot.logs.filter((l) => l.msg === 'memory').length;
      bot.child.kill('SIGUSR2');
      await bot.waitForLog(
        (l) => l.msg === 'memory' && bot.logs.filter((x) => x.msg === 'memory').length > before,
      );
      return Number(bot.logs.filter((l) => l.msg === 'memory').at(-1)?.heapUsed);
    };
    const run = async (n: number) => {
      const sent: { id: string; at: number }[] = [];
      for (let i = 0; i < n; i++) {
        const at = performance.now();
        const id = fake.postMessage({
          content: `<@${fake.botUser.id}> ${questions[i % questions.length]}`,
          userId: users[i % users.length] ?? '',
          guild: i % 5,
        });
        sent.push({ id, at });
      }
      await waitUntil(() => {
        const replied = new Set(fake.requests.filter(isMessagePost).map(refOf));
        return sent.every((s) => replied.has(s.id));
      }, 60_000);
      return sent;
    };
    await run(1000); // fills the bounded caches (answers kept for the More button, words seen)
    const heapBefore = await heap();
    const sent = await run(1000);
    const heapAfter = await heap();
    const counts = new Map<string, number>();
    for (const r of fake.requests.filter(isMessagePost))
      counts.set(refOf(r) ?? '', (counts.get(refOf(r) ?? '') ?? 0) + 1);
    expect(sent.filter((s) => counts.get(s.id) !== 1)).toEqual([]);
    const replyAt = new Map(fake.requests.filter(isMessagePost).map((r) => [refOf(r), r.at]));
    const latencies = sent.map((s) => (replyAt.get(s.id) ?? NaN) - s.at);
    console.log(
      `soak: 1000 questions answered once each; event → reply p95 ${percentile(latencies, 95).toFixed(1)} ms (all sent at once); heap ${(heapBefore / 1048576).toFixed(1)} → ${(heapAfter / 1048576).toFixed(1)} MB`,
    );
    expect(heapAfter).toBeLessThanOrEqual(heapBefore * 1.1);
  }, 120_000);

  it('SIGTERM while questions are being answered: the bot stops cleanly with exit code 0', async () => {
    for (let i = 0; i < 20; i++) ask('who signed?');
    await new Promise((r) => setTimeout(r, 20));
    expect(await bot.stop()).toBe(0);
    expect(bot.logs.some((l) => l.msg === 'shutting down')).toBe(true);
  });
});
