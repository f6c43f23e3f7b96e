/** The CLI's command line as scripts type it: what each form means, and the message for each misuse. */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/args.js';
import { SUMMARY_SENTENCES } from '../../src/qa/summary.js';
import { misuseOf } from '../support/misuse.js';

const usageError = (argv: string[]) => misuseOf(parseCommand, argv);

describe('cli ask', () => {
  it('joins the words of the question, with no options set', () => {
    expect(parseCommand(['ask', 'who', 'signed', 'the agreement?'])).toEqual({
      command: 'ask',
      question: 'who signed the agreement?',
      sentences: SUMMARY_SENTENCES.default,
      json: false,
      jsonl: false,
    });
  });

  it('takes --json, --article and --knowledge', () => {
    expect(
      parseCommand(['ask', '--json', '--article', 'iraq.txt', '--knowledge', '/tmp/k', 'who signed?']),
    ).toEqual({
      command: 'ask',
      question: 'who signed?',
      sentences: SUMMARY_SENTENCES.default,
      json: true,
      jsonl: false,
      article: 'iraq.txt',
      knowledge: '/tmp/k',
    });
  });

  it('needs a question, unless the questions come as JSON lines on stdin', () => {
    expect(usageError(['ask'])).toBe('ask needs a question');
    expect(usageError(['ask', '  '])).toBe('ask needs a question');
    expect(parseCommand(['ask', '--jsonl'])).toMatchObject({ command: 'ask', jsonl: true, question: '' });
  });
});

describe('cli summary', () => {
  it('takes a sentence count within the bounds, and the default without one', () => {
    expect(parseCommand(['summary', '--sentences', '5'])).toMatchObject({ command: 'summary', sentences: 5 });
    expect(parseCommand(['summary'])).toMatchObject({ sentences: SUMMARY_SENTENCES.default, json: false });
  });

  it('refuses a count that is not a whole number in the bounds, and says what it must be', () => {
    const rule = `--sentences must be a whole number from ${SUMMARY_SENTENCES.min} to ${SUMMARY_SENTENCES.max}`;
    for (const bad of ['0', 'three', '2.5', String(SUMMARY_SENTENCES.max + 1)])
      expect(usageError(['summary', '--sentences', bad]), bad).toBe(rule);
  });
});

describe('cli add', () => {
  it('takes exactly one URL, and --knowledge', () => {
    expect(parseCommand(['add', 'https://news.example/a'])).toEqual({
      command: 'add',
      url: 'https://news.example/a',
    });
    expect(parseCommand(['add', '--knowledge', 'k', 'https://news.example/a'])).toEqual({
      command: 'add',
      url: 'https://news.example/a',
      knowledge: 'k',
    });
    expect(usageError(['add'])).toBe('add needs one URL');
    expect(usageError(['add', 'https://a.example', 'https://b.example'])).toBe('add needs one URL');
  });
});

describe('help and misuse', () => {
  it('--help and -h ask for the usage, whatever else is typed', () => {
    expect(parseCommand(['--help'])).toEqual({ command: 'help' });
    expect(parseCommand(['ask', '-h'])).toEqual({ command: 'help' });
  });

  it('names an unknown command, a missing one, and an unknown option', () => {
    expect(usageError(['summarise'])).toBe('unknown command "summarise"');
    expect(usageError([])).toBe('no command');
    expect(usageError(['ask', '--verbose', 'who?'])).toMatch(/Unknown option '--verbose'/);
    expect(usageError(['ask', '--json=yes', 'who?'])).toMatch(/--json/);
    // Another command's option is refused, not ignored.
    expect(usageError(['ask', '--sentences', '3', 'who signed?'])).toBe(
      '--sentences is not an option of ask',
    );
    expect(usageError(['summary', '--jsonl'])).toBe('--jsonl is not an option of summary');
    expect(usageError(['add', '--json', 'https://a.example'])).toBe('--json is not an option of add');
  });
});
