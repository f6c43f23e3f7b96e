/**
 * A name asked as readers type it in the console chat: "whats her name?" as "whats his name?" is (the
 * story's subject, or the woman just talked about), "what is his first name?" / "surname" / "last
 * name" (that part of the name, not the whole), and "whats his name?" not answered with his wife's
 * ("His wife, Claire Hollis, …"). On stories written for these tests (test/fixtures/court-case,
 * court-case-her).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const him = (await loadEngine(new URL('../fixtures/court-case', import.meta.url).pathname)).engine;
const her = (await loadEngine(new URL('../fixtures/court-case-her', import.meta.url).pathname)).engine;

/** A fresh conversation: each message's reply, as the console prints it. */
function chat(engine: typeof him): (message: string) => string {
  const conversation: Conversation = {};
  return (message) => reply(engine, message, false, conversation) ?? '';
}

/** The reply's short answer: its first line, after the line saying whom a pronoun was read as. */
const shortOf = (text: string): string | undefined =>
  text.split('\n').find((line) => line !== '' && !line.startsWith('(read'));

describe('"whats her name?" as "whats his name?"', () => {
  it('first thing, of a story about a woman described before she is named', () => {
    expect(shortOf(chat(her)('whats her name?'))).toBe('Karen Pollard');
  });

  it('after a question answered with her', () => {
    const say = chat(her);
    expect(shortOf(say('who was jailed?'))).toBe('Karen Pollard');
    expect(shortOf(say('whats her name?'))).toBe('Karen Pollard');
  });
});

describe('the part of the name asked', () => {
  it.each([
    ['what is his first name?', 'Martin'],
    ['what is his surname?', 'Hollis'],
    ['what is his last name?', 'Hollis'],
    ["what's his full name?", 'Martin Hollis'],
  ])('"%s" → "%s"', (question, expected) => {
    expect(shortOf(chat(him)(question))).toBe(expected);
  });

  it.each([
    ['what is her first name?', 'Karen'],
    ['what is her surname?', 'Pollard'],
  ])('"%s" → "%s"', (question, expected) => {
    expect(shortOf(chat(her)(question))).toBe(expected);
  });
});

describe('his name, not the name of someone who shares his surname', () => {
  it('"whats his name?" → Martin Hollis, not his wife Claire Hollis', () => {
    const name = chat(him)('whats his name?');
    expect(shortOf(name)).toBe('Martin Hollis');
    expect(name).not.toContain('Claire Hollis');
  });
});
