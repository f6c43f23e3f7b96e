/**
 * The entity cache is kept across updates of the bot and read back by its FORMAT number: a change to what
 * entities.ts finds that does not bump it would feed old tags into answers after an update (docs43 found
 * eight such changes in a row). So this test tags every sentence of the project's own articles and test
 * stories and compares a digest of the tags with the one recorded for the current FORMAT.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { findEntities } from '../../src/qa/entities.js';
import { FORMAT } from '../../src/qa/entity-cache.js';

const RECORD = path.join(import.meta.dirname, 'entity-cache-format.json');

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function tagsDigest(): string {
  const files = [...textFiles('knowledge'), ...textFiles('test/fixtures')];
  const texts = new Set(
    files.flatMap((file) =>
      parseArticle(path.basename(file), readFileSync(file, 'utf8')).sentences.map((s) => s.text),
    ),
  );
  const hash = createHash('sha256');
  for (const text of [...texts].sort()) hash.update(JSON.stringify([text, findEntities(text)]));
  return hash.digest('hex').slice(0, 16);
}

describe('the entity cache format', () => {
  it('changes whenever the tags of the project’s sentences change', () => {
    // Each FORMAT with the digest of the tags it was set for, kept as a history: a digest is added with
    // a new FORMAT, never rewritten under an old one.
    const recorded = JSON.parse(readFileSync(RECORD, 'utf8')) as Record<string, string>;
    const digest = tagsDigest();
    const latest = Math.max(...Object.keys(recorded).map(Number));
    expect(
      { format: FORMAT, digest },
      `entities.ts finds other tags than FORMAT ${latest} was set for: bump FORMAT in ` +
        `src/qa/entity-cache.ts to ${latest + 1} and add "${latest + 1}": "${digest}" to ${RECORD}`,
    ).toEqual({ format: latest, digest: recorded[String(latest)] });
  });
});
