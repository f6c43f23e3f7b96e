/**
 * The entity cache is kept across updates of the bot and read back by its FORMAT number: a change to what
 * entities.ts finds that does not bump it would feed old tags into answers after an update (docs43 found
 * eight such changes in a row). So this test tags every line of the project's own articles and test
 * stories and compares a digest of the tags with the one recorded for the current FORMAT.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import { FORMAT } from '../../src/qa/entity-cache.js';
import { readSeed, SEED_FILE } from '../support/seed.js';

const RECORD = path.join(import.meta.dirname, 'entity-cache-format.json');

/**
 * The digest of the tags entities.ts finds in every line of these files. The lines as written, not the
 * article's sentences: a change to how a page is cleaned or split misses the cache by its text anyway.
 */
function tagsDigest(files: readonly string[]): string {
  const lines = new Set(
    files.flatMap((file) =>
      // The sample story from this run's copy: an owner may have removed it from knowledge/.
      (file === `knowledge/${SEED_FILE}` ? readSeed() : readFileSync(file, 'utf8'))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  );
  const hash = createHash('sha256');
  for (const line of [...lines].sort()) hash.update(JSON.stringify([line, findEntities(line)]));
  return hash.digest('hex').slice(0, 16);
}

describe('the entity cache format', () => {
  it('changes whenever the tags of the project’s sentences change', () => {
    // The articles read (fixed, so that a new test story changes nothing here), and each FORMAT with
    // the digest of their tags it was set for, kept as a history: a digest is added with a new FORMAT,
    // never rewritten under an old one.
    const { articles, formats } = JSON.parse(readFileSync(RECORD, 'utf8')) as {
      articles: string[];
      formats: Record<string, string>;
    };
    const digest = tagsDigest(articles);
    const latest = Math.max(...Object.keys(formats).map(Number));
    expect(
      { format: FORMAT, digest },
      `entities.ts finds other tags than FORMAT ${latest} was set for: bump FORMAT in ` +
        `src/qa/entity-cache.ts to ${latest + 1} and add "${latest + 1}": "${digest}" to the formats of ${RECORD}`,
    ).toEqual({ format: latest, digest: formats[String(latest)] });
  });
});
