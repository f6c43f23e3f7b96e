/** `npm run invite`: print the link that adds the bot to a server, with the permissions it uses. */
import { ConfigError, loadConfig, withDotEnv } from '../config.js';
import { BOT_PERMISSIONS, inviteUrl, permissionsInteger } from './permissions.js';

function main(): number {
  const config = loadConfig(withDotEnv());
  if (config.clientId === undefined) {
    console.error('invite needs DISCORD_CLIENT_ID (see .env.example).');
    return 1;
  }
  console.log(inviteUrl(config.clientId));
  console.log(
    `Scopes: bot, applications.commands. Permissions ${permissionsInteger()}: ${Object.keys(BOT_PERMISSIONS).join(', ')}.`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
