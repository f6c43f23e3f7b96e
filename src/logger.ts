import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/** Structured JSON logs on stdout. Anything called token or authorization is redacted wherever it appears. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { app: 'article-qa-bot' },
    redact: {
      paths: ['token', '*.token', '*.*.token', 'authorization', '*.authorization', '*.headers.authorization'],
      censor: '[redacted]',
    },
  };
  return destination !== undefined ? pino(options, destination) : pino(options);
}

/** Remove a secret from free text (error messages, stack traces) before it is logged or shown. */
export function scrub(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) if (s !== undefined && s.length >= 8) out = out.split(s).join('[redacted]');
  return out;
}
