import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chatWatcher, consoleWarmUp, reply, runChat, type Conversation } from '../src/console/chat.js';
import { KnowledgeBase } from '../src/qa/knowledge-base.js';
import { formatAnswer } from '../src/format/text.js';
import { loadEngine } from '../src/qa/load-engine.js';
import { settledWords } from '../src/qa/settle.js';
import { seedKnowledge } from './support/seed.js';

const { engine } = await loadEngine(seedKnowledge());

describe('the console chat', () => {
  it('prints the same answer text as the CLI', () => {
    expect(reply(engine, 'who signed?', false)).toBe(formatAnswer(engine.ask('who signed?')));
  });

  it('has /summary, /articles, /help and /quit', () => {
    expect(reply(engine, '/summary 2', false)?.split('\n- ')).toHaveLength(3);
    expect(reply(engine, '/summary', false)?.split('\n- ')).toHaveLength(4);
    expect(reply(engine, '/articles', false)).toContain('iraq-russia-military-cooperation.txt');
    expect(reply(engine, '/help', false)).toMatch(/For example: "Who/);
    // Words after /help ask for help too (newcomer 19 got 'Unknown command "/help"' for "/help me").
    expect(reply(engine, '/help me', false)).toBe(reply(engine, '/help', false));
    expect(reply(engine, '/quit', false)).toBeUndefined();
  });

  it('an unknown /command is "unknown command", never a search of the article', () => {
    expect(reply(engine, '/frobnicate now', false)).toBe(
      'Unknown command "/frobnicate". Commands: /summary [N] [--article ID]  /article [ID|all]  /articles  /help  /quit',
    );
  });

  it('greetings, thanks, help and "what is this about?" without a search', () => {
    expect(reply(engine, 'hi', false)).toMatch(/^Hi! Ask me anything about the article\. For example: "/);
    expect(reply(engine, 'thanks!', false)).toMatch(/^You're welcome!/);
    expect(reply(engine, 'help', false)).toMatch(/Commands: \/summary/);
    expect(reply(engine, 'what is this about?', false)).toContain(
      'Iraq, Russia Sign Military-Technical Cooperation Agreement (20 October 2019)',
    );
  });

  it('takes the same sentence counts as the CLI and refuses the rest, never clamping', () => {
    expect(reply(engine, '/summary --sentences 10', false)?.split('\n- ').length).toBeGreaterThan(4);
    for (const bad of ['0', '11', '20', '2.5', 'three', '-1', '2 3']) {
      const out = reply(engine, `/summary ${bad}`, false) ?? '';
      expect(out, bad).toMatch(/usage: \/summary/);
      expect(out, bad).not.toContain('\n- ');
    }
  });

  it('a news page copied as text, menu and all, is listed and cited by its headline, not a menu item', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'menu-'));
    try {
      const page = [
        'Home',
        'News',
        'Scotland',
        'Highlands & Islands',
        'Ferry fares to the islands rise by a fifth',
        'Share this article',
        'By Iona Baird',
        'BBC Scotland, Oban',
        'Published 2 hours ago',
        '',
        'Ferry fares between Oban and the islands will rise by 20% from April, the operator said on Monday.',
        '',
        'The company blamed the cost of fuel and a new crew rota for the increase.',
      ].join('\n');
      await writeFile(path.join(dir, 'ferry.txt'), page);
      const { engine: copied } = await loadEngine(dir);
      expect(reply(copied, '/articles', false)).toContain('Ferry fares to the islands rise by a fifth');
      expect(reply(copied, '/articles', false)).not.toMatch(/\bNews\b/);
      expect(reply(copied, 'how much are fares going up?', false)).toContain(
        '— Ferry fares to the islands rise by a fifth',
      );
      expect(reply(copied, 'who wrote this?', false)).toContain('Iona Baird');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('/article all picks no article again: "what is this about?" asks which, as before any was picked', async () => {
    const { engine: many } = await loadEngine(new URL('./fixtures/articles', import.meta.url).pathname);
    const conversation: Conversation = {};
    const other = many.articles[1];
    reply(many, `/article ${other?.id}`, false, conversation);
    expect(reply(many, 'what is this about?', false, conversation)).not.toMatch(/which one/);
    expect(reply(many, '/article all', false, conversation)).toBe(
      'No article picked: questions are searched across all 3 articles (/article ID picks one).',
    );
    expect(reply(many, '/articles', false, conversation)).not.toContain('(talking about this one)');
    expect(reply(many, 'what is this about?', false, conversation)).toMatch(/^I have 3 articles: which one/);
    expect(reply(engine, '/article none', false)).toBe(
      'Only one article is loaded: every question is about it.',
    );
  });

  it('a story picked with /article keeps a question that names no other story to it until /article all: a miss names it', async () => {
    const { engine: many } = await loadEngine(new URL('./fixtures/articles', import.meta.url).pathname);
    const conversation: Conversation = {};
    expect(reply(many, '/article harbour bridge', false, conversation)).toBe(
      'Now talking about: Council approves new harbour bridge (plain.txt). Questions are kept to it (unless they name another) until /article all; "who wrote this?" and "what is this about?" mean it.',
    );
    // The volcano story answers it ("further eruptions"); the bridge story picked does not. Only where
    // the conversation merely was on the bridge story is it answered from the volcano's.
    expect(reply(many, 'when is the next one?', false, conversation)).toBe(
      "I couldn't find that in “Council approves new harbour bridge”. “Volcano erupts on remote island” may answer it: ask about that article by name.",
    );
    expect(reply(many, 'when will construction begin?', false, conversation)).toContain('March');
    // A question naming the fish story by its words goes there, once; the bridge story stays picked.
    expect(
      reply(many, 'what species of fish was found in the Kermadec Trench?', false, conversation),
    ).toContain('Kermadec Trench');
    expect(reply(many, 'who led the opponents?', false, conversation)).toContain(
      "Harbour Residents' Association",
    );
    expect(reply(many, '/article', false, conversation)).toMatch(
      /^Talking about: Council approves new harbour bridge \(plain\.txt\)\. Questions are kept to it/,
    );
    reply(many, '/article all', false, conversation);
    expect(reply(many, 'when is the next one?', false, conversation)).toContain(
      'Volcano erupts on remote island',
    );
  });

  it('summarises the article named with --article; with several and none named or talked about, asks which', async () => {
    const { engine: many } = await loadEngine(new URL('./fixtures/articles', import.meta.url).pathname);
    const other = many.articles[1];
    const named = reply(many, `/summary 1 --article ${other?.id}`, false) ?? '';
    expect(named.startsWith(other?.title ?? '?')).toBe(true);
    expect(named).not.toMatch(/summarise another/);
    for (const unnamed of [reply(many, '/summary', false), reply(many, 'what is this about?', false)]) {
      expect(unnamed).toMatch(/^I have 3 articles: which one should I summarise\?\n/);
      for (const a of many.articles) expect(unnamed).toContain(`- ${a.title}`);
      expect(unnamed).toContain('Pick one with /summary --article ID');
    }
    expect(reply(many, '/summary --article nope.txt', false)).toBe(
      'No article "nope.txt"; /articles lists them.',
    );
    expect(reply(many, '/articles', false)).toContain(other?.id);
  });

  describe('several articles: "this" is the article the conversation is about', () => {
    const many = loadEngine(new URL('./fixtures/articles', import.meta.url).pathname).then((l) => l.engine);

    it('a page question with none talked about yet lists the articles and how to pick, without searching', async () => {
      const out = reply(await many, 'what is the headline?', false, {}) ?? '';
      expect(out).toMatch(/^I have 3 articles: which one's headline do you mean\?\n/);
      expect(out).toContain(
        '- Scientists Discover New Species of Deep-Sea Fish (12 June 2023, other-debris.txt)',
      );
      expect(out).toMatch(/Pick one with \/article ID, or ask me something about one of them first\.$/);
    });

    it('after an answer, "who took the photo?" and "what is this about?" are about that answer\'s article', async () => {
      const engine = await many;
      const conversation = {};
      expect(reply(engine, 'how deep do the fish live?', false, conversation)).toContain('8,000 metres');
      const photo = reply(engine, 'who took the photo?', false, conversation) ?? '';
      expect(photo).toContain('Jane Doe / Ocean Institute');
      expect(photo).toContain('(photo credit, other-debris.txt)');
      const gist = reply(engine, 'what is this about?', false, conversation) ?? '';
      expect(gist.startsWith('Scientists Discover New Species of Deep-Sea Fish')).toBe(true);
      expect(gist).toContain('This is 1 of 3 articles; summarise another with /summary --article ID');
    });

    it('a miss says it searched every article, not "the article"', async () => {
      const out = reply(await many, 'What is the capital of France?', false, {}) ?? '';
      expect(out).toMatch(/^I couldn't find that in any of the 3 articles/);
      expect(reply(engine, 'What is the capital of France?', false, {})).toMatch(
        /^I couldn't find that in the article/,
      );
    });

    it('a miss with a "he" no one was read as says the bot does not know who is meant', async () => {
      const out = reply(await many, 'where was he born?', false, {}) ?? '';
      expect(out).toMatch(
        /^I couldn't find that in any of the 3 articles\. I'm not sure who you mean by “he” in 3 articles: ask with the name, or pick the article first\./,
      );
      // A miss naming no one, or with one article, says nothing of it.
      expect(reply(await many, 'What is the capital of France?', false, {})).not.toContain('who you mean');
      expect(reply(engine, 'where was he born?', false, {})).not.toContain('in 3 articles');
      // A question naming whom "she" is says nothing of it either.
      expect(reply(await many, 'where was Jane Doe born and is she married?', false, {})).not.toContain(
        'who you mean',
      );
    });

    it('/help and "help" say what "this" means and how to pick the article; with one article they do not', async () => {
      for (const out of [reply(await many, '/help', false), reply(await many, 'help', false)]) {
        expect(out).toContain('"this" ("who wrote this?", "what is this article about?") means the one');
        expect(out).toContain('the one picked with /article ID');
      }
      expect(reply(engine, '/help', false)).not.toContain('"this"');
    });

    it('/article and /summary --article take a file name or a part of the title, and list several that fit', async () => {
      const engine = await many;
      expect(reply(engine, '/article plain', false, {})).toMatch(
        /^Now talking about: Council approves new harbour bridge \(plain\.txt\)/,
      );
      expect(reply(engine, '/article harbour bridge', false, {})).toMatch(
        /^Now talking about: Council approves/,
      );
      expect(reply(engine, '/summary 1 --article plain.txt', false, {})).toMatch(
        /^Council approves new harbour bridge\n/,
      );
      expect(reply(engine, '/article .txt', false, {})).toMatch(/^".txt" fits 2 articles; which one\?\n- /);
    });

    it('/article ID picks one; a question naming another article is answered from it, and the picked one stays picked', async () => {
      const engine = await many;
      const conversation = {};
      expect(reply(engine, '/article', false, conversation)).toMatch(/^No article picked yet/);
      expect(reply(engine, '/article plain.txt', false, conversation)).toMatch(
        /^Now talking about: Council approves new harbour bridge \(plain\.txt\)/,
      );
      expect(reply(engine, 'when was it published?', false, conversation)).toBe(
        '“Council approves new harbour bridge”: the page gives no publication date.',
      );
      expect(reply(engine, '/summary 1', false, conversation)).toMatch(
        /^Council approves new harbour bridge\n/,
      );
      // "island" is a word of the volcano story's headline, and the bridge story has none.
      expect(
        reply(engine, 'how many residents of the island were taken to the mainland?', false, conversation),
      ).toContain('Volcano erupts on remote island');
      expect(reply(engine, 'what is this about?', false, conversation)).toMatch(
        /^Council approves new harbour bridge/,
      );
      expect(reply(engine, '/article nope', false, conversation)).toBe(
        'No article "nope"; /articles lists them.',
      );
      expect(reply(engine, '/articles', false, conversation)?.split('\n')).toEqual([
        expect.not.stringContaining('talking about'),
        expect.not.stringContaining('talking about'),
        expect.stringMatching(
          /^- Council approves new harbour bridge .*sentences \(talking about this one\)$/,
        ),
      ]);
      // Talked about, not picked, the conversation moves on with such a question.
      const talked = {};
      reply(engine, 'when will construction begin?', false, talked);
      reply(engine, 'how many residents of the island were taken to the mainland?', false, talked);
      expect(reply(engine, 'what is this about?', false, talked)).toMatch(/^Volcano erupts on remote island/);
    });

    it("a follow-up that names no other article and points back stays with the conversation's, and a miss names it and the article that answers", async () => {
      const engine = await many;
      const conversation = {};
      expect(reply(engine, 'how deep do the fish live?', false, conversation)).toContain('8,000 metres');
      // The bridge story has "the old lighthouse" and construction "would begin in March"; the fish
      // story has neither, and the conversation is about the fish. "How old is he?" asks a person's age,
      // which the lighthouse's sentence, about no one, does not give (`asked-person.ts`): no story is offered.
      expect(reply(engine, 'how old is he?', false, conversation)).toBe(
        "I couldn't find that in “Scientists Discover New Species of Deep-Sea Fish”.",
      );
      expect(reply(engine, 'when will it start?', false, conversation)).toBe(
        "I couldn't find that in “Scientists Discover New Species of Deep-Sea Fish”. “Council approves new harbour bridge” may answer it: ask about that article by name.",
      );
      expect(reply(engine, 'when was it filmed?', false, conversation)).toMatch(
        /^March\n.*filmed by an autonomous lander/,
      );
      // Named by a word of its headline ("bridge"): the question goes to the bridge story, and so does the conversation.
      expect(reply(engine, 'when will the bridge construction start?', false, conversation)).toContain(
        'Council approves new harbour bridge (plain.txt)',
      );
      expect(reply(engine, 'when will it start?', false, conversation)).toMatch(
        /^March\n.*construction would begin/,
      );
      // A name another story writes ("Nortind", the volcano's island), typed as a name or not.
      for (const question of ['where is Nortind?', 'where is nortind']) {
        const talking = { article: 'other-debris.txt' };
        expect(reply(engine, question, false, talking), question).toContain(
          'Volcano erupts on remote island',
        );
      }
    });

    it("a follow-up the conversation's article does not answer is answered from the one that does, which the reply names", async () => {
      const engine = await many;
      const conversation = {};
      expect(reply(engine, 'how deep do the fish live?', false, conversation)).toContain('8,000 metres');
      const mayor = reply(engine, 'who is the mayor', false, conversation) ?? '';
      expect(mayor.split('\n')[0]).toBe(
        "“Scientists Discover New Species of Deep-Sea Fish” doesn't say; this is from “Council approves new harbour bridge”.",
      );
      expect(mayor).toContain('(plain.txt)');
      // An aside: the conversation stays on the fish story, which the reader was asking about.
      expect(reply(engine, 'what is this about?', false, conversation)).toMatch(
        /^Scientists Discover New Species of Deep-Sea Fish/,
      );
    });

    it('a whole session over streams remembers the article between lines', async () => {
      const input = new PassThrough();
      const output = new PassThrough();
      let text = '';
      output.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const done = runChat({ engine: await many }, { input, output, color: false });
      input.end('what is the headline?\nwhat did the council approve?\nwhat is this about?\n/quit\n');
      await done;
      expect(text).toContain("I have 3 articles: which one's headline do you mean?");
      expect(text).toMatch(/Council approves new harbour bridge\n\n- The city council/);
    });
  });

  it('runs a whole session over streams', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const done = runChat({ engine }, { input, output, color: false });
    input.end('where did the commission convene?\nWhat is the capital of France?\n/quit\n');
    await done;
    expect(text).toContain('console chat over 1 article');
    expect(text).toContain('St.Petersburg');
    expect(text).toContain("I couldn't find that in the article.");
  });

  it("input that ends without /quit (Ctrl-D, a piped file) ends the last prompt's line; /quit adds nothing", async () => {
    const session = async (lines: string) => {
      const input = new PassThrough();
      const output = new PassThrough();
      let text = '';
      output.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const done = runChat({ engine }, { input, output, color: false, echo: true });
      input.end(lines);
      await done;
      return text;
    };
    expect(await session('who signed?\n')).toMatch(/\n\nask> \n$/);
    expect(await session('who signed?\n/quit\n')).toMatch(/ask> \/quit\n$/);
  });

  it('ends quietly when the reader stops reading ("npm start | head" closes the pipe)', async () => {
    const input = new PassThrough();
    // A pipe whose reader has gone: every write fails with EPIPE, as process.stdout's does.
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const done = runChat({ engine }, { input, output, color: false });
    input.write('who signed?\n');
    await expect(done).resolves.toBeUndefined();
  });

  it('with questions piped in (echo), writes each after its prompt, as a terminal shows what is typed', async () => {
    const session = async (echo: boolean) => {
      const input = new PassThrough();
      const output = new PassThrough();
      let text = '';
      output.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const done = runChat({ engine }, { input, output, color: false, echo });
      input.end('where did the commission convene?\n/quit\n');
      await done;
      return text;
    };
    expect(await session(true)).toMatch(/\nask> where did the commission convene\?\n.*St\.Petersburg/s);
    expect(await session(true)).toContain('\nask> /quit\n');
    // A terminal echoes what is typed itself: no second copy.
    expect(await session(false)).not.toContain('where did the commission convene?');
  });

  describe("the bot's warm-up in the background", () => {
    /** A chat over the seed with the bot's warm-up behind it, and what that warm-up resolved with. */
    const session = async () => {
      const kb = await KnowledgeBase.load(seedKnowledge());
      const warm = consoleWarmUp(kb);
      let result: unknown;
      let warming: Promise<unknown> | undefined;
      const background = {
        start: () => (warming = warm.start().then((r) => (result = r))),
        stop: warm.stop,
      };
      const input = new PassThrough();
      const output = new PassThrough();
      let text = '';
      output.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const done = runChat(kb, { input, output, color: false, background });
      return {
        kb,
        input,
        done,
        text: () => text,
        result: () => result,
        started: () => warming !== undefined,
        warming: () => warming,
      };
    };
    const question = 'where did the commission convene?';

    it('answers the first question before the warm-up starts, and the same after it', async () => {
      const chat = await session();
      const expected = reply(chat.kb.engine, question, false) ?? '';
      expect(expected).toContain('St.Petersburg');
      // Neither the first prompt nor the first answer waits for it.
      expect(chat.started()).toBe(false);
      chat.input.write(`${question}\n`);
      for (let i = 0; i < 200 && !chat.started(); i++) await new Promise(setImmediate);
      expect(chat.text()).toContain(expected);
      expect(chat.started()).toBe(true);
      expect(chat.result()).toBeUndefined();
      await chat.warming();
      expect(chat.result()).toMatchObject({
        settled: settledWords(chat.kb.engine.index).length,
        complete: true,
      });
      chat.input.end(`${question}\n/quit\n`);
      await chat.done;
      expect(chat.text().split(expected)).toHaveLength(3);
    });

    it('/quit typed at once stops it, even while it still reads the cache file of entity tags', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'qa-console-cache-'));
      try {
        const kb = await KnowledgeBase.load(seedKnowledge());
        const warm = consoleWarmUp(kb, path.join(dir, 'entities.json'));
        let warming: Promise<unknown> | undefined;
        const background = { start: () => (warming = warm.start()), stop: warm.stop };
        const input = new PassThrough();
        const done = runChat(kb, { input, output: new PassThrough(), color: false, background });
        input.end('who signed?\n/quit\n');
        await done;
        expect(warming).toBeDefined();
        // Stopped before any of the folder's words were looked up (it looked them all up before).
        expect(await warming).toMatchObject({ settled: 0, complete: false });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('once stopped, it does not start again (a reload that ends after /quit)', async () => {
      const kb = await KnowledgeBase.load(seedKnowledge());
      const warm = consoleWarmUp(kb);
      expect(await warm.start()).toMatchObject({ complete: true });
      warm.stop();
      expect(await warm.start()).toBeUndefined();
    });

    it('a reload before the first reply does not start it; one after does, again', async () => {
      const calls: string[] = [];
      let reloaded = () => undefined as void;
      const watch = (_notify: (text: string) => void, onReload: () => void) => {
        reloaded = onReload;
        return () => undefined;
      };
      const background = {
        start: () => {
          calls.push('start');
          return Promise.resolve();
        },
        stop: () => calls.push('stop'),
      };
      const input = new PassThrough();
      let text = '';
      const output = new PassThrough();
      output.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const done = runChat({ engine }, { input, output, color: false, background, watch });
      reloaded();
      expect(calls).toEqual([]);
      input.write(`${question}\n`);
      for (let i = 0; i < 200 && calls.length === 0; i++) await new Promise(setImmediate);
      expect(text).toContain('St.Petersburg');
      expect(calls).toEqual(['start']);
      reloaded();
      expect(calls).toEqual(['start', 'start']);
      input.end('/quit\n');
      await done;
      expect(calls).toEqual(['start', 'start', 'stop']);
    });

    it('stops it when the chat ends, so that the process can exit', async () => {
      // A warm-up that would run until stopped.
      const calls: string[] = [];
      const background = {
        start: () => {
          calls.push('start');
          return new Promise<void>(() => undefined);
        },
        stop: () => calls.push('stop'),
      };
      const input = new PassThrough();
      const done = runChat({ engine }, { input, output: new PassThrough(), color: false, background });
      input.end(`${question}\n/quit\n`);
      await done;
      expect(calls).toEqual(['start', 'stop']);
    });
  });

  it('picks up a new or changed file while it runs, like the bot, and says what changed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qa-console-'));
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const until = async (needle: string) => {
      for (let i = 0; i < 200 && !text.includes(needle); i++) await new Promise((r) => setTimeout(r, 50));
      expect(text).toContain(needle);
    };
    try {
      await writeFile(
        path.join(dir, 'bridge.txt'),
        'Bridge approved\n\nThe council approved a bridge on Tuesday.\n',
      );
      const kb = await KnowledgeBase.load(dir);
      const done = runChat(kb, { input, output, color: false, watch: chatWatcher(kb, 50) });
      await writeFile(
        path.join(dir, 'ferry.txt'),
        'Ferry terminal opens\n\nThe new ferry terminal was opened by Mayor Ada Moreno on Friday.\n',
      );
      await until('(articles reloaded: added ferry.txt)');
      input.write('who opened the ferry terminal?\n');
      await until('Ada Moreno');
      await writeFile(
        path.join(dir, 'bridge.txt'),
        'Bridge approved\n\nThe council approved a bridge on Monday.\n',
      );
      await until('(articles reloaded: changed bridge.txt)');
      input.end('when was the bridge approved?\n/quit\n');
      await done;
      expect(text).toContain('Monday');
    } finally {
      input.end();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('picks up a file that was still being copied in when the folder was read at start', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qa-console-'));
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    // Waits for the text however long a loaded machine takes: no time limit but the test's own.
    const until = (needle: string) =>
      new Promise<void>((resolve) => {
        const look = () => {
          if (!text.includes(needle)) return;
          output.off('data', look);
          resolve();
        };
        output.on('data', look);
        look();
      });
    output.on('data', (chunk: Buffer) => (text += chunk.toString()));
    try {
      await writeFile(
        path.join(dir, 'bridge.txt'),
        'Bridge approved\n\nThe council approved a bridge on Tuesday.\n',
      );
      // Created but not yet written when the start read the folder; written before the chat began watching.
      await writeFile(path.join(dir, 'ferry.txt'), '');
      const kb = await KnowledgeBase.load(dir);
      expect(kb.loadErrors.map((e) => e.file)).toEqual(['ferry.txt']);
      await writeFile(
        path.join(dir, 'ferry.txt'),
        'Ferry terminal opens\n\nThe new ferry terminal was opened by Mayor Ada Moreno on Friday.\n',
      );
      const done = runChat(kb, { input, output, color: false, watch: chatWatcher(kb, 0) });
      await until('(articles reloaded: added ferry.txt)');
      input.end('who opened the ferry terminal?\n/quit\n');
      await done;
      expect(text).toContain('Ada Moreno');
    } finally {
      input.end();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
