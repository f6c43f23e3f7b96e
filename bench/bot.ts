/**
 * Bot benchmark through the fake Discord (loopback only): start-to-ready time and peak memory of the
 * bot process, and milliseconds from the gateway event to the bot's REST reply, by mention and by /ask.
 * Then a burst of questions checks that no reply is lost or duplicated.
 *
 *   npm run bench:bot [-- --questions 1000 --latency 200] [--built DIR]
 *
 * `--built DIR`: run DIR/main.js, a build already made (the tests pass theirs), instead of building dist/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { startBotProcess } from '../test/support/bot-process.js';
import { FakeDiscord, snowflake, type RecordedRequest } from '../test/support/fake-discord.js';
import { SEED_FILE, seedText } from '../test/support/seed-folder.js';
import { argValue, fmt, percentile } from './lib.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.benchT.${'b'.repeat(38)}`;
const args = process.argv.slice(2);
const total = Number(argValue(args, '--questions') ?? 1000);
const latencyN = Number(argValue(args, '--latency') ?? 200);
const questions = readFileSync(new URL('../test/qa/seed/questions.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as { question: string }).question);

function peakRssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
  } catch {
    return NaN;
  }
}

const builtArg = argValue(args, '--built');
const root = new URL('..', import.meta.url).pathname;
if (builtArg === undefined)
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
const mainScript = path.resolve(builtArg ?? path.join(root, 'dist'), 'main.js');
// The seed questions are asked of the seed article alone, not of whatever else is in knowledge/.
const knowledge = mkdtempSync(path.join(tmpdir(), 'bench-bot-'));
writeFileSync(path.join(knowledge, SEED_FILE), seedText());
const fake = await FakeDiscord.start({ token: TOKEN });
const t0 = performance.now();
const bot = startBotProcess(
  {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    COOLDOWN_SECONDS: '0',
    LOG_LEVEL: 'info',
    KNOWLEDGE_DIR: knowledge,
  },
  mainScript,
  [],
);
try {
  const ready = await bot.waitForLog((l) => l.msg === 'ready');
  const probe = fake.postMessage({ content: `<@${fake.botUser.id}> who signed?`, userId: snowflake() });
  await fake.waitForRequest(
    (r) =>
      (r.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === probe,
  );
  const readyMs = performance.now() - t0;

  const replyKey = (r: RecordedRequest): string | undefined => {
    const ref = (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference
      ?.message_id;
    if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && ref !== undefined) return ref;
    const m = /^\/interactions\/(\d+)\//.exec(r.path);
    return r.method === 'POST' && m ? m[1] : undefined;
  };

  async function ask(i: number): Promise<{ key: string; sentAt: number; via: 'mention' | 'slash' }> {
    const q = questions[i % questions.length] ?? 'who signed?';
    const sentAt = performance.now();
    if (i % 2 === 0) {
      return {
        key: fake.postMessage({ content: `<@${fake.botUser.id}> ${q}`, userId: snowflake() }),
        sentAt,
        via: 'mention',
      };
    }
    const { id } = fake.runCommand(
      'ask',
      [{ name: 'question', type: ApplicationCommandOptionType.String, value: q }],
      snowflake(),
    );
    return { key: id, sentAt, via: 'slash' };
  }

  // Latency: one question at a time.
  const lat = { mention: [] as number[], slash: [] as number[] };
  for (let i = 0; i < latencyN; i++) {
    const { key, sentAt, via } = await ask(i);
    const reply = await fake.waitForRequest((r) => replyKey(r) === key);
    lat[via].push(reply.at - sentAt);
  }

  // Burst: everything at once, then count replies per question.
  const sent: string[] = [];
  for (let i = 0; i < total; i++) sent.push((await ask(i)).key);
  const deadline = performance.now() + 60_000;
  const counts = new Map<string, number>();
  while (performance.now() < deadline) {
    counts.clear();
    for (const r of fake.requests) {
      const k = replyKey(r);
      if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    if (sent.every((k) => counts.has(k))) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 500)); // let any duplicate arrive
  counts.clear();
  for (const r of fake.requests) {
    const k = replyKey(r);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const lost = sent.filter((k) => !counts.has(k)).length;
  const duplicated = sent.filter((k) => (counts.get(k) ?? 0) > 1).length;
  const peak = peakRssMb(bot.child.pid);

  console.log(`Bot benchmark (Node ${process.version}, fake Discord on 127.0.0.1)\n`);
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| process start → ready (as the bot logs it) | ${String(ready.startupMs)} ms |`);
  console.log(`| spawn → first answer delivered | ${fmt(readyMs, 0)} ms |`);
  console.log(
    `| mention: event → reply, median / p95 (n=${lat.mention.length}) | ${fmt(percentile(lat.mention, 50), 2)} / ${fmt(percentile(lat.mention, 95), 2)} ms |`,
  );
  console.log(
    `| /ask: event → callback, median / p95 (n=${lat.slash.length}) | ${fmt(percentile(lat.slash, 50), 2)} / ${fmt(percentile(lat.slash, 95), 2)} ms |`,
  );
  console.log(`| burst of ${total} questions: lost / duplicated replies | ${lost} / ${duplicated} |`);
  console.log(`| bot process peak RSS | ${fmt(peak, 0)} MB |`);
  if (lost > 0 || duplicated > 0) process.exitCode = 1;
} finally {
  await bot.stop();
  await fake.close();
  rmSync(knowledge, { recursive: true, force: true });
}
