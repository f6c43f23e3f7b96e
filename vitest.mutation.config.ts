import { defineConfig } from 'vitest/config';
import { timeouts } from './vitest.config.js';

/**
 * The tests `npm run test:mutation` runs against each mutant: the unit tests of the mutated modules.
 * Only the CLI records test builds an engine, from one two-paragraph article; a test over the real
 * knowledge (the scenario tests, replies.test.ts) costs seconds per mutant, hours per run on this
 * machine, so the reply builders are tested from answers built as data (reply-builders.test.ts), and the
 * Discord handlers over two small fixture articles with doubles of discord.js's objects (handlers.test.ts).
 * The e2e and CLI tests start the bot or the CLI as a child process, which never sees the active mutant.
 */
export default defineConfig({
  test: {
    ...timeouts,
    include: [
      'test/discord/cooldown.test.ts',
      'test/discord/sanitize.test.ts',
      'test/config*.test.ts',
      'test/logger.test.ts',
      'test/qa/spelling.test.ts',
      'test/knowledge/clean.test.ts',
      'test/discord/reply-builders.test.ts',
      'test/discord/summary-reply.test.ts',
      'test/discord/choices.test.ts',
      'test/cli/args.test.ts',
      'test/cli/records.test.ts',
      'test/discord/handlers.test.ts',
    ],
  },
});
