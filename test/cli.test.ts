import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from './support/cli.js';
import { loadEngine } from '../src/qa/load-engine.js';
import { copyProject, seedKnowledge } from './support/seed.js';

const exec = promisify(execFile);

function cli(args: string[], input?: string): Promise<CliResult> {
  return runCli(args, input !== undefined ? { input } : {});
}

/** The records `ask --jsonl` printed, one a line. */
function jsonLines<T = Record<string, unknown>>(stdout: string): T[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T);
}

describe('the CLI', () => {
  it('ask prints the answer with its source, as a person reads it', async () => {
    const r = await cli(['ask', 'who sined the agrement?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('read "sined" as "signed"');
    expect(r.stdout).toContain('Khaled Obaidi');
    expect(r.stdout).toContain('— Iraq, Russia Sign Military-Technical Cooperation Agreement');
  });

  it('ask --json prints one JSON object with passages, scores, article, section and highlights', async () => {
    const r = await cli(['ask', '--json', 'where did the commission convene?']);
    const answer = JSON.parse(r.stdout) as {
      answered: boolean;
      passages: {
        text: string;
        score: number;
        article: { title: string; file: string };
        section: string;
        highlights: unknown[];
      }[];
    };
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('St.Petersburg');
    expect(answer.passages[0]?.section).toBe('body');
    expect(answer.passages[0]?.article.file).toBe('iraq-russia-military-cooperation.txt');
    expect(answer.passages[0]?.highlights.length).toBeGreaterThan(0);
    // The short answer, and where it sits in the passage.
    const short = (
      answer as unknown as { answer: { text: string; passage: number; start: number; end: number } }
    ).answer;
    expect(short.text).toBe('St.Petersburg');
    expect(answer.passages[short.passage]?.text.slice(short.start, short.end)).toBe('St.Petersburg');
  });

  it('a question over the length limit is refused with the limit named, as bad usage (exit 2)', async () => {
    const long = await cli(['ask', `who signed ${'x'.repeat(600)}`]);
    expect(long.code).toBe(2);
    expect(long.stdout).toContain('please keep it to 500 characters or fewer');
  });

  it('a console command typed to the CLI is bad usage, and its help names the CLI commands', async () => {
    const command = await cli(['ask', '/summary']);
    expect(command.code).toBe(2);
    expect(command.stdout).toContain('Unknown command "/summary". Commands: cli ask "question"');
    const help = await cli(['ask', 'help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('cli summary [--sentences N] [--article ID]');
    expect(help.stdout).not.toContain('/quit');
  });

  it('ask --jsonl answers every line in order and marks bad lines without stopping', async () => {
    const input = [
      JSON.stringify({ id: 'a', question: 'who signed?' }),
      'this is not json',
      JSON.stringify({ id: 'c' }),
      JSON.stringify({ id: 'd', question: 'What is the capital of France?' }),
    ].join('\n');
    const r = await cli(['ask', '--jsonl'], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0]).toMatchObject({
      answered: true,
      answer: { text: 'Khaled Obaidi and Alexander Fomin', passage: 0 },
    });
    expect(lines[1]).toMatchObject({ line: 2, error: 'line 2: not valid JSON' });
    expect(lines[2]).toMatchObject({ line: 3, error: 'line 3: missing "question" string' });
    expect(lines[3]).toMatchObject({
      answered: false,
      answer: null,
      message: "I couldn't find that in the article.",
    });
    const fields = [
      'id',
      'question',
      'answered',
      'confidence',
      'answer',
      'article',
      'passages',
      'corrections',
    ];
    expect(Object.keys(lines[0] ?? {})).toEqual(fields);
    expect(Object.keys(lines[3] ?? {})).toEqual([...fields, 'message']);
    expect(lines[0]?.article).toEqual({
      id: 'iraq-russia-military-cooperation.txt',
      file: 'iraq-russia-military-cooperation.txt',
      title: 'Iraq, Russia Sign Military-Technical Cooperation Agreement',
    });
    expect(lines[3]?.article).toBeNull();
    expect(Object.keys((lines[0]?.passages as object[])[0] ?? {})).toEqual([
      'text',
      'score',
      'article',
      'section',
      'sentence',
      'highlights',
    ]);
  });

  it('ask --jsonl gives an empty question an error naming its line, not the help text', async () => {
    // As `ask ""` is bad usage: a script's blank question is a mistake in its input, not a greeting.
    const input = [
      { id: 'blank', question: '' },
      { id: 'spaces', question: '   ' },
      { id: 'real', question: 'who signed?' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = await cli(['ask', '--jsonl'], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.slice(0, 2)).toEqual([
      { id: 'blank', line: 1, error: 'line 1: empty "question"' },
      { id: 'spaces', line: 2, error: 'line 2: empty "question"' },
    ]);
    expect(lines[2]).toMatchObject({ id: 'real', answered: true });
  });

  it('ask --jsonl gives each refused question its reason, word for word', async () => {
    const long = `who signed ${'x'.repeat(600)}`;
    const input = [
      { id: 'long', question: long },
      { id: 'none', question: 'what is it?' },
      { id: 7, question: 42 },
      { id: { nested: true }, question: 'who signed?' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = await cli(['ask', '--jsonl'], `${input}\n`);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => [l.id, l.error])).toEqual([
      ['long', `That question is ${long.length} characters long; please keep it to 500 characters or fewer.`],
      ['none', 'That question has no words I can look up. Try naming who or what you are asking about.'],
      [7, 'line 3: missing "question" string'],
      [null, undefined],
    ]);
    for (const refused of lines.slice(0, 2)) {
      expect(refused).toMatchObject({ answered: false, answer: null, passages: [] });
    }
    expect(lines[3]).toMatchObject({ answered: true });
  });

  it('"more" in ask --jsonl and ask: each question stands on its own, and says so', async () => {
    const r = await cli(
      ['ask', '--jsonl'],
      '{"id":1,"question":"who signed?"}\n{"id":2,"question":"more"}\n',
    );
    const [, more] = jsonLines<object>(r.stdout);
    expect(more).toMatchObject({ id: 2, intent: 'more', answered: false, article: null, passages: [] });
    expect((await cli(['ask', 'tell me more'])).stdout).toMatch(
      /^The CLI answers each question on its own, so "more" has no answer to read on from/,
    );
  });

  it('summary --sentences N --json', async () => {
    const r = await cli(['summary', '--sentences', '2', '--json']);
    const summary = JSON.parse(r.stdout) as { article: { title: string }; sentences: string[]; at: number[] };
    expect(summary.sentences).toHaveLength(2);
    expect(summary.article.title).toContain('Iraq, Russia');
    // `at` (README: each sentence's place in the article) names the sentences shown, in order.
    const { engine } = await loadEngine(seedKnowledge());
    const shown = summary.at.map((i) => engine.articles[0]?.sentences[i]?.text ?? '');
    summary.sentences.forEach((sentence, i) => expect(shown[i]).toContain(sentence));
  });

  it('ask takes "thanks" and "what is this about?" as a person means them, in --jsonl too', async () => {
    expect((await cli(['ask', 'thanks!'])).stdout).toMatch(/^You're welcome!/);
    const r = await cli(
      ['ask', '--jsonl'],
      '{"id":"a","question":"hi"}\n{"id":"b","question":"what is this about?"}\n',
    );
    const [hi, gist] = jsonLines<{ intent?: string; answered: boolean; passages: { text: string }[] }>(
      r.stdout,
    );
    expect(hi).toMatchObject({ intent: 'courtesy', answered: false, passages: [] });
    expect(gist?.intent).toBe('summary');
    expect(gist?.passages[0]?.text).toMatch(/signed (an agreement|the protocol)/);
  });

  it('summary of a folder of several articles with none named lists them and how to pick one, no guess', async () => {
    const unnamed = await cli(['summary', '--knowledge', 'test/fixtures/articles']);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stdout).toBe('');
    expect(unnamed.stderr).toMatch(/^I have 3 articles: which one should I summarise\?\n/);
    expect(unnamed.stderr).toContain('- Council approves new harbour bridge (plain.txt)');
    expect(unnamed.stderr).toMatch(/Pick one with --article ID\.\n$/);
    const named = await cli(['summary', '--knowledge', 'test/fixtures/articles', '--article', 'plain.txt']);
    expect(named.stdout.startsWith('Council approves new harbour bridge')).toBe(true);
    expect(named.stdout).not.toContain('summarise another');
  });

  it("--article takes what the console's /article takes: the file name without its extension or a word of the title", async () => {
    const knowledge = ['--knowledge', 'test/fixtures/articles'];
    const [byFile, byTitle, miss, several, none] = await Promise.all([
      cli(['summary', ...knowledge, '--article', 'plain']),
      cli(['ask', ...knowledge, '--article', 'volcano', 'where did it erupt?']),
      cli(['ask', ...knowledge, '--article', 'plain', 'who won the cup final?']),
      cli(['summary', ...knowledge, '--article', '.txt']),
      cli(['summary', ...knowledge, '--article', 'tram']),
    ]);
    expect(byFile.stdout.startsWith('Council approves new harbour bridge')).toBe(true);
    expect(byTitle.code).toBe(0);
    expect(byTitle.stdout).toContain('Nortind');
    // A miss says which of the three stories did not say it.
    expect(miss.stdout).toMatch(/^I couldn't find that in “Council approves new harbour bridge”\. /);
    expect(several.code).toBe(2);
    expect(several.stderr).toContain('".txt" matches several articles: other-debris.txt, plain.txt');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no article "tram"; known: markdown.md, other-debris.txt, plain.txt');
  });

  it('a question about the page in a folder of several articles asks which one (exit 2, as summary), in text and JSON', async () => {
    const knowledge = ['--knowledge', 'test/fixtures/articles'];
    const [text, json, named, jsonl] = await Promise.all([
      cli(['ask', ...knowledge, 'what is the headline?']),
      cli(['ask', '--json', ...knowledge, 'what is the headline?']),
      cli(['ask', ...knowledge, '--article', 'other-debris.txt', 'who took the photo?']),
      cli(['ask', '--jsonl', ...knowledge], '{"id":1,"question":"when was this article published?"}\n'),
    ]);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toMatch(/^I have 3 articles: which one's headline do you mean\?\n/);
    expect(text.stderr).toContain('Pick one with --article ID.');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ intent: 'choose-article', answered: false });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('Jane Doe / Ocean Institute');
    const line = JSON.parse(jsonl.stdout) as {
      intent: string;
      answered: boolean;
      articles: { id: string }[];
      message: string;
    };
    // Two of the three are dated: those are listed, and how many there are in all.
    expect(line).toMatchObject({ id: 1, intent: 'choose-article', answered: false, outOf: 3 });
    expect(line.message).toMatch(/^Two of my 3 articles have a publication date: which one do you mean\?\n/);
    expect(line.articles.map((a) => a.id)).toEqual(['markdown.md', 'other-debris.txt']);
  });

  it('a page question in a folder: the one story with a photo answers; none with a byline is said of all', async () => {
    const knowledge = ['--knowledge', 'test/fixtures/articles'];
    const [photo, author] = await Promise.all([
      cli(['ask', ...knowledge, 'who took the photo?']),
      cli(['ask', ...knowledge, 'who wrote this?']),
    ]);
    expect(photo.code).toBe(0);
    expect(photo.stdout).toMatch(/^Jane Doe \/ Ocean Institute\n/);
    expect(photo.stdout).toContain('(photo credit, other-debris.txt)');
    expect(author.code).toBe(0);
    expect(author.stdout).toBe('Each of my 3 articles: the page names no author.\n');
  });

  it('"where is it?" in a folder of several articles asks which one is meant (exit 2), and is answered of the one named', async () => {
    const knowledge = ['--knowledge', 'test/fixtures/articles'];
    const [unnamed, named] = await Promise.all([
      cli(['ask', ...knowledge, 'where is it?']),
      cli(['ask', ...knowledge, '--article', 'plain.txt', 'where is it?']),
    ]);
    expect(unnamed.code).toBe(2);
    expect(unnamed.stdout).toBe('');
    expect(unnamed.stderr).toMatch(/^I have 3 articles: which one do you mean\?\n/);
    expect(unnamed.stderr).not.toContain('no words I can look up');
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('plain.txt');
  });

  it('ask --jsonl over several articles names, on each line, the article its answer comes from', async () => {
    const input = [
      { id: 'fish', question: 'what did the scientists discover?' },
      { id: 'bridge', question: 'what did the council approve?' },
    ];
    const r = await cli(
      ['ask', '--jsonl', '--knowledge', 'test/fixtures/articles'],
      `${input.map((l) => JSON.stringify(l)).join('\n')}\n`,
    );
    const lines = jsonLines<{ id: string; article: unknown; passages: { article: { id: string } }[] }>(
      r.stdout,
    );
    expect(lines.map((l) => [l.id, l.article])).toEqual([
      [
        'fish',
        {
          id: 'other-debris.txt',
          file: 'other-debris.txt',
          title: 'Scientists Discover New Species of Deep-Sea Fish',
        },
      ],
      ['bridge', { id: 'plain.txt', file: 'plain.txt', title: 'Council approves new harbour bridge' }],
    ]);
  });

  it('exit code 2 on bad usage, 1 when nothing can be loaded', async () => {
    // Independent runs side by side: five CLI starts one after another took most of the time limit.
    const usage = await Promise.all(
      [['frobnicate'], ['ask'], ['summary', '--sentences', 'zero'], ['summary', '--sentences', '11']].map(
        async (args) => [args.join(' '), (await cli(args)).code] as const,
      ),
    );
    for (const [args, code] of usage) expect(code, args).toBe(2);
    const missing = await cli(['ask', '--knowledge', '/nonexistent/folder', 'who?']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('/nonexistent/folder');
    expect(missing.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    const dir = await mkdtemp(path.join(tmpdir(), 'qa-cli-'));
    try {
      await writeFile(path.join(dir, 'empty.txt'), '');
      const unusable = await cli(['ask', '--knowledge', dir, 'who?']);
      expect(unusable.code).toBe(1);
      expect(unusable.stderr).toContain('skipped empty.txt: empty file');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--knowledge reads another folder and reports skipped files', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qa-cli-'));
    try {
      await writeFile(
        path.join(dir, 'bridge.txt'),
        'Bridge approved\n\nThe council approved a bridge on Tuesday.\n',
      );
      await writeFile(path.join(dir, 'empty.txt'), '');
      const r = await cli(['ask', '--knowledge', dir, 'when was the bridge approved?']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Tuesday');
      expect(r.stderr).toContain('skipped empty.txt: empty file');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('npm start without a Discord token', () => {
  it("builds and opens the console chat, answering from knowledge/ as the README's quick start shows", async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    // The README's `printf '…' | npm start --silent`, and the exchange it shows at the top.
    const piped = /^printf '([^']*)' \| npm start --silent$/m.exec(readme)?.[1];
    const exchange = /```\n(ask> [^]*?)\n```/.exec(readme)?.[1];
    expect(piped).toBeDefined();
    expect(exchange).toBeDefined();
    // In a fresh checkout, whose knowledge/ holds the seed alone (not the articles an owner added here).
    const project = copyProject(['package.json', 'package-lock.json', 'scripts', 'src']);
    try {
      const child = exec('npm', ['start', '--silent'], {
        cwd: project,
        env: { ...process.env, DISCORD_TOKEN: '' },
      });
      child.child.stdin?.end((piped ?? '').replaceAll('\\n', '\n'));
      const { stdout } = await child;
      expect(stdout).toContain('console chat over 1 article');
      // Piped questions are written after their prompt, so the transcript is the README's.
      expect(stdout).toContain(`${exchange ?? ''}\n`);
      expect(stdout).toMatch(/\nask> \/quit\n?$/);
    } finally {
      await rm(project, { recursive: true, force: true, maxRetries: 5 });
    }
  });

  it('opens the folder `npm start -- --knowledge DIR` names, and refuses an option it does not take', async () => {
    const project = copyProject(['package.json', 'package-lock.json', 'scripts', 'src']);
    const dir = await mkdtemp(path.join(tmpdir(), 'qa-start-'));
    try {
      await writeFile(
        path.join(dir, 'ferry.txt'),
        'Harbour ferry returns\n\nThe ferry sailed again on Tuesday.\n',
      );
      const env: NodeJS.ProcessEnv = { ...process.env, DISCORD_TOKEN: '' };
      delete env.KNOWLEDGE_DIR;
      const named = exec('npm', ['start', '--silent', '--', '--knowledge', dir], { cwd: project, env });
      named.child.stdin?.end('/articles\n/quit\n');
      const { stdout } = await named;
      expect(stdout).toContain('console chat over 1 article');
      expect(stdout).toContain('Harbour ferry returns');
      expect(stdout).not.toContain('Iraq');
      const typo = await exec('npm', ['start', '--silent', '--', '--knowlege', dir], {
        cwd: project,
        env,
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(typo.code).toBe(2);
      expect(typo.stderr).toContain("Unknown option '--knowlege'");
      expect(typo.stderr).toContain('usage: npm start [-- --knowledge DIR]');
    } finally {
      await rm(project, { recursive: true, force: true, maxRetries: 5 });
      await rm(dir, { recursive: true, force: true });
    }
  });
});
