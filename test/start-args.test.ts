/** `npm start`'s options: a folder, or help; anything else is refused with the usage, not ignored. */
import { describe, expect, it } from 'vitest';
import { START_USAGE } from '../src/format/usage.js';
import { parseStartArgs } from '../src/start-args.js';
import { misuseOf } from './support/misuse.js';

const misuse = (argv: string[]) => misuseOf(parseStartArgs, argv);

describe("npm start's command line", () => {
  it('takes nothing, a folder or help', () => {
    expect(parseStartArgs([])).toEqual({ help: false });
    expect(parseStartArgs(['--knowledge', 'news'])).toEqual({ help: false, knowledge: 'news' });
    expect(parseStartArgs(['--knowledge=news/local'])).toEqual({ help: false, knowledge: 'news/local' });
    expect(parseStartArgs(['-h'])).toEqual({ help: true });
  });

  it('refuses what it does not take, saying what', () => {
    expect(misuse(['--knowlege', 'news'])).toMatch(/--knowlege/);
    expect(misuse(['news'])).toMatch(/news/);
    expect(misuse(['--knowledge'])).toMatch(/--knowledge/);
    expect(misuse(['--knowledge', ''])).toBe('--knowledge needs a folder');
  });

  it('has a usage that names the option and the variable', () => {
    expect(START_USAGE).toContain('--knowledge DIR');
    expect(START_USAGE).toContain('KNOWLEDGE_DIR');
  });
});
