/**
 * How the engine's regular expressions reach V8, as the bot runs them: the build (scripts/build.mjs)
 * leaves a pattern with a Unicode property escape a literal, made once where a module writes it, and
 * the scripts that answer questions start Node with patterns compiled once, to machine code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const scripts = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('patterns as the bot runs them', () => {
  it('the build keeps /^\\p{Lu}/u a literal: not `new RegExp(…)` built again at each call of a function', () => {
    const letters = readFileSync(path.join(inject('builtDir'), 'qa', 'letters.js'), 'utf8');
    expect(letters).toContain('const UPPER_FIRST = /^\\p{Lu}/u;');
    expect(letters).not.toContain('new RegExp');
  });

  it('the bot, the console, the CLI and the question benchmarks compile each pattern once, to machine code', () => {
    // V8 otherwise interprets a pattern's first match and compiles it again at the next: two compilations
    // for nearly every pattern. Set at the start only: V8 must not change it while patterns are compiled.
    for (const name of [
      'start',
      'start:sharded',
      'dev',
      'cli',
      'bench:qa',
      'bench:qa:built',
      'bench:scale',
      'bench:bot',
    ])
      expect(scripts[name], name).toMatch(/^node --no-regexp-tier-up /);
  });
});
