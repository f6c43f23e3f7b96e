/**
 * Scenarios: "who is fomin?" then "where is he from?", as people type them in the console chat. The
 * "he" is the person the conversation is about, and the place his title names answers, as for "where
 * is fomin from?" (not the other signatory's country, not the place of the signing). A person whose
 * story gives no origin gets no place that is not theirs ("proud of Leo Marsh": a boy, read by the
 * tagger as a place). On the seed and on stories written for these tests (test/fixtures/school, rowing).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { seedKnowledge } from '../support/seed.js';

const { engine: seed } = await loadEngine(seedKnowledge());
const { engine: school } = await loadEngine(new URL('../fixtures/school', import.meta.url).pathname);
const { engine: rowing } = await loadEngine(new URL('../fixtures/rowing', import.meta.url).pathname);

/** The first line of each reply: the short answer, when there is one. */
function chat(engine: typeof seed, ...messages: string[]): string[] {
  const conversation: Conversation = {};
  return messages.map((m) => (reply(engine, m, false, conversation) ?? '').split('\n')[0] ?? '');
}

describe('where "he" is from, after a question about him', () => {
  it.each([
    ['who is fomin?', 'Russia'],
    ['who is obaidi?', 'Iraq'],
  ])('"%s" then "where is he from?" → %s, as the name asked gives', (who, place) => {
    const [, where] = chat(seed, who, 'where is he from?');
    expect(where).toBe(place);
  });

  it('a "he" with no title naming a place: the place he is said to be from', () => {
    const [, where] = chat(rowing, 'who is daniel okafor?', 'where is he from?');
    expect(where).toBe('Nigeria');
  });

  it('a person the story gives no origin: no short answer naming someone else', () => {
    const [, where] = chat(school, 'who is the headteacher?', 'where is she from?');
    expect(where).not.toBe('Leo Marsh');
    const [asked] = chat(school, 'where is the headteacher from?');
    // The passage about her is shown first, with no short answer above it (was "Leo Marsh").
    expect(asked).toMatch(/^Headteacher Ngozi Adeyemi said/);
  });
});
