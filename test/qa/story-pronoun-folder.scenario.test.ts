/**
 * A reader's first "he" to a folder of several stories, none picked (`story-pronoun.ts`): the folder
 * holds one story about a man (a retired teacher who rowed a canal, whose first name the lists give
 * as a woman's and whom the story calls "Mr Thorne" and "he"), a library's new hours with a librarian
 * quoted ("she said"), and a bakery's award. "How old is he?" is his story's question; a question
 * whose words are another story's, or whose "she" fits a woman quoted there, is searched as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { respond } from '../../src/qa/respond.js';

const DIR = new URL('../fixtures/story-pronoun-folder', import.meta.url).pathname;
const read = (file: string) => parseArticle(file, readFileSync(join(DIR, file), 'utf8'));
const folder = new Engine([read('library-hours.txt'), read('teacher.txt'), read('bakery.txt')]);
const ask = (question: string) => {
  const response = respond(folder, question, {}, {});
  if (response.kind !== 'answer') throw new Error(`not an answer: ${response.kind}`);
  return response.answer;
};

describe('a first "he" in a folder where one story is about a man', () => {
  it('"how old is he" → 72, read as Vivian Thorne, from his story', () => {
    const answer = ask('how old is he');
    expect(answer.answer?.text).toBe('72');
    expect(answer.readAs?.people).toEqual(['Vivian Thorne']);
    expect(answer.passages[0]?.article.id).toBe('teacher.txt');
  });

  it('"how much has he raised" → £9,000', () => {
    expect(ask('how much has he raised').answer?.text).toBe('£9,000');
  });

  it('"what did she say about the change" stays with the librarian', () => {
    const answer = ask('what did she say about the change');
    expect(answer.passages[0]?.article.id).toBe('library-hours.txt');
  });
});
