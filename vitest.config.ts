import { defineConfig } from 'vitest/config';

/** Soak runs (`*.soak.test.ts`, tens of seconds) are kept out of `npm test`; `npm run test:soak` runs them. */
export const SOAK = 'test/**/*.soak.test.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [SOAK, '**/node_modules/**'],
    // CLI and bot tests start real processes (tsx + discord.js + compromise take about a second each).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
