/**
 * Which messages are a bare wh-word follow-up, and what the reader gets for one: the reply says which
 * question it followed up and answers with that question's passage, or, when there is nothing to
 * follow up, reads the question as about the story, as with no question before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chat } from '../support/chat.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { bareWh } from '../../src/qa/wh-follow-up.js';

describe('bareWh', () => {
  it('reads a wh-phrase alone, with a conjunction before it or "then" after it', () => {
    expect(bareWh('where?')).toBe('where');
    expect(bareWh('When')).toBe('when');
    expect(bareWh('and why?')).toBe('why');
    expect(bareWh('where, exactly?')).toBe('where');
    expect(bareWh('ok, who then?')).toBe('who');
    expect(bareWh('how  many exactly?!')).toBe('how many');
    expect(bareWh('how much?')).toBe('how much');
    expect(bareWh('¿where?')).toBe('where');
  });

  it('is no follow-up when the message asks anything else', () => {
    expect(bareWh('where was it?')).toBeUndefined();
    expect(bareWh('what?')).toBeUndefined();
    expect(bareWh('which?')).toBeUndefined();
    expect(bareWh('where is Lisbon?')).toBeUndefined();
    expect(bareWh('somewhere?')).toBeUndefined();
  });
});

const BRIDGE = new Engine([
  parseArticle(
    'bridge.txt',
    readFileSync(new URL('../fixtures/articles/plain.txt', import.meta.url), 'utf8'),
  ),
]);
const FLOOD = new Engine([
  parseArticle(
    'flood.txt',
    [
      'Floods hit eastern Spain',
      'The death toll from flash floods in Valencia rose to 12 on Tuesday, officials said.',
      'Rescue teams searched for missing people as the rain eased.',
    ].join('\n\n'),
  ),
]);
const COPPER = new Engine([
  parseArticle(
    'copper.txt',
    [
      'Copper prices slip in Chile on mine review',
      "Copper prices slipped in Chile on Monday after the mining regulator said it would review safety at the country's largest mines.",
      'Traders said the review could delay new projects by a year. About 40 mines will be inspected, the regulator said.',
    ].join('\n\n'),
  ),
]);

const lines = (text: string | undefined) => (text ?? '').split('\n');
const TOPIC = '(read the question as about "Council approves new harbour bridge")';
const CITY_COUNCIL = 'The city council on Tuesday approved a new bridge across the harbour';

describe('what a bare wh-word after a question gets', () => {
  it('the question asked again with the new wh-word: its answer, and a note of what it followed', () => {
    const [, much] = ['so when will construction begin?', 'how much?'].map(chat(BRIDGE));
    // The conjunction the reader opened with is not quoted back.
    expect(lines(much).slice(0, 3)).toEqual([
      '(read "how much?" as a follow-up to "when will construction begin?")',
      '40 million euros',
      'Mayor Anna Lindqvist said construction would begin in March and cost about 40 million euros.',
    ]);
    // A contracted verb goes with the wh-word: "where?" after "what's the death toll?" asks where the toll was.
    const [, where] = ["what's the death toll?", 'where?'].map(chat(FLOOD));
    expect(lines(where).slice(0, 2)).toEqual([
      '(read "where?" as a follow-up to "what\'s the death toll?")',
      'Valencia',
    ]);
    // "how many" opens with two words, both replaced: "and when?" asks when the mines will be inspected.
    const [, when] = ['How many mines will be inspected?', 'and when?'].map(chat(COPPER));
    expect(lines(when)[0]).toBe('(read "and when?" as a follow-up to "How many mines will be inspected?")');
    expect(when).toContain('About 40 mines will be inspected');
  });

  it('with nothing to follow up, the story: no question before, one with no wh-word, or a bare "what?"', () => {
    const [alone] = ['where?'].map(chat(BRIDGE));
    for (const before of ['reopen date?', 'what?']) {
      const [, where] = [before, 'where?'].map(chat(BRIDGE));
      expect(lines(where)[0], before).toBe(TOPIC);
      expect(where, before).toBe(alone);
    }
    expect(lines(alone)[1]).toContain(CITY_COUNCIL);
  });

  it('a question with words of its own is searched as written, not as a follow-up', () => {
    const [, where] = ['when will construction begin?', 'where was it?'].map(chat(BRIDGE));
    expect(lines(where)[0]).toBe(TOPIC);
    expect(where).not.toContain('follow-up');
  });

  it('after a question about the page itself, "where?" and "when?" are about the story: a part of the page is no event', () => {
    const [, where] = ['what is the photo of?', 'where?'].map(chat(BRIDGE));
    expect(lines(where)[0]).toBe(TOPIC);
    const [, when] = ['who wrote this article?', 'when?'].map(chat(BRIDGE));
    expect(lines(when).slice(0, 2)).toEqual([TOPIC, 'Tuesday']);
  });
});
