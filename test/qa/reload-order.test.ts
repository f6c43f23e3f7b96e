/**
 * Reloads asked for at once (/learn, /reload and the folder watcher) run one after another. Here the
 * first reload's folder read is held back after it read the folder, while an article is added and a
 * second reload runs: had they overlapped, the first would swap its older engine in last, and the new
 * article would be gone until the next change.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as LoadEngine from '../../src/qa/load-engine.js';

const hold = vi.hoisted(() => ({
  first: undefined as undefined | { read: () => void; release: Promise<void> },
}));

vi.mock('../../src/qa/load-engine.js', async (importOriginal) => {
  const actual = await importOriginal<typeof LoadEngine>();
  return {
    ...actual,
    loadEngine: async (...args: Parameters<typeof actual.loadEngine>) => {
      const loaded = await actual.loadEngine(...args);
      const held = hold.first;
      hold.first = undefined;
      if (held !== undefined) {
        held.read();
        await held.release;
      }
      return loaded;
    },
  };
});

const { KnowledgeBase } = await import('../../src/qa/knowledge-base.js');

/** A knowledge base over `dir` holding one article, a.txt. */
async function oneArticleFolder(dir: string) {
  await writeFile(path.join(dir, 'a.txt'), 'Bridge approved\n\nThe council approved a bridge on Tuesday.\n');
  return KnowledgeBase.load(dir);
}

describe('reloads asked for at once', () => {
  it('run one after another, so the engine in service is the newest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qa-reloads-'));
    try {
      const kb = await oneArticleFolder(dir);
      let read = () => {};
      let release = () => {};
      const firstRead = new Promise<void>((r) => (read = r));
      hold.first = { read: () => read(), release: new Promise<void>((r) => (release = r)) };
      const first = kb.reload();
      await firstRead; // the first reload has read the folder (one article) and is held
      await writeFile(path.join(dir, 'b.txt'), 'Ferry cancelled\n\nThe ferry to the island was cancelled.\n');
      const second = kb.reload();
      setTimeout(release, 100);
      const [one, two] = await Promise.all([first, second]);
      expect(one.added).toEqual([]);
      expect(two.added).toEqual(['b.txt']);
      expect(kb.engine.articles.map((a) => a.id).sort()).toEqual(['a.txt', 'b.txt']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a failed reload does not stop the next one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'qa-reloads-'));
    try {
      const kb = await oneArticleFolder(dir);
      await rm(path.join(dir, 'a.txt'));
      await expect(kb.reload()).rejects.toThrow();
      await writeFile(path.join(dir, 'c.txt'), 'Road reopened\n\nThe coast road reopened on Friday.\n');
      expect((await kb.reload()).added).toEqual(['c.txt']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
