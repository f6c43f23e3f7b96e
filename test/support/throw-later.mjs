// Preloaded into a bot process by a test: once the bot is up, throw an exception nobody catches, with
// the token in its message, to check that the bot logs it without the token and exits.
setTimeout(
  () => {
    throw new Error(`boom: the token is ${process.env.DISCORD_TOKEN}`);
  },
  Number(process.env.THROW_AFTER_MS ?? 3000),
).unref?.();
