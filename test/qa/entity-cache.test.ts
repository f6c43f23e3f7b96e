import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../src/qa/knowledge-base.js';
import { settledWords } from '../../src/qa/settle.js';

const ARTICLE = [
  'Bridge opens',
  '',
  'Mayor Anna Berg opened the harbour bridge in Oslo on Tuesday.',
  '',
  'The bridge cost 300 million kroner and took four years to build.',
].join('\n');

/** The entries of a cache file (sentence text → tags). */
function cacheEntries(text: string): Record<string, unknown> {
  return (JSON.parse(text) as { entries: Record<string, unknown> }).entries;
}

describe('entity tags kept between runs', () => {
  let dir = '';
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a restart takes back the tags of unchanged sentences and tags only the changed ones', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-entity-cache-'));
    const knowledge = path.join(dir, 'knowledge');
    const cacheFile = path.join(dir, 'cache', 'entities.json');
    await mkdir(knowledge);
    await writeFile(path.join(knowledge, 'bridge.txt'), ARTICLE);

    const loaded = await KnowledgeBase.load(knowledge);
    const first = await loaded.warmUp(cacheFile);
    // Every sentence the index answers from is tagged, once: the title and the two body sentences.
    expect(first).toMatchObject({ fromCache: 0, complete: true, tagged: 3 });
    // Then the folder's words are looked up ahead of the questions (settle.ts).
    expect(first.settled).toBe(settledWords(loaded.engine.index).length);
    expect(first.settled).toBeGreaterThan(10);
    expect(loaded.engine.index.docs).toHaveLength(3);
    expect(Object.keys(cacheEntries(await readFile(cacheFile, 'utf8')))).toHaveLength(3);

    // A second start parses the file again (new sentence objects): every tag comes from the file.
    const kb = await KnowledgeBase.load(knowledge);
    expect(await kb.warmUp(cacheFile)).toMatchObject({ fromCache: first.tagged, tagged: 0 });
    const answer = kb.engine.ask('Who opened the bridge?');
    const best = answer.passages[0];
    const names = (best?.highlights ?? []).filter((h) => h.kind === 'answer');
    expect(names.map((h) => best?.text.slice(h.start, h.end))).toContain('Anna Berg');

    // One sentence changed: only it is tagged again.
    await writeFile(path.join(knowledge, 'bridge.txt'), ARTICLE.replace('Tuesday', 'Friday'));
    const third = await (await KnowledgeBase.load(knowledge)).warmUp(cacheFile);
    expect(third).toMatchObject({ fromCache: first.tagged - 1, tagged: 1 });
  });

  it('a damaged or foreign cache file is ignored and replaced, never an error', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-entity-cache-'));
    const knowledge = path.join(dir, 'knowledge');
    const cacheFile = path.join(dir, 'entities.json');
    await mkdir(knowledge);
    await writeFile(path.join(knowledge, 'bridge.txt'), ARTICLE);
    for (const junk of ['{not json', JSON.stringify({ version: 'other', entries: {} }), '[]']) {
      await writeFile(cacheFile, junk);
      const r = await (await KnowledgeBase.load(knowledge)).warmUp(cacheFile);
      expect(r).toMatchObject({ fromCache: 0, tagged: 3 });
      expect(Object.keys(cacheEntries(await readFile(cacheFile, 'utf8')))).toHaveLength(3);
    }
  });
});
