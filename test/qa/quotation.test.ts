/**
 * The quotation readers (`quotation.ts`), read from the marks alone: what the search index and the
 * referents both take a quotation to be.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import {
  continuesQuote,
  insideQuotation,
  leavesQuoteOpen,
  opensWithQuote,
  quotationsIn,
  wholeQuotation,
} from '../../src/qa/quotation.js';

describe('opensWithQuote', () => {
  it('a straight or curly opening mark, after spaces', () => {
    expect(opensWithQuote('"We won."')).toBe(true);
    expect(opensWithQuote('  “We won.”')).toBe(true);
    expect(opensWithQuote('She said: "We won."')).toBe(false);
  });
});

describe('wholeQuotation', () => {
  it.each([
    ['"The boat was late and so were we."', true],
    ['“We were soaked to the skin.', true],
    ['We never gave up hope."', true],
    ['"We were soaked," said Moira Tait.', false],
    ['"Soaked" was the word she used.', false],
    ['Moira Tait said they were soaked.', false],
  ])('%s: %s', (text, whole) => {
    expect(wholeQuotation(text)).toBe(whole);
  });
});

describe('quotationsIn', () => {
  it('counts the opening curly marks, or half the straight ones (rounded up)', () => {
    expect(quotationsIn('“Go,” said Ann, and Bill added: “Now.”')).toBe(2);
    expect(quotationsIn('"Go," said Ann, and Bill added: "Now.')).toBe(2);
    expect(quotationsIn('"Go," said Ann.')).toBe(1);
    expect(quotationsIn('Ann left.')).toBe(0);
  });
});

describe('insideQuotation', () => {
  const story = parseArticle(
    'ferry.txt',
    [
      'Ferry runs late',
      '"The crossing was rough. We waited two hours," said Moira Tait. She was not alone.',
      '“It happens every winter. Nobody tells us.” The operator said sorry.',
      'Gus Bell said: "It was my first trip. I will not come back.',
      '"Next time I fly."',
    ].join('\n\n'),
  );
  const read = (prefix: string) => {
    const inside = insideQuotation(story.sentences);
    const at = story.sentences.findIndex((s) => s.text.startsWith(prefix));
    return at === -1 ? 'missing' : inside[at];
  };

  it('a sentence begun inside a quotation its paragraph opened is inside', () => {
    expect(read('We waited')).toBe(true);
    expect(read('Nobody tells us')).toBe(true);
    expect(read('I will not come back')).toBe(true);
  });

  it('one after the quotation closed, or opening a paragraph, is not', () => {
    expect(read('She was not alone')).toBe(false);
    expect(read('The operator said sorry')).toBe(false);
    expect(read('"Next time I fly')).toBe(false);
  });
});

describe('leavesQuoteOpen and continuesQuote read a paragraph going on with a quote', () => {
  it('a quote left open goes on in the next paragraph opening with a mark', () => {
    const opened = 'Gus Bell said: "It was my first trip.';
    expect(leavesQuoteOpen(opened)).toBe(true);
    expect(continuesQuote('"Next time I fly."', opened)).toBe(true);
    expect(continuesQuote('Next time I fly.', opened)).toBe(false);
    expect(continuesQuote('"Next time I fly."', 'Gus Bell said: "It was my first trip."')).toBe(false);
  });
});
