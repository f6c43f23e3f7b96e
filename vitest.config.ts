import { defineConfig } from 'vitest/config';

/** Soak runs (`*.soak.test.ts`, tens of seconds) are kept out of `npm test`; `npm run test:soak` runs them. */
export const SOAK = 'test/**/*.soak.test.ts';

/** Files that replace a module with vi.mock: they need a module graph of their own. */
const MOCKING = [
  'test/qa/reload-order.test.ts',
  'test/qa/chosen-miss-work.test.ts',
  'test/qa/first-look-ups.test.ts',
  'test/qa/settled-collocations.test.ts',
  'test/qa/acronym-look-ups.test.ts',
];

/** Per-file options that `npm test`, the soak run and the mutation run share. */
export const timeouts = {
  // CLI and bot tests start real processes (discord.js + compromise take about a second each). The limit
  // only catches a hang: on a shared 2-core machine at load 25 (a newcomer's `npm test`, helpers' runs)
  // the sharding e2e, a CLI test and the seed conversion test took over 30 s and failed, then passed alone.
  testTimeout: 120_000,
  hookTimeout: 120_000,
};

/**
 * src/ built once per run: the bot and CLI processes the tests start run it as `npm start` does. The
 * seed article copied alone into a folder of the run's own: the tests never read what is in knowledge/.
 */
export const globalSetup = ['test/support/build-once.ts', 'test/support/seed-folder.ts'];

export default defineConfig({
  test: {
    globalSetup,
    // Vitest's default on 2 cores is one worker; the bot and CLI tests mostly wait on their processes.
    maxWorkers: 2,
    // Not `extends: true`: each project would run the global setup (the build) again.
    projects: [
      {
        test: {
          ...timeouts,
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [SOAK, ...MOCKING, '**/node_modules/**'],
          // Test files share a worker's loaded modules (compromise, WordNet, discord-api-spec) instead of
          // loading them again for each file: src/ keeps no module state but memo caches.
          isolate: false,
        },
      },
      { test: { ...timeouts, name: 'isolated', include: MOCKING } },
    ],
  },
});
