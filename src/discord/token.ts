/**
 * A bot token Discord refuses, told apart from other failures, and what the owner is told: `npm start`
 * and `npm run deploy-commands` both meet it, and say the same thing.
 */

/** Discord refused the token: a REST 401, the gateway's close code 4004, or discord.js's own check. */
export function isBadToken(error: unknown): boolean {
  const e = error as { code?: unknown; status?: unknown; message?: unknown };
  return (
    e.code === 'TokenInvalid' ||
    e.status === 401 ||
    e.code === 4004 ||
    (typeof e.message === 'string' &&
      /401|unauthori[sz]ed|authentication failed|invalid token/i.test(e.message))
  );
}

/** For the terminal. */
export const BAD_TOKEN_MESSAGE =
  'Discord rejected the bot token (DISCORD_TOKEN). Reset it in the Developer Portal and update your .env.';
