import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The tests `npm run test:mutation` runs against each mutant: those that run the code in their own
 * process. The e2e and CLI tests start the bot or the CLI as a child process, which never sees
 * Stryker's active mutant, so they could only slow the run down.
 */
export default defineConfig({
  test: {
    ...base.test,
    exclude: [...(base.test?.exclude ?? []), 'test/e2e/**', 'test/cli.test.ts'],
  },
});
