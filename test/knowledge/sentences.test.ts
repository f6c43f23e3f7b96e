import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/knowledge/sentences.js';

describe('sentence splitting', () => {
  it('keeps "St.Petersburg" and "St. Petersburg" inside one sentence', () => {
    expect(splitSentences('They met in St.Petersburg. Then they left.')).toEqual([
      'They met in St.Petersburg.',
      'Then they left.',
    ]);
    expect(splitSentences('They met in St. Petersburg on Friday. Then they left.')).toEqual([
      'They met in St. Petersburg on Friday.',
      'Then they left.',
    ]);
  });

  it('does not split after month abbreviations, ranks and initialisms', () => {
    expect(splitSentences('It opened on Oct. 25, 2012 in Moscow. It closed later.')).toHaveLength(2);
    expect(splitSentences('Lt. Gen. John Smith spoke. He was brief.')).toEqual(['Lt. Gen. John Smith spoke.', 'He was brief.']);
    expect(splitSentences('The U.S. Army and the U.N. agreed. Talks went on.')).toEqual([
      'The U.S. Army and the U.N. agreed.',
      'Talks went on.',
    ]);
  });

  it('ends a sentence at an initialism when a new sentence clearly starts', () => {
    expect(splitSentences('The deal was signed in the U.S. The next day it was ratified.')).toHaveLength(2);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(splitSentences('He said: “It is done.” Then (in brackets) more. Mr. Smith left.')).toEqual([
      'He said: “It is done.”',
      'Then (in brackets) more.',
      'Mr. Smith left.',
    ]);
  });

  it('keeps a list number with its item', () => {
    expect(splitSentences('1. Finland')).toEqual(['1. Finland']);
    expect(splitSentences('10. United States')).toEqual(['10. United States']);
  });
});

describe('a numbered list run into its sentence', () => {
  it('keeps "as follows: 1. Finland; 2. Norway" one sentence; "in John 8:7. The" still ends one', () => {
    expect(splitSentences('The rankings were as follows: 1. Finland; 2. Norway; 10. United States')).toEqual([
      'The rankings were as follows: 1. Finland; 2. Norway; 10. United States',
    ]);
    expect(splitSentences('He cited John 8:7. The conference agreed.')).toEqual([
      'He cited John 8:7.',
      'The conference agreed.',
    ]);
  });
});
