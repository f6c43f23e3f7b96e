/** `npm start`'s options: a folder, or help; anything else is refused with the usage, not ignored. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../src/command-line.js';
import { START_USAGE, parseStartArgs } from '../src/start-args.js';

describe("npm start's command line", () => {
  it('takes nothing, a folder or help', () => {
    expect(parseStartArgs([])).toEqual({ help: false });
    expect(parseStartArgs(['--knowledge', 'news'])).toEqual({ help: false, knowledge: 'news' });
    expect(parseStartArgs(['--knowledge=news/local'])).toEqual({ help: false, knowledge: 'news/local' });
    expect(parseStartArgs(['-h'])).toEqual({ help: true });
  });

  it('refuses what it does not take, saying what', () => {
    expect(() => parseStartArgs(['--knowlege', 'news'])).toThrow(UsageError);
    expect(() => parseStartArgs(['--knowlege', 'news'])).toThrow(/--knowlege/);
    expect(() => parseStartArgs(['news'])).toThrow(UsageError);
    expect(() => parseStartArgs(['--knowledge'])).toThrow(UsageError);
    expect(() => parseStartArgs(['--knowledge', ''])).toThrow('--knowledge needs a folder');
  });

  it('has a usage that names the option and the variable', () => {
    expect(START_USAGE).toContain('--knowledge DIR');
    expect(START_USAGE).toContain('KNOWLEDGE_DIR');
  });
});
