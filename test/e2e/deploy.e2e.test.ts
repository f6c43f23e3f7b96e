/**
 * The README's "Running the bot on Discord" steps, followed as a new bot owner would, in a copy of the
 * project: `cp .env.example .env`, fill in the token and the client id, then the npm scripts exactly
 * as the README writes them, in its order. The only extra line in .env is DISCORD_API_URL, which
 * points at the fake Discord on 127.0.0.1 instead of discord.com.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionsInteger } from '../../src/discord/permissions.js';
import { startBotProcess, startProcess } from '../support/bot-process.js';
import { FakeDiscord, snowflake } from '../support/fake-discord.js';
import { isReplyTo, sent } from '../support/requests.js';
import { copyProject } from '../support/seed.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.fakeTk.${'s3cr3t'.repeat(7)}`;
const root = new URL('../..', import.meta.url).pathname;
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const deploySection = readme.slice(readme.indexOf('## Running the bot on Discord'));

/** Set `name=value` in a .env file on the line the example already has for it, as a person edits it. */
function fill(file: string, name: string, value: string): void {
  const text = readFileSync(file, 'utf8');
  const line = new RegExp(`^${name}=.*$`, 'm');
  expect(text).toMatch(line);
  writeFileSync(file, text.replace(line, `${name}=${value}`));
}

describe('deploying as the README says', () => {
  let fake: FakeDiscord;
  let project: string;

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
    // A fresh checkout: the committed files a user gets, knowledge/ with the seed article alone.
    project = copyProject(['package.json', 'package-lock.json', '.env.example', 'scripts', 'src']);
  });

  afterAll(async () => {
    await fake?.close();
    if (project !== undefined) rmSync(project, { recursive: true, force: true, maxRetries: 5 });
  });

  it('cp .env.example .env', () => {
    expect(deploySection).toContain('`cp .env.example .env`');
    execFileSync('cp', ['.env.example', '.env'], { cwd: project });
  });

  it('before the token and the client id are set, invite and deploy-commands say what is missing and exit with 1', async () => {
    expect(deploySection).toContain('Without `DISCORD_CLIENT_ID` it says so and exits with 1.');
    expect(deploySection).toContain(
      'Without `DISCORD_TOKEN` and `DISCORD_CLIENT_ID` it says which is missing',
    );
    const invite = startProcess('npm', ['run', '--silent', 'invite'], { cwd: project, env: {} });
    expect(await invite.exited).toBe(1);
    expect(invite.stderr()).toContain('DISCORD_CLIENT_ID');
    expect(invite.stdout()).toBe('');
    const deploy = startProcess('npm', ['run', '--silent', 'deploy-commands'], { cwd: project, env: {} });
    expect(await deploy.exited).toBe(1);
    expect(deploy.stderr()).toContain('DISCORD_TOKEN and DISCORD_CLIENT_ID');
    expect(fake.requestsTo('PUT', /^\/applications\//)).toEqual([]);
  });

  it('set DISCORD_TOKEN and DISCORD_CLIENT_ID', () => {
    const env = path.join(project, '.env');
    fill(env, 'DISCORD_TOKEN', TOKEN);
    fill(env, 'DISCORD_CLIENT_ID', fake.applicationId);
    fill(env, 'DISCORD_API_URL', fake.apiUrl);
  });

  it('npm run invite prints the link that adds the bot with its scopes and permissions', async () => {
    expect(deploySection).toContain('`npm run --silent invite`');
    const invite = startProcess('npm', ['run', '--silent', 'invite'], { cwd: project, env: {} });
    expect(await invite.exited).toBe(0);
    const url = new URL(invite.stdout().split('\n')[0] ?? '');
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(fake.applicationId);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toMatch(/^[1-9]\d*$/);
  });

  it('npm run deploy-commands registers the commands globally', async () => {
    expect(deploySection).toContain('`npm run deploy-commands`');
    const deploy = startProcess('npm', ['run', 'deploy-commands'], { cwd: project, env: {} });
    expect(await deploy.exited).toBe(0);
    const puts = fake.requestsTo('PUT', /^\/applications\/\d+\/commands$/);
    expect(puts.map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/commands`]);
    expect(deploy.stdout()).toMatch(/Registered \d+ commands globally/);
  });

  it('npm start: the bot is ready and answers', async () => {
    expect(deploySection).toMatch(/`npm start`/);
    const bot = startProcess('npm', ['start'], { cwd: project, env: {} });
    try {
      // Ready, or the exit that a bad .env.example causes (with what the bot printed).
      const ready = await Promise.race([
        bot.waitForLog((l) => l.msg === 'ready', 60_000).then(() => 'ready'),
        bot.exited.then((code) => `exited with ${code}: ${bot.stderr().slice(-1500)}`),
      ]);
      expect(ready).toBe('ready');
      const id = fake.postMessage({
        content: `<@${fake.botUser.id}> who signed the agreement?`,
        userId: snowflake(),
      });
      const reply = sent(await fake.waitForRequest(isReplyTo(id)));
      expect(reply.embeds?.[0]?.description).toMatch(/^\*\*Khaled Obaidi and Alexander Fomin\*\*/);
      expect(bot.stdout() + bot.stderr()).not.toContain(TOKEN);
      // It is in a server, so it does not ask to be invited.
      expect(bot.logs.some((l) => 'invite' in l)).toBe(false);
    } finally {
      await bot.stop();
    }
  }, 90_000);
});

describe('a bot in no server yet, with HEALTH_PORT', () => {
  it('logs the invite link when it is ready, and serves /healthz and /readyz on loopback', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN, guilds: 0 });
    const bot = startBotProcess({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl, HEALTH_PORT: '0' });
    try {
      const listening = await bot.waitForLog((l) => l.msg === 'health endpoints listening', 60_000);
      expect(listening.host).toBe('127.0.0.1');
      const base = `http://127.0.0.1:${String(listening.port)}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);

      const log = await bot.waitForLog((l) => typeof l.invite === 'string', 60_000);
      const url = new URL(String(log.invite));
      expect(url.searchParams.get('client_id')).toBe(fake.applicationId);
      expect(url.searchParams.get('permissions')).toBe(permissionsInteger());

      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      const body = (await ready.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ status: 'ready', gateway: true, articles: 1 });
      expect(Number(body.sentences)).toBeGreaterThan(0);
      expect(Date.parse(String(body.loadedAt))).not.toBeNaN();
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});
