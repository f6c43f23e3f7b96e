/**
 * Scenarios: the re-read of session 55's combined change (reread55) found five questions its new
 * short-answer and ordering rules answered worse than before, each mended here. Own small stories
 * (test/fixtures/reread55).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = (file: string) =>
  new Engine([
    parseArticle(file, readFileSync(new URL(`../fixtures/reread55/${file}`, import.meta.url), 'utf8')),
  ]);

describe('short answers and order after the re-read', () => {
  it('"how did the final end?" keeps the final\'s own outcome, not last year\'s shoot-out', () => {
    const answer = story('final.txt').ask('How did the final end?');
    expect(answer.passages[0]?.text).toMatch(/^The final against Lowton/);
    expect(answer.answer?.text).toBe('2-1');
  });

  it('"what ship did he work on?" takes the ship named after "on"', () => {
    const answer = story('ship.txt').ask('What ship did Arthur Penrose work on?');
    expect(answer.answer?.text).toBe('Carpathia');
  });

  it('"how much did the club pay for the new stand?" ties the sum to "stand", not to "new"', () => {
    const answer = story('stand.txt').ask('How much did the club pay for the new stand?');
    expect(answer.answer?.text).toBe('£2m');
  });

  it('"who bought it?" is the buyer the passive names, not "asked about the buyer, …"', () => {
    const answer = story('doer.txt').ask('Who bought it?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Harold Finch');
  });

  it('"what did they talk about?" reads "that evening" as a time, the object of "about" after it', () => {
    const answer = story('talk.txt').ask('What did the councillors talk about?');
    expect(answer.answer?.text).toBe('the plans for a new car park on Mill Lane');
  });
});
