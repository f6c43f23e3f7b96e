/**
 * Scenarios: a bare "where?", "why?", "how many?" right after an answer asks the last question again with
 * the new wh-word, as people mean it ("when will she present her findings?" → "June", "where?" →
 * "Lisbon", not a place of the headline). Through the console chat, whose conversation is the one person
 * at the console; with no question before, "where?" is still about the story.
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const COPPER = parseArticle(
  'copper.txt',
  [
    'Copper prices slip in Chile on mine review',
    '',
    "Copper prices slipped in Chile on Monday after the mining regulator said it would review safety at the country's largest mines.",
    '',
    'Regulator chief Maria Okafor was asked by ministers to lead the review. She is expected to present her findings at a meeting in Lisbon during June, because ministers want a decision before the summer holidays.',
    '',
    'Traders said the review could delay new projects by a year. About 40 mines will be inspected, the regulator said.',
    '',
  ].join('\n'),
);
const engine = new Engine([COPPER]);
const say = (conversation: Conversation, message: string) =>
  reply(engine, message, false, conversation) ?? '';
/** The short answer: the first line after the "(read …)" note, if any. */
const shortOf = (text: string) => text.split('\n').find((l) => !l.startsWith('(read '));

describe('a bare wh-word after an answer asks the last question again', () => {
  it('"when will she present her findings?" → June, then "where?" → Lisbon, "why?" → the reason', () => {
    const conversation: Conversation = {};
    expect(shortOf(say(conversation, 'when will she present her findings?'))).toBe('June');
    const where = say(conversation, 'where?');
    expect(where).toContain('(read "where?" as a follow-up to "when will she present her findings?")');
    expect(shortOf(where)).toBe('Lisbon');
    expect(shortOf(say(conversation, 'and why?'))).toBe(
      'ministers want a decision before the summer holidays',
    );
  });

  it('a chain of follow-ups asks each of the question the reader typed, and quotes it', () => {
    const conversation: Conversation = {};
    say(conversation, 'when will she present her findings?');
    say(conversation, 'where?');
    const why = say(conversation, 'why?');
    expect(why).toContain('(read "why?" as a follow-up to "when will she present her findings?")');
    expect(shortOf(why)).toBe('ministers want a decision before the summer holidays');
  });

  it('with no question before, "where?" is about the story, as it was', () => {
    const where = say({}, 'where?');
    expect(where).toContain('(read the question as about "Copper prices slip in Chile on mine review")');
    expect(where).not.toContain('follow-up');
  });

  it('after a summary, "where?" is about the story again, not the question before it', () => {
    const conversation: Conversation = {};
    say(conversation, 'when will she present her findings?');
    say(conversation, '/summary 1');
    expect(say(conversation, 'where?')).not.toContain('Lisbon');
  });

  it('a Spanish-style opening mark is no word: "¿where?" follows up as "where?" does, and "¿when…?" is followed', () => {
    const conversation: Conversation = {};
    say(conversation, 'when will she present her findings?');
    const where = say(conversation, '¿where?');
    expect(where).toContain('(read "¿where?" as a follow-up to "when will she present her findings?")');
    expect(shortOf(where)).toBe('Lisbon');
    expect(shortOf(say(conversation, '¡¿and why?!'))).toBe(
      'ministers want a decision before the summer holidays',
    );
    const opened: Conversation = {};
    expect(shortOf(say(opened, '¿when will she present her findings?'))).toBe('June');
    expect(shortOf(say(opened, 'where?'))).toBe('Lisbon');
  });

  it('a question that asks something new is searched as written', () => {
    const conversation: Conversation = {};
    say(conversation, 'when will she present her findings?');
    const mines = say(conversation, 'how many mines will be inspected?');
    expect(mines).not.toContain('follow-up');
    // The count, with or without its noun (the span model weighs the two; short3's re-training chose "40").
    expect(shortOf(mines)).toMatch(/^40(?: mines)?$/);
  });
});
