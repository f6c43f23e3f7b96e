/**
 * `/learn url:` end to end: the real bot process against the fake Discord, fetching from a small web
 * site on 127.0.0.1 (allowed with ALLOW_PRIVATE_URLS, as an owner would for a local site).
 */
import { CreateMessageInteractionCallbackRequestSchema } from 'discord-api-spec/zod';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotProcess, type BotProcess } from '../support/bot-process.js';
import { FakeDiscord, snowflake, type RecordedRequest } from '../support/fake-discord.js';
import { PageServer } from '../support/page-server.js';
import { EPHEMERAL, isCallback, isReplyTo, sent } from '../support/requests.js';
import { seedArticle } from '../support/seed.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.fakeTk.${'l3arn'.repeat(8)}`;

describe('/learn', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let site: PageServer;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-learn-'));
    await copyFile(seedArticle(), path.join(dir, 'iraq.txt'));
    site = await PageServer.start();
    fake = await FakeDiscord.start({ token: TOKEN });
    bot = startBotProcess({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      KNOWLEDGE_DIR: dir,
      COOLDOWN_SECONDS: '0',
      WATCH_KNOWLEDGE: 'false',
      ALLOW_PRIVATE_URLS: 'true',
    });
    await bot.waitForLog((l) => l.msg === 'ready', 60_000);
  }, 90_000);
  afterAll(async () => {
    await bot.stop();
    await fake.close();
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Run /learn and return the deferred callback and the reply that replaced it. */
  async function learn(url: string): Promise<{ deferred: RecordedRequest; reply: RecordedRequest }> {
    const { id, token } = fake.runCommand(
      'learn',
      [{ name: 'url', type: ApplicationCommandOptionType.String, value: url }],
      snowflake(),
    );
    const deferred = await fake.waitForRequest(isCallback(id), 30_000);
    const reply = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(token), 30_000);
    return { deferred, reply };
  }

  it('adds a page by its URL, privately, and answers from it at once, citing it', async () => {
    const { deferred, reply } = await learn(site.url('/ferry'));
    const callback = deferred.body as { data: { flags: number } };
    expect(CreateMessageInteractionCallbackRequestSchema.safeParse(deferred.body).success).toBe(true);
    expect(callback.data.flags).toBe(EPHEMERAL);
    expect((reply.body as { content: string }).content).toMatch(
      /^Added “Night ferry to Brightwater returns after nine years” \(\d+ sentences\) as web\/.+\.html\.$/,
    );
    const ask = fake.postMessage({
      content: `<@${fake.botUser.id}> how much is a cabin for two?`,
      userId: snowflake(),
    });
    const answer = JSON.stringify(sent(await fake.waitForRequest(isReplyTo(ask))).embeds);
    expect(answer).toContain('A cabin for two will cost');
    expect(answer).toContain('https://gazette.example/news/2026/night-ferry-returns');
  });

  it('the same URL again updates the article, not a second copy', async () => {
    const { reply } = await learn(site.url('/ferry'));
    expect((reply.body as { content: string }).content).toMatch(/^Updated “Night ferry/);
    expect(await readdir(path.join(dir, 'web'))).toHaveLength(1);
  });

  it('a bad page gets the reason, and nothing is written', async () => {
    for (const [route, reason] of [
      ['/missing', /HTTP 404/],
      ['/report.pdf', /not a web page/],
      ['/front', /No article was found/],
    ] as const) {
      const { reply } = await learn(site.url(route));
      const description = (reply.body as { embeds: { description: string }[] }).embeds[0]?.description;
      expect(description, route).toMatch(/^Nothing was added\./);
      expect(description, route).toMatch(reason);
    }
    expect(await readdir(path.join(dir, 'web'))).toHaveLength(1);
    // The log line travels through the bot's stdout, which may arrive after its reply reached Discord.
    await bot.waitForLog((l) => l.msg === 'article not learned' && l.reason === 'http-status');
  });
});
