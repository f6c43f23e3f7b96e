/**
 * Scenarios: a question word the best passage holds only as another word of its Porter stem is not said
 * by it. "authorities" shares the stem "author" with the story's "authors", which WordNet lists as other
 * words: the passage about the authors does not answer what the authorities did. The story's own words
 * are still answered, and so are the story's words in another spelling or derivation ("organisers" of
 * "organised by"). Own small story (test/fixtures/stem-kin).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const festival = new Engine([
  parseArticle(
    'festival.txt',
    readFileSync(new URL('../fixtures/stem-kin/festival.txt', import.meta.url), 'utf8'),
  ),
]);

describe('a question word held only as another word of its stem', () => {
  it('"what new rules did the authorities bring in?" is refused: the story has authors, not authorities', () => {
    const answer = festival.ask('what new rules did the authorities bring in?');
    expect(answer.passages[0]?.text).toMatch(/^Three authors read/);
    expect(answer.answered).toBe(false);
  });

  it('"how many authors read at the festival?" is answered from the same sentence', () => {
    const answer = festival.ask('how many authors read at the festival?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/Three/);
  });

  it('"who were the organisers?" is answered from "organised by": British spellings are one word', () => {
    const answer = festival.ask('who were the organisers?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/Fenwick Reading Society/);
  });

  it('"who were the organisers of the event?" is answered: the passage says who organised it', () => {
    const answer = festival.ask('who were the organisers of the event?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/Fenwick Reading Society/);
  });

  it('"what was the reading about?" is answered: "reading" is the story\'s own word', () => {
    const answer = festival.ask('what was the reading about?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/universe/);
  });
});
