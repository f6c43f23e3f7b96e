/** Unit: which messages are a bare wh-word follow-up, and the question each asks again. */
import { describe, expect, it } from 'vitest';
import { askedAgain, bareWh } from '../../src/qa/wh-follow-up.js';

describe('bareWh', () => {
  it('reads a wh-phrase alone, with a conjunction before it or "then" after it', () => {
    expect(bareWh('where?')).toBe('where');
    expect(bareWh('When')).toBe('when');
    expect(bareWh('and why?')).toBe('why');
    expect(bareWh('where, exactly?')).toBe('where');
    expect(bareWh('ok, who then?')).toBe('who');
    expect(bareWh('how  many exactly?!')).toBe('how many');
    expect(bareWh('how much?')).toBe('how much');
  });

  it('is no follow-up when the message asks anything else', () => {
    expect(bareWh('where was it?')).toBeUndefined();
    expect(bareWh('what?')).toBeUndefined();
    expect(bareWh('which?')).toBeUndefined();
    expect(bareWh('where is Lisbon?')).toBeUndefined();
    expect(bareWh('somewhere?')).toBeUndefined();
  });
});

describe('askedAgain', () => {
  it('swaps the wh-phrase the last question opened with', () => {
    expect(askedAgain('where?', 'when will he present his conclusions?')).toBe(
      'where will he present his conclusions?',
    );
    expect(askedAgain('and when?', 'How many mines will be inspected?')).toBe(
      'when mines will be inspected?',
    );
    expect(askedAgain('how much?', 'so when will construction begin?')).toBe(
      'how much will construction begin?',
    );
    expect(askedAgain('where?', "what's the death toll?")).toBe('where the death toll?');
    expect(askedAgain('when?', 'who signed the agreement?')).toBe('when signed the agreement?');
  });

  it('asks nothing again with no last question, or one with no wh-word to swap', () => {
    expect(askedAgain('where?', undefined)).toBeUndefined();
    expect(askedAgain('where?', 'reopen date?')).toBeUndefined();
    expect(askedAgain('where?', 'what?')).toBeUndefined();
    expect(askedAgain('where was it?', 'when will he present his conclusions?')).toBeUndefined();
  });

  it('asks nothing again after a question about the page itself: a part of the page is no event', () => {
    expect(askedAgain('where?', 'what is the photo of?')).toBeUndefined();
    expect(askedAgain('when?', 'who wrote this article?')).toBeUndefined();
  });
});
