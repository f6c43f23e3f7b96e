/**
 * The README's "Running the bot on Discord" steps, followed as a new bot owner would, in a copy of the
 * project: `cp .env.example .env`, fill in the token (and the client id for deploy-commands), then the
 * npm scripts exactly as the README writes them. The only extra line in .env is DISCORD_API_URL, which
 * points at the fake Discord on 127.0.0.1 instead of discord.com.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProcess } from '../support/bot-process.js';
import { FakeDiscord, snowflake } from '../support/fake-discord.js';
import { isReplyTo, sent } from '../support/requests.js';

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
    // A fresh checkout: the committed files a user gets, node_modules shared (as `npm ci` would make it).
    project = mkdtempSync(path.join(tmpdir(), 'qa-deploy-'));
    for (const f of ['package.json', 'package-lock.json', '.env.example', 'scripts', 'src', 'knowledge']) {
      cpSync(path.join(root, f), path.join(project, f), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  });

  afterAll(async () => {
    await fake?.close();
    if (project !== undefined) rmSync(project, { recursive: true, force: true });
  });

  it('cp .env.example .env, set DISCORD_TOKEN, npm start: the bot is ready and answers', async () => {
    expect(deploySection).toContain('`cp .env.example .env`');
    expect(deploySection).toMatch(/`npm start`/);
    execFileSync('cp', ['.env.example', '.env'], { cwd: project });
    const env = path.join(project, '.env');
    fill(env, 'DISCORD_TOKEN', TOKEN);
    fill(env, 'DISCORD_API_URL', fake.apiUrl);

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
      expect(reply.embeds?.[0]?.description).toContain('**Khaled Obaidi**');
      expect(bot.stdout() + bot.stderr()).not.toContain(TOKEN);
    } finally {
      await bot.stop();
    }
  }, 90_000);

  it('set DISCORD_CLIENT_ID, npm run deploy-commands: the commands are registered globally', async () => {
    expect(deploySection).toContain('`npm run deploy-commands`');
    const env = path.join(project, '.env');
    fill(env, 'DISCORD_CLIENT_ID', fake.applicationId);
    const deploy = startProcess('npm', ['run', 'deploy-commands'], { cwd: project, env: {} });
    expect(await deploy.exited).toBe(0);
    const puts = fake.requestsTo('PUT', /^\/applications\/\d+\/commands$/);
    expect(puts.map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/commands`]);
    expect(deploy.stdout()).toMatch(/Registered \d+ commands globally/);
  });
});
