// The esbuild options `npm start`'s build uses (scripts/build.mjs), shared with the benchmarks' build
// (scripts/build-bench.mjs) so that a benchmark run on built code runs the engine exactly as the bot does:
// no `keepNames` (tsx, which runs the tests and `npm run bench:qa`, names every closure it makes).
export const ESBUILD_OPTIONS = {
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};
