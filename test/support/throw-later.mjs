// Preloaded into a bot process by a test: once the bot has installed its crash handler, throw an
// exception nobody catches, with the token in its message, to check that the bot logs it without the
// token and exits. It waits for the handler rather than for a fixed time, so a slow start-up on a
// loaded machine cannot make the exception arrive before the bot can handle it.
const delay = Number(process.env.THROW_AFTER_MS ?? 0);
const poll = setInterval(() => {
  if (process.listenerCount('uncaughtException') === 0) return;
  clearInterval(poll);
  setTimeout(() => {
    throw new Error(`boom: the token is ${process.env.DISCORD_TOKEN}`);
  }, delay);
}, 20);
poll.unref?.();
