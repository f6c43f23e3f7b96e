// Transpile src/ to dist/ with esbuild (about 0.1 s), so `npm start` runs plain JavaScript: the bot is
// ready in about a second instead of two under a TypeScript loader. Type checking is `npm run typecheck`.
// `node scripts/build.mjs DIR` writes to DIR instead (the tests build once into a folder of their own,
// which an `npm start` rebuilding dist/ meanwhile cannot touch).
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureEmbeddings } from './embeddings.mjs';
import { ESBUILD_OPTIONS } from './esbuild-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const files = readdirSync(src, { recursive: true }).map(String);
const entryPoints = files
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => path.join(src, f));

await build({
  entryPoints,
  outdir,
  outbase: src,
  ...ESBUILD_OPTIONS,
});

// Data the modules read beside themselves (the answerability calibration).
for (const f of files.filter((f) => f.endsWith('.json'))) cpSync(path.join(src, f), path.join(outdir, f));

// The word vectors' compact cache (scripts/embeddings.mjs; `npm ci` writes it already, through
// `prepare`): a no-op when it is there, about 6 s when it is not.
await ensureEmbeddings();
