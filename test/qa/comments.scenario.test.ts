/**
 * Scenario tests for a story scraped with its readers' comments underneath (`test/fixtures/comments/`):
 * readers ask about the story, and the bot answers from the report, never from what a commenter
 * wrote.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrFail } from '../../src/knowledge/load.js';
import { Engine } from '../../src/qa/engine.js';
import { summarize } from '../../src/qa/summary.js';

const { articles } = await loadKnowledgeOrFail(new URL('../fixtures/comments', import.meta.url).pathname);
const story = articles[0];
if (story === undefined) throw new Error('no fixture story');
const engine = new Engine([story]);

describe('a story with readers’ comments under it', () => {
  it('reads the comments as comments, and the quoted library manager as the story', () => {
    const roleOf = (start: string) => story.sentences.find((s) => s.text.startsWith(start))?.role;
    expect(roleOf('Library manager Ruth Okonjo said')).toBe('body');
    expect(roleOf('"I am delighted')).toBe('body');
    expect(roleOf('The council said the hours could be extended')).toBe('body');
    expect(roleOf('I think this is a great idea.')).toBe('comment');
    expect(roleOf('Books are the future of this town.')).toBe('comment');
  });

  it.each([
    ['how much will the sunday opening cost', '£85,000 a year'],
    ['when does the library start opening on sundays', '1 March'],
    ['who voted against it', 'Tom Hale'],
    ['which branch libraries could be next', 'Eastfield and Mill Lane'],
  ])('answers "%s" from the report', (question, words) => {
    const answer = engine.ask(question);
    expect(answer.answered, question).toBe(true);
    expect(answer.passages[0]?.text).toContain(words);
    expect(answer.passages.every((p) => p.section !== 'comment')).toBe(true);
  });

  it.each([
    // Only a commenter's bus fares say this.
    'How much did the last cut to library hours cost families?',
    // Only a commenter says since when Mill Lane has waited.
    'Since when has the Mill Lane branch been waiting for longer hours?',
  ])('never answers "%s" with what a commenter wrote', (question) => {
    const answer = engine.ask(question);
    expect(answer.passages.some((p) => /bus fares|since 2019/.test(p.text))).toBe(false);
    expect(answer.answer?.text ?? '').not.toMatch(/£40|2019/);
  });

  it('summarises the report, not the comments', () => {
    // Long enough to reach past the report if comments counted: the report has eight body sentences.
    const summary = summarize(story, 8);
    expect(summary).toHaveLength(8);
    const firstComment = story.sentences.findIndex((s) => s.text.startsWith('I think this is a great idea.'));
    for (const sentence of summary) {
      expect(story.sentences.findIndex((s) => s.text === sentence)).toBeLessThan(firstComment);
    }
  });
});
