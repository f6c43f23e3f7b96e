import { appendFile, mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeBase, type ReloadReport } from '../../src/qa/knowledge-base.js';
import { watchFolder, watchKnowledge } from '../../src/qa/watch.js';

describe('hot reload of the knowledge folder', () => {
  let dir = '';
  let stop: (() => void) | undefined;
  afterEach(async () => {
    stop?.();
    await rm(dir, { recursive: true, force: true });
  });

  /**
   * `watchFolder` on `dir`: what it reported (errors as strings), and `next(file)`, which resolves at
   * the next report of `file`, however long a loaded machine takes to give it.
   */
  function watching(): { heard: (string | null)[]; next: (file: string) => Promise<void> } {
    const heard: (string | null)[] = [];
    let listen: (file: string | null) => void = () => undefined;
    const next = (file: string) =>
      new Promise<void>((resolve) => {
        listen = (f) => {
          if (f === file) resolve();
        };
      });
    const watcher = watchFolder(
      dir,
      (file) => {
        heard.push(file);
        listen(file);
      },
      (error) => heard.push(String(error)),
    );
    stop = () => watcher.close();
    return { heard, next };
  }

  it('an article added, changed or removed is picked up without a restart, one reload per burst', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-watch-'));
    await writeFile(
      path.join(dir, 'a.txt'),
      'Bridge approved\n\nThe council approved a bridge on Tuesday.\n',
    );
    const kb = await KnowledgeBase.load(dir);
    const reports: ReloadReport[] = [];
    let notify: (() => void) | undefined;
    stop = watchKnowledge(kb, {
      debounceMs: 1000, // the two writes below must fall in one burst even on a loaded machine
      onReload: (r) => {
        reports.push(r);
        notify?.();
      },
    });
    const nextReload = () => new Promise<void>((resolve) => (notify = resolve));

    let reloaded = nextReload();
    const old = kb.engine;
    await writeFile(
      path.join(dir, 'b.txt'),
      'Volcano erupts\n\nA volcano erupted on Sunday on the island.\n',
    );
    await writeFile(path.join(dir, 'c.txt'), 'Fish found\n\nA new fish was found in the trench in March.\n');
    await reloaded;
    expect(reports).toHaveLength(1);
    expect(reports[0]?.added.sort()).toEqual(['b.txt', 'c.txt']);
    // Only the two new files were tokenized; a.txt's index terms were reused.
    expect(reports[0]?.reindexed).toBe(2);
    expect(old.articles).toHaveLength(1); // the old engine was never modified in place
    expect(kb.engine.ask('When did the volcano erupt?').passages[0]?.text).toContain('Sunday');

    const unchanged = kb.engine.articles.find((a) => a.file === 'b.txt');
    reloaded = nextReload();
    await writeFile(path.join(dir, 'a.txt'), 'Bridge approved\n\nThe council approved a bridge on Friday.\n');
    await rm(path.join(dir, 'c.txt'));
    await reloaded;
    expect(reports[1]).toMatchObject({ changed: ['a.txt'], removed: ['c.txt'], reindexed: 1 });
    // b.txt did not change: its parsed article is reused, not read and parsed again.
    expect(kb.engine.articles.find((a) => a.file === 'b.txt')).toBe(unchanged);
    const texts = kb.engine.articles.flatMap((a) => a.sentences.map((x) => x.text));
    expect(texts).toContain('The council approved a bridge on Friday.');
    expect(texts).not.toContain('The council approved a bridge on Tuesday.');
  });

  it('a reload that ends after the watch was stopped reports nothing (the chat it would tell is over)', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-watch-'));
    await writeFile(
      path.join(dir, 'a.txt'),
      'Bridge approved\n\nThe council approved a bridge on Tuesday.\n',
    );
    const kb = await KnowledgeBase.load(dir);
    await writeFile(
      path.join(dir, 'b.txt'),
      'Volcano erupts\n\nA volcano erupted on Sunday on the island.\n',
    );
    // The reload is held until the watch is stopped.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let reloading: Promise<ReloadReport> | undefined;
    const began = new Promise<void>((resolve) => {
      const real = kb.reload.bind(kb);
      kb.reload = () => {
        resolve();
        return (reloading = held.then(real));
      };
    });
    const heard: string[] = [];
    stop = watchKnowledge(kb, {
      debounceMs: 0,
      onReload: () => heard.push('reload'),
      onError: () => heard.push('error'),
    });
    await began;
    stop();
    release();
    expect((await reloading)?.added).toEqual(['b.txt']);
    await new Promise(setImmediate);
    expect(heard).toEqual([]);
  });

  it('a file dropped in while the folder was loading, before the watcher started, is caught up', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-watch-'));
    await writeFile(
      path.join(dir, 'a.txt'),
      'Bridge approved\n\nThe council approved a bridge on Tuesday.\n',
    );
    await writeFile(path.join(dir, 'broken.txt'), '');
    const kb = await KnowledgeBase.load(dir);
    // Nothing changed since: no reload (the unusable file is not taken for a new one).
    expect(kb.loadErrors.map((e) => e.file)).toEqual(['broken.txt']);
    expect(await kb.changedSinceLoad()).toBe(false);

    await writeFile(
      path.join(dir, 'b.txt'),
      'Volcano erupts\n\nA volcano erupted on Sunday on the island.\n',
    );
    expect(await kb.changedSinceLoad()).toBe(true);
    const report = await new Promise<ReloadReport>((resolve) => {
      stop = watchKnowledge(kb, { debounceMs: 50, onReload: resolve });
    });
    expect(report.added).toEqual(['b.txt']);
    expect(kb.engine.ask('When did the volcano erupt?').passages[0]?.text).toContain('Sunday');
    expect(await kb.changedSinceLoad()).toBe(false);

    await rm(path.join(dir, 'a.txt'));
    expect(await kb.changedSinceLoad()).toBe(true);
  });

  it('a file read while it was still being copied in (empty then, so skipped) is read again when watching starts', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-watch-'));
    await writeFile(
      path.join(dir, 'a.txt'),
      'Bridge approved\n\nThe council approved a bridge on Tuesday.\n',
    );
    // `cp` creates the file, then writes it: a start that reads the folder in between finds it empty.
    await writeFile(path.join(dir, 'b.txt'), '');
    const kb = await KnowledgeBase.load(dir);
    expect(kb.loadErrors).toEqual([{ file: 'b.txt', reason: 'empty file' }]);
    // The copy ends before the watcher starts (the console warms up first): no event will ever come.
    await writeFile(
      path.join(dir, 'b.txt'),
      'Volcano erupts\n\nA volcano erupted on Sunday on the island.\n',
    );
    expect(await kb.changedSinceLoad()).toBe(true);
    const report = await new Promise<ReloadReport>((resolve) => {
      stop = watchKnowledge(kb, { debounceMs: 0, onReload: resolve });
    });
    expect(report).toMatchObject({ added: ['b.txt'], errors: [] });
    expect(kb.engine.ask('When did the volcano erupt?').passages[0]?.text).toContain('Sunday');
    expect(await kb.changedSinceLoad()).toBe(false);
  });

  it('a file saved by renaming a new copy over it (as editors, mv and rsync do) is still watched after', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-watch-'));
    const { heard, next } = watching();
    const b = path.join('world', 'b.txt');

    // A sub-folder made after watching started is watched too.
    let reported = next('world');
    await mkdir(path.join(dir, 'world'));
    await reported;
    reported = next(b);
    await writeFile(path.join(dir, b), 'Volcano erupts\n\nA volcano erupted on Sunday on the island.\n');
    await reported;

    reported = next(b);
    await writeFile(
      path.join(dir, 'world', '.b.txt.swp'),
      'Volcano erupts\n\nA volcano erupted on Monday.\n',
    );
    await rename(path.join(dir, 'world', '.b.txt.swp'), path.join(dir, b));
    await reported;
    // Reports come in order: once this one is in, none is left over from the save above.
    reported = next(path.join('world', 'c.txt'));
    await writeFile(path.join(dir, 'world', 'c.txt'), 'Fish found\n\nA new fish was found in March.\n');
    await reported;

    // The file now there is a new one: its own edits, in place, are reported too.
    reported = next(b);
    await appendFile(path.join(dir, b), 'Ash fell on the town.\n');
    await reported;
    expect(heard.filter((f) => f !== null && f.startsWith('Error'))).toEqual([]);
  });
  it('a looping link, there at the start or in a folder moved in, is skipped: nothing throws, later changes are heard', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-watch-'));
    await symlink('loop', path.join(dir, 'loop'));
    // Before: statSync threw ELOOP out of watchFolder, leaving the root's watch open.
    const { heard, next } = watching();
    // A folder holding one, moved in: before, the watch callback threw (the bot's process exited).
    const outside = await mkdtemp(path.join(tmpdir(), 'qa-watch-out-'));
    await symlink('loop', path.join(outside, 'loop'));
    let reported = next('moved');
    await rename(outside, path.join(dir, 'moved'));
    await reported;
    reported = next(path.join('moved', 'a.txt'));
    await writeFile(path.join(dir, 'moved', 'a.txt'), 'Fish found\n\nA new fish was found in March.\n');
    await reported;
    expect(heard.filter((f) => f !== null && f.startsWith('Error'))).toEqual([]);
  });
});
