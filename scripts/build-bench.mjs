// Transpile src/ and bench/ to dist-bench/ with the options `npm start`'s build uses
// (esbuild-options.mjs), so `npm run bench:qa:built` and `npm run bench:scale:built` time the engine as
// the bot runs it. `npm run bench:qa` runs under tsx, which compiles with `keepNames`: every closure bound
// to a name is named as it is made (about 0.4 µs each), a cost the bot does not pay. The folders keep
// their places (dist-bench/src, dist-bench/bench), so the benchmarks' imports of ../src resolve, and
// dist-bench/ sits in the project, so the built files find its node_modules.
// `node scripts/build-bench.mjs DIR` writes to DIR instead (the test's own folder).
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ensureEmbeddings } from './embeddings.mjs';
import { ESBUILD_OPTIONS } from './esbuild-options.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist-bench'));
// bench/sets holds question sets, not code.
const sources = (dir) =>
  readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => !f.startsWith('sets'))
    .map((f) => path.join(dir, f));
const files = [...sources('src'), ...sources('bench')];

await build({
  entryPoints: files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => path.join(root, f)),
  outdir,
  outbase: root,
  ...ESBUILD_OPTIONS,
});

// Data the modules read beside themselves (the answerability calibration, the passage model).
for (const f of files.filter((f) => f.endsWith('.json'))) cpSync(path.join(root, f), path.join(outdir, f));

await ensureEmbeddings();
