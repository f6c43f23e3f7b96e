// The esbuild options `npm start`'s build uses (scripts/build.mjs), shared with the benchmarks' build
// (scripts/build-bench.mjs) so that a benchmark run on built code runs the engine exactly as the bot does:
// no `keepNames` (tsx, which runs the tests and `npm run bench:qa`, names every closure it makes).
export const ESBUILD_OPTIONS = {
  format: 'esm',
  platform: 'node',
  // The language level of tsconfig.json, which Node 20 runs whole. A Node target ('node20') made esbuild
  // write every pattern with a Unicode property escape (/^\p{Lu}/u) as `new RegExp(…)` where it stands,
  // so one inside a function was built again at each call: 2,141 RegExp builds over the seed's
  // questions with that target, 107 with this one (session 44).
  target: 'es2023',
  sourcemap: true,
  logLevel: 'warning',
};
