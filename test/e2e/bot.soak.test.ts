/**
 * Soak run through the fake Discord (loopback only): 2,000 questions from 50 users in 5 channels, each
 * answered exactly once. About 45 s here, so it is kept out of `npm test`: `npm run test:soak` runs it,
 * and so does CI. Latency and heap figures are printed for the record; the thresholds on them live in
 * `npm run bench:bot`, not here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentile } from '../../bench/lib.js';
import {
  startBotProcess,
  stopAndCheck,
  waitWhileProgressing,
  type BotProcess,
} from '../support/bot-process.js';
import { FakeDiscord, snowflake } from '../support/fake-discord.js';
import { isCreatedMessage, refOf } from '../support/requests.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.soak00.${'s0ak'.repeat(10)}`;

describe('soak', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN, guilds: 5 });
    bot = startBotProcess(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, COOLDOWN_SECONDS: '0' },
      'main.js',
      ['--expose-gc'],
    );
    await bot.waitForLog((l) => l.msg === 'ready');
  });

  afterAll(() => stopAndCheck(bot, fake, TOKEN));

  it('2 × 1,000 questions from 50 users in 5 channels: each answered exactly once', async () => {
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
      // The test is about every question answered once, not about speed: it waits as long as replies keep
      // coming (discord.js keeps to 50 requests a second, so 1,000 replies take 20 s at best; on a machine
      // shared with other jobs one run took over 270 s), and fails if they stop for a minute.
      const ids = new Set(sent.map((s) => s.id));
      const replied = () =>
        new Set(
          fake.requests.filter(isCreatedMessage).flatMap((r) => (ids.has(refOf(r) ?? '') ? [refOf(r)] : [])),
        );
      await waitWhileProgressing(() => replied().size, n).catch((error: unknown) => {
        // What a stall leaves to look at: which messages, and what the bot and the gateway said.
        const got = replied();
        const missing = sent.filter((s) => !got.has(s.id)).map((s) => s.id);
        const warnings = bot.logs.filter((l) => Number(l.level) >= 40);
        throw new Error(
          `${String(error)}; unanswered ${JSON.stringify(missing)}; identifies ${fake.identifies.length}, resumes ${JSON.stringify(fake.resumes)}; bot warnings ${JSON.stringify(warnings).slice(0, 4000)}`,
        );
      });
      return sent;
    };
    await run(1000); // fills the bounded caches (answers kept for the More button, words seen)
    const heapBefore = await heap();
    const sent = await run(1000);
    const heapAfter = await heap();
    const counts = new Map<string, number>();
    for (const r of fake.requests.filter(isCreatedMessage))
      counts.set(refOf(r) ?? '', (counts.get(refOf(r) ?? '') ?? 0) + 1);
    expect(sent.filter((s) => counts.get(s.id) !== 1)).toEqual([]);
    const replyAt = new Map(fake.requests.filter(isCreatedMessage).map((r) => [refOf(r), r.at]));
    const latencies = sent.map((s) => (replyAt.get(s.id) ?? NaN) - s.at);
    console.log(
      `soak: 1000 questions answered once each; event → reply p95 ${percentile(latencies, 95).toFixed(1)} ms (all sent at once); heap ${(heapBefore / 1048576).toFixed(1)} → ${(heapAfter / 1048576).toFixed(1)} MB`,
    );
  }, 900_000);
});
