import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeError, MAX_ARTICLE_BYTES, loadKnowledge, loadKnowledgeOrFail } from '../../src/knowledge/load.js';

const ARTICLE = 'Harbour bridge approved\n\nThe city council approved a new bridge across the harbour on Tuesday.\n';

describe('loading a knowledge folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'qa-knowledge-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads .txt and .md files, in sub-folders too, and ignores other files', async () => {
    await mkdir(path.join(dir, 'world', 'europe'), { recursive: true });
    await writeFile(path.join(dir, 'a.txt'), ARTICLE);
    await writeFile(path.join(dir, 'world', 'europe', 'b.md'), `# Title B\n\n${ARTICLE}`);
    await writeFile(path.join(dir, 'notes.json'), '{}');
    const { articles, errors } = await loadKnowledge(dir);
    expect(articles.map((a) => a.file)).toEqual(['a.txt', 'world/europe/b.md']);
    expect(errors).toEqual([]);
  });

  it('skips bad files with a one-line reason and still loads the good ones', async () => {
    await writeFile(path.join(dir, 'good.txt'), ARTICLE);
    await writeFile(path.join(dir, 'empty.txt'), '  \n\n');
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await writeFile(path.join(dir, 'huge.txt'), '');
    await truncate(path.join(dir, 'huge.txt'), MAX_ARTICLE_BYTES + 1);
    const { articles, errors } = await loadKnowledge(dir);
    expect(articles.map((a) => a.file)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(errors.map((e) => [e.file, e.reason]));
    expect(reasons['empty.txt']).toBe('empty file');
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['huge.txt']).toMatch(/too large/);
    for (const e of errors) expect(e.reason).not.toContain('\n');
  });

  it('reads a text file saved as windows-1252 (not UTF-8), curly quotes and accents kept', async () => {
    const text = 'Caf\xe9 owner wins prize\n\nThe caf\xe9 owner said it was \x93a dream\x94 to win the prize on Tuesday.\n';
    await writeFile(path.join(dir, 'ansi.txt'), Buffer.from(text, 'latin1'));
    const { articles, errors } = await loadKnowledge(dir);
    expect(errors).toEqual([]);
    expect(articles[0]?.title).toBe('Café owner wins prize');
    expect(articles[0]?.sentences.at(-1)?.text).toBe('The café owner said it was “a dream” to win the prize on Tuesday.');
  });

  it('says a knowledge "folder" that is a file is not a folder', async () => {
    await writeFile(path.join(dir, 'a.txt'), ARTICLE);
    await expect(loadKnowledge(path.join(dir, 'a.txt'))).rejects.toThrow(/is a file, not a folder/);
  });

  it('reads UTF-16 with a byte-order mark and CRLF line endings', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE.replace(/\n/g, '\r\n'), 'utf16le')]);
    await writeFile(path.join(dir, 'windows.txt'), utf16);
    const { articles } = await loadKnowledge(dir);
    expect(articles[0]?.title).toBe('Harbour bridge approved');
    expect(articles[0]?.sentences.at(-1)?.text).toBe('The city council approved a new bridge across the harbour on Tuesday.');
  });

  it('survives a symlink loop', async () => {
    await writeFile(path.join(dir, 'a.txt'), ARTICLE);
    await symlink(dir, path.join(dir, 'loop'));
    const { articles } = await loadKnowledge(dir);
    expect(articles).toHaveLength(1);
  });

  it('a file removed while the folder is being loaded is reported, not thrown', async () => {
    for (let i = 0; i < 200; i++) await writeFile(path.join(dir, `a${i}.txt`), ARTICLE);
    const loading = loadKnowledge(dir);
    await Promise.all(Array.from({ length: 100 }, (_, i) => rm(path.join(dir, `a${i * 2}.txt`))));
    const { articles, errors } = await loading;
    // Every file that stayed is loaded; a removed one was loaded (read in time), reported, or never
    // listed (removed before the folder was read): never two of those, and never an error of another kind.
    const loaded = articles.map((a) => a.file);
    const kept = Array.from({ length: 100 }, (_, i) => `a${i * 2 + 1}.txt`);
    expect(kept.filter((f) => !loaded.includes(f))).toEqual([]);
    const reported = errors.map((e) => e.file);
    expect(new Set([...loaded, ...reported]).size).toBe(loaded.length + reported.length);
    for (const f of [...loaded, ...reported]) expect(f).toMatch(/^a\d+\.txt$/);
    for (const e of errors) {
      expect(e.reason).toBe('file disappeared while loading');
      expect(kept).not.toContain(e.file);
    }
  });

  it('fails with the folder named when nothing is usable', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '');
    await expect(loadKnowledgeOrFail(dir)).rejects.toThrow(KnowledgeError);
    await expect(loadKnowledgeOrFail(dir)).rejects.toThrow(dir);
    await expect(loadKnowledgeOrFail(path.join(dir, 'missing'))).rejects.toThrow(/not found/);
  });

  it('names every skipped file and its reason when none could be used', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'binary.md'), Buffer.from([0x00, 0x81, 0xc3, 0x28, 0x00]));
    const error = await loadKnowledgeOrFail(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KnowledgeError);
    const { message, skipped } = error as KnowledgeError;
    expect(message).toContain('none of its files could be used');
    expect(message).toContain('skipped empty.txt: empty file');
    expect(message).toMatch(/skipped binary\.md: \S/);
    expect(skipped.map((e) => e.file).sort()).toEqual(['binary.md', 'empty.txt']);
  });

  it('lists the first files and counts the rest on a large failing folder', async () => {
    for (let i = 0; i < 30; i++) await writeFile(path.join(dir, `e${i}.txt`), '');
    const message = await loadKnowledgeOrFail(dir).then(
      () => '',
      (e: unknown) => (e as Error).message,
    );
    expect(message.match(/skipped e\d+\.txt: empty file/g)).toHaveLength(20);
    expect(message).toContain('… and 10 more files skipped');
  });
});
