/**
 * Words of a complex preposition ("due to", "according to", "compared with", "in order to") or of "be
 * able to", which link or grade as function words do (`function-phrases.ts`), and "ever": left out of
 * the words searched when the articles lack them, searched when they use them.
 */
import { describe, expect, it } from 'vitest';
import { functionPhraseWords } from '../../src/qa/function-phrases.js';
import { parseQuestion } from '../../src/qa/question.js';
import { tokenize } from '../../src/qa/text.js';

/** The words of `question` that `functionPhraseWords` finds. */
const phraseWords = (question: string) => {
  const tokens = tokenize(question);
  return [...functionPhraseWords(question, tokens)].map((i) => tokens[i]?.word);
};

const keywords = (question: string, known: (word: string) => boolean = () => false) =>
  parseQuestion(question, known).keywords.map((k) => k.word);

describe('functionPhraseWords', () => {
  it('finds the content-looking word of a complex preposition', () => {
    expect(phraseWords('what project was halted due to the crisis?')).toEqual(['due']);
    expect(phraseWords('according to the council, what will it cost?')).toEqual(['according']);
    expect(phraseWords('compared with last year, how many came?')).toEqual(['compared']);
    expect(phraseWords('why was the match off owing to the rain?')).toEqual(['owing']);
    expect(phraseWords('what did they do in order to win?')).toEqual(['order']);
  });

  it('finds "able" of "be able to", a "can"', () => {
    expect(phraseWords('where will members be able to swim?')).toEqual(['able']);
  });

  it('leaves the same words used on their own, and "unable to", whose negation must be said', () => {
    expect(phraseWords('when is the rent due?')).toEqual([]);
    expect(phraseWords('what did the order say?')).toEqual([]);
    expect(phraseWords('who placed the order to buy?')).toEqual([]);
    expect(phraseWords('who was unable to attend?')).toEqual([]);
    expect(phraseWords('is the rent due, to the landlord?')).toEqual([]);
    // "Due to" before a verb is "expected to": a plan, which the story must say.
    expect(phraseWords('when is the pool due to reopen?')).toEqual([]);
    expect(phraseWords('when is the report due to be published?')).toEqual([]);
    expect(phraseWords('what closed due to flooding?')).toEqual(['due']);
  });
});

describe('parseQuestion', () => {
  it('leaves such a word out when the articles lack it', () => {
    expect(keywords('what project did harvard halt due to the financial crisis?')).toEqual([
      'project',
      'harvard',
      'halt',
      'financial',
      'crisis',
    ]);
    expect(keywords('how was the school able to recruit students?')).toEqual([
      'school',
      'recruit',
      'students',
    ]);
  });

  it('searches it when the articles use it', () => {
    expect(keywords('what project did harvard halt due to the crisis?', () => true)).toContain('due');
  });

  it('leaves "ever" out when the articles lack it', () => {
    expect(keywords('what is the most snow fresno has ever had?')).toEqual(['snow', 'fresno']);
    expect(keywords('what is the most snow fresno has ever had?', () => true)).toContain('ever');
  });

  it('searches "ever" beside a word of another time: "ever … before" asks about an earlier one', () => {
    expect(keywords('has he ever resigned before?')).toContain('ever');
    expect(keywords('will buses ever run again?')).toContain('ever');
  });
});
