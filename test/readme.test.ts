/**
 * The README as a bot owner follows it: every variable, default, command, option and npm script it
 * names exists with that name, its CLI lines run as written, and its links lead somewhere. The quick
 * start's `npm start` and the deploy steps are walked in `cli.test.ts` and `e2e/deploy.e2e.test.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { CLI_USAGE } from '../src/format/usage.js';
import { readFrontMatter } from '../src/knowledge/front-matter.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { commands } from '../src/discord/commands/index.js';
import { CONSOLE_COMMANDS } from '../src/format/chat.js';
import { runCli } from './support/cli.js';
import { SEED_FILE, seedText } from './support/seed-folder.js';

const root = new URL('..', import.meta.url).pathname;
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const readme = read('README.md');

/** The README's text from the heading `## name` to the next `## ` heading. */
function section(name: string): string {
  const start = readme.indexOf(`\n## ${name}\n`);
  expect(start, `README has a "## ${name}" section`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The rows of the first Markdown table in a text, as cells (header and separator left off). */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .slice(2)
    .map((l) =>
      l
        .slice(2, -2)
        .split(' | ')
        .map((c) => c.trim()),
    );
}

describe('README Configuration', () => {
  const rows = tableRows(section('Configuration'));
  const documented = rows.map(([name]) => /^`(\w+)`$/.exec(name ?? '')?.[1]);
  const example = read('.env.example');
  const exampleVariables = [...example.matchAll(/^(\w+)=/gm)].map((m) => m[1]);

  it('lists every variable of .env.example, and no other', () => {
    expect(exampleVariables.length).toBeGreaterThan(10);
    expect([...documented].sort()).toEqual([...exampleVariables].sort());
  });

  it('gives each default the configuration takes when the variable is not set', () => {
    const config = loadConfig({});
    const defaults: Record<string, unknown> = {
      DISCORD_TOKEN: config.token,
      DISCORD_CLIENT_ID: config.clientId,
      DISCORD_GUILD_ID: config.guildId,
      KNOWLEDGE_DIR: config.knowledgeDir,
      ASK_CHANNEL_IDS: config.askChannelIds.length === 0 ? undefined : config.askChannelIds,
      COOLDOWN_SECONDS: config.cooldownSeconds,
      LOG_LEVEL: config.logLevel,
      WATCH_KNOWLEDGE: config.watchKnowledge,
      CACHE_DIR: config.entityCacheFile && path.dirname(config.entityCacheFile),
      HEALTH_PORT: config.healthPort,
      HEALTH_HOST: config.healthHost,
      BOT_SHARD_COUNT: config.shardCount,
      ALLOW_PRIVATE_URLS: config.allowPrivateUrls,
      DISCORD_API_URL: config.apiUrl,
    };
    for (const [name, def] of rows) {
      const variable = /^`(\w+)`$/.exec(name ?? '')?.[1] ?? '';
      expect(Object.keys(defaults), `a default checked for ${variable}`).toContain(variable);
      const expected = defaults[variable];
      expect(def, variable).toBe(expected === undefined ? 'none' : `\`${String(expected)}\``);
      // .env.example's line for it, when it has a value, is that default too.
      const line = new RegExp(`^${variable}=(.*)$`, 'm').exec(example)?.[1] ?? '';
      if (line !== '') expect(line, `.env.example ${variable}`).toBe(String(expected));
    }
  });

  it('the values it names for LOG_LEVEL are the ones the configuration takes', () => {
    const logLevel = rows.find(([name]) => name === '`LOG_LEVEL`')?.[2] ?? '';
    const levels = [...logLevel.matchAll(/`(\w+)`/g)].map((m) => m[1] ?? '');
    expect(levels.length).toBe(7);
    for (const level of levels) expect(loadConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });
});

describe('README Articles', () => {
  const articles = section('Articles');

  it('the front matter it shows gives the article every field it names', () => {
    const block = /```\n( *---\n[^]*?)\n *```/.exec(articles)?.[1] ?? '';
    const file = block.replace(/^ {2}/gm, '') + '\n';
    const read = readFrontMatter(file);
    expect(read.title).toBe('Harbour ferry returns');
    expect(read.meta).toEqual({
      url: 'https://example.org/ferry',
      byline: 'Lena Fischer',
      siteName: 'The Bay Gazette',
      publishedTime: '2025-04-03',
    });
    expect(read.text).toMatch(/^The harbour ferry carried/);
  });

  it('each other name it gives a key is read as that key', () => {
    const others = /The keys also have other names: (.*?)\.\n- /s.exec(articles)?.[1] ?? '';
    // "`url:` or `link:` for `source:`; …": the names, then the key they stand for.
    const pairs = others
      .replace(/\s+/g, ' ')
      .split('; ')
      .map((part) => {
        const [names = '', key = ''] = part.split(' for ');
        return [names, /`(\w+):`/.exec(key)?.[1] ?? ''] as const;
      });
    expect(pairs.length).toBe(5);
    const values: Record<string, string> = {
      title: 'Harbour ferry returns',
      source: 'https://example.org/ferry',
      author: 'Lena Fischer',
      site: 'The Bay Gazette',
      published: '2025-04-03',
    };
    for (const [names, key] of pairs)
      for (const [, name = ''] of names.matchAll(/`(\w+):`/g)) {
        const value = name === 'authors' ? '[Lena Fischer]' : (values[key] ?? '');
        const same = (k: string) => readFrontMatter(`---\n${k}: ${value}\n---\nText.\n`);
        const expected = same(key);
        if (name === 'authors') expect(same(name).meta, name).toEqual(same('author').meta);
        else expect({ ...same(name), text: '' }, name).toEqual({ ...expected, text: '' });
        expect(JSON.stringify(same(name)), name).not.toBe(JSON.stringify(same('unknown_key')));
      }
  });
});

describe('README Commands', () => {
  const rows = tableRows(section('Commands'));

  it('lists every slash command the bot registers, each with its options, and no other', () => {
    const listed = rows.map(([usage]) => /^`\/(\w+)/.exec(usage ?? '')?.[1]);
    expect(listed).toEqual(commands.map((c) => c.data.name));
    for (const command of commands) {
      const usage = rows.find(([u]) => u?.startsWith(`\`/${command.data.name}`))?.[0] ?? '';
      const options = (command.data.options ?? []).map((o) => o.name);
      expect(
        [...usage.matchAll(/(\w+):/g)].map((m) => m[1]),
        `/${command.data.name}`,
      ).toEqual(options);
    }
  });

  it('names the Manage Server permission for exactly the commands that need it', () => {
    for (const command of commands) {
      const row = rows.find(([u]) => u?.startsWith(`\`/${command.data.name}`))?.join(' ') ?? '';
      expect(row.includes('Manage Server'), `/${command.data.name}`).toBe(
        command.data.default_member_permissions != null,
      );
    }
  });

  it('the deploy step names the same commands', () => {
    const deploy = section('Running the bot on Discord');
    const step = /`npm run deploy-commands` registers (.*?) \(/s.exec(deploy)?.[1] ?? '';
    expect([...step.matchAll(/`\/(\w+)`/g)].map((m) => m[1])).toEqual(commands.map((c) => c.data.name));
  });
});

describe('README Quick start', () => {
  it('lists the console commands the console has', () => {
    const line = /Console commands: (.*?)\.\n/s.exec(section('Quick start'))?.[1] ?? '';
    expect([...line.matchAll(/`([^`]+)`/g)].map((m) => m[1])).toEqual(CONSOLE_COMMANDS);
  });
});

describe('README CLI', () => {
  const cliSection = section('CLI');

  it('shows the usage the CLI prints', () => {
    expect(cliSection).toContain(`\`\`\`\n${CLI_USAGE}\n\`\`\``);
  });

  it('every example line runs as written (but add, which needs the network: tested with a local server)', async () => {
    const lines = [...cliSection.matchAll(/^npm run --silent cli -- (.*?)(?:\s+#.*)?$/gm)].map(
      (m) => m[1] ?? '',
    );
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      if (line.startsWith('add ')) continue;
      const jsonl = / < \S+$/.test(line);
      // The words as a shell splits them: quoted words keep their spaces.
      const args = [...line.replace(/ < \S+$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map(
        (m) => m[1] ?? m[2] ?? '',
      );
      const r = await runCli(args, jsonl ? { input: '{"id":"q1","question":"who signed?"}\n' } : {});
      expect(r.stderr, line).toBe('');
      expect(r.code, line).toBe(0);
      expect(r.stdout, line).not.toBe('');
      if (args.includes('--json') || jsonl) expect(() => JSON.parse(r.stdout) as unknown, line).not.toThrow();
    }
  });
});

describe('README and docs', () => {
  const npmScripts = Object.keys(
    (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
  );
  const documents = [
    'README.md',
    'docs/how-it-answers.md',
    'docs/development.md',
    'docs/history.md',
    'docs/known-gaps.md',
    'docs/measured.md',
  ];

  it('removing the sample story as it says (even with `git rm`) leaves the knowledge folder to copy into', async () => {
    // git deletes a folder whose last tracked file it removes; a hidden file keeps it, and is no article.
    // Read from a copy: other tests add owners' articles to knowledge/ while they run.
    const keep = path.join(root, 'knowledge/.gitkeep');
    expect(existsSync(keep)).toBe(true);
    const copy = await mkdtemp(path.join(tmpdir(), 'qa-keep-'));
    try {
      const sample = 'iraq-russia-military-cooperation.txt';
      await copyFile(keep, path.join(copy, '.gitkeep'));
      await writeFile(path.join(copy, sample), seedText());
      const { articles, errors } = await loadKnowledge(copy);
      expect(articles.map((a) => a.id)).toEqual([sample]);
      expect(errors).toEqual([]);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });

  it('removing the sample story as it says leaves `npm test` its seed, and says how to restore it', async () => {
    // The tests read the sample from the checkout's last commit once knowledge/ no longer holds it.
    const checkout = await mkdtemp(path.join(tmpdir(), 'qa-removed-'));
    try {
      await mkdir(path.join(checkout, 'knowledge'));
      const sample = path.join(checkout, 'knowledge', SEED_FILE);
      await writeFile(sample, seedText());
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
          cwd: checkout,
          stdio: 'ignore',
        });
      git('init', '-q');
      git('add', '.');
      git('commit', '-q', '-m', 'sample');
      const text = readFileSync(sample, 'utf8');
      git('rm', '-q', path.join('knowledge', SEED_FILE));
      expect(existsSync(sample)).toBe(false);
      expect(seedText(checkout)).toBe(text);
      // The command the README gives brings it back.
      const restore = /`(git checkout HEAD -- knowledge\/[^`]+)`/.exec(readme)?.[1];
      expect(restore).toBe(`git checkout HEAD -- knowledge/${SEED_FILE}`);
      git(...(restore ?? '').split(' ').slice(1));
      expect(readFileSync(sample, 'utf8')).toBe(text);
      // Outside git, the failure names the command.
      await rm(path.join(checkout, '.git'), { recursive: true, force: true });
      await rm(sample);
      expect(() => seedText(checkout)).toThrow(`git checkout HEAD -- knowledge/${SEED_FILE}`);
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });

  it('every `npm run` script the README names exists', () => {
    const named = [...readme.matchAll(/npm run (?:--silent |-s )?([\w:-]+)/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(10);
    for (const name of named) expect(npmScripts, name).toContain(name);
  });

  it.each(documents)('every link of %s to a file of the project leads to it, and to its heading', (doc) => {
    // Code spans show Markdown as text (`![alt](photo.jpg)`): no links.
    const text = read(doc).replace(/`[^`\n]*`/g, '');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    for (const link of links.filter((l) => !/^(https?:|mailto:)/.test(l))) {
      const [file = '', anchor] = link.split('#');
      const target = file === '' ? doc : path.join(path.dirname(doc), file);
      expect(existsSync(path.join(root, target)), `${doc}: ${link}`).toBe(true);
      if (anchor === undefined) continue;
      // GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens.
      const slugs = [...read(target).matchAll(/^#+ (.*)$/gm)].map((m) =>
        (m[1] ?? '')
          .toLowerCase()
          .replace(/[^\p{L}\p{N} -]/gu, '')
          .replace(/ /g, '-'),
      );
      expect(slugs, `${doc}: ${link}`).toContain(anchor);
    }
  });
});
