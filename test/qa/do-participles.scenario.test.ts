/**
 * Scenarios: "done" and "doing" are forms of "do", whose other forms are stopwords: a pro-verb standing
 * for the verb the story says ("how many marathons has she done?" of "her 63rd marathon"). A story that
 * never writes them still answers from the passage holding the question's other words. On a story
 * written for these tests (test/fixtures/charity-runner).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { parseQuestion } from '../../src/qa/question.js';

const runner = (await loadEngine(new URL('../fixtures/charity-runner', import.meta.url).pathname)).engine;

describe('a participle of "do" the story does not use', () => {
  it.each(['how many marathons has okafor done?', 'how many marathons has she done?'])(
    '"%s" is answered from her 63rd marathon',
    (question) => {
      const answer = runner.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.passages[0]?.text).toMatch(/her 63rd marathon/);
    },
  );

  it('is left out of the words searched; one the story uses is kept', () => {
    const words = (question: string, known: (word: string) => boolean) =>
      parseQuestion(question, known).keywords.map((k) => k.word);
    expect(words('what have the islanders done about it?', () => false)).toEqual(['islanders']);
    expect(words('what is the council doing about the potholes?', () => false)).toEqual([
      'council',
      'potholes',
    ]);
    expect(words('what is the council doing about the potholes?', () => true)).toEqual([
      'council',
      'doing',
      'potholes',
    ]);
  });
});
