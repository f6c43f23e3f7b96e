/**
 * `npm run deploy-commands`: register the slash commands, to DISCORD_GUILD_ID when set (instant, for
 * development) or globally (every server; Discord can take a while to show them).
 */
import { REST, Routes } from 'discord.js';
import { ConfigError, loadConfig, withDotEnv } from '../config.js';
import { scrub } from '../logger.js';
import { commands } from './commands/index.js';
import { restOptions } from './transport.js';
import { BAD_TOKEN_MESSAGE, isBadToken } from './token.js';

async function main(): Promise<number> {
  const config = loadConfig(withDotEnv());
  const missing = [
    config.token === undefined ? 'DISCORD_TOKEN' : undefined,
    config.clientId === undefined ? 'DISCORD_CLIENT_ID' : undefined,
  ].filter((v) => v !== undefined);
  if (missing.length > 0 || config.token === undefined || config.clientId === undefined) {
    console.error(`deploy-commands needs ${missing.join(' and ')} (see .env.example).`);
    return 1;
  }
  const rest = new REST(restOptions(config.apiUrl)).setToken(config.token);
  const body = commands.map((c) => c.data);
  const route =
    config.guildId !== undefined
      ? Routes.applicationGuildCommands(config.clientId, config.guildId)
      : Routes.applicationCommands(config.clientId);
  try {
    const result = (await rest.put(route, { body })) as unknown[];
    console.log(
      `Registered ${result.length} commands ${config.guildId !== undefined ? `in guild ${config.guildId}` : 'globally'}: ${commands.map((c) => `/${c.data.name}`).join(' ')}`,
    );
    return 0;
  } catch (error) {
    console.error(
      isBadToken(error)
        ? `Could not register commands: ${BAD_TOKEN_MESSAGE}`
        : `Could not register commands: ${scrub(String(error), [config.token])}`,
    );
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = 1;
  },
);
