import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI and bot tests start real processes (tsx + discord.js + compromise take about a second each).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
