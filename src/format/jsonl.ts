/**
 * What `ask --jsonl` says of an input line it cannot ask (a script's mistake, not a question the bot
 * refused): the line's number first, so that the one who wrote the file can find it. The console and
 * Discord read typed messages, not JSON lines: no other front says these.
 */

/** Why a line of `ask --jsonl`'s input was not asked. */
export type JsonlProblem = 'not-json' | 'no-question' | 'empty-question';

const PROBLEMS: Readonly<Record<JsonlProblem, string>> = {
  'not-json': 'not valid JSON',
  'no-question': 'missing "question" string',
  'empty-question': 'empty "question"',
};

/** The `error` of a line's record: "line 4: not valid JSON". */
export function jsonlLineError(line: number, problem: JsonlProblem): string {
  return `line ${line}: ${PROBLEMS[problem]}`;
}
