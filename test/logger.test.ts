/**
 * The bot token never reaches a log line: pino redacts the fields that hold it, and `scrub` removes it
 * from free text (error messages, stack traces) wherever and however often it appears. A scrub that
 * removed only the first occurrence passed every test before these.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrub } from '../src/logger.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.logger.${'s3cr3t'.repeat(6)}`;

/** A logger writing into an array of parsed lines. */
function capture(logLevel: 'info' | 'debug' = 'info') {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString());
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ logLevel }, stream), lines, raw };
}

describe('scrub', () => {
  it('removes every occurrence of the token, not only the first', () => {
    expect(scrub(`a ${TOKEN} b ${TOKEN} c ${TOKEN}`, [TOKEN])).toBe('a [redacted] b [redacted] c [redacted]');
    expect(scrub(`${TOKEN}${TOKEN}`, [TOKEN])).toBe('[redacted][redacted]');
  });

  it('removes the token from a stack trace, in the message line and in any frame', () => {
    const error = new Error(`401 Unauthorized for Bot ${TOKEN}`);
    error.stack = `Error: 401 Unauthorized for Bot ${TOKEN}\n    at login (file:///app/${TOKEN}/bot.js:1:1)\n    at main (file:///app/main.js:2:2)`;
    const out = scrub(String(error.stack), [TOKEN]);
    expect(out).not.toContain(TOKEN);
    expect(out.split('[redacted]')).toHaveLength(3);
    expect(out).toContain('at main (file:///app/main.js:2:2)');
  });

  it('removes each of several secrets, skips missing ones, and leaves other text as it was', () => {
    const other = 'another-secret-value';
    expect(scrub(`x ${TOKEN} y ${other} z ${TOKEN}`, [undefined, TOKEN, other])).toBe(
      'x [redacted] y [redacted] z [redacted]',
    );
    expect(scrub('nothing secret here', [TOKEN])).toBe('nothing secret here');
    expect(scrub('', [TOKEN])).toBe('');
  });

  it('ignores secrets shorter than 8 characters: scrubbing "a" or "" would mangle every message', () => {
    expect(scrub('a cat sat', ['a', ''])).toBe('a cat sat');
    expect(scrub('1234567 and 12345678', ['1234567'])).toBe('1234567 and 12345678');
    expect(scrub('1234567 and 12345678', ['12345678'])).toBe('1234567 and [redacted]');
  });
});

describe('log redaction', () => {
  it('redacts a token or authorization field at any depth the bot logs, twice in one line too', () => {
    const { logger, lines, raw } = capture();
    logger.info({ token: TOKEN }, 'top');
    logger.info({ client: { token: TOKEN }, other: { token: TOKEN } }, 'nested twice');
    logger.info({ rest: { options: { token: TOKEN } } }, 'deeper');
    logger.info({ authorization: `Bot ${TOKEN}` }, 'header value');
    logger.info({ req: { authorization: `Bot ${TOKEN}` } }, 'nested header value');
    logger.info({ request: { headers: { authorization: `Bot ${TOKEN}` } } }, 'headers');
    expect(raw.join('')).not.toContain(TOKEN);
    expect(lines.map((l) => JSON.stringify(l).split('[redacted]').length - 1)).toEqual([1, 2, 1, 1, 1, 1]);
  });

  it('a scrubbed error logged as text carries no token, however often the stack repeats it', () => {
    const { logger, raw, lines } = capture();
    const stack = `Error: bad token ${TOKEN}\n    at a (x.js:1:1)\n    caused by: ${TOKEN}`;
    logger.error({ err: scrub(stack, [TOKEN]) }, 'client error');
    expect(raw.join('')).not.toContain(TOKEN);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'client error', app: 'article-qa-bot' });
  });

  it('keeps the level it is given and writes JSON lines', () => {
    const { logger, lines } = capture('info');
    logger.debug('hidden');
    logger.info({ n: 1 }, 'shown');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'shown', n: 1 });
    const debug = capture('debug');
    debug.logger.debug('now shown');
    expect(debug.lines).toHaveLength(1);
  });
});
