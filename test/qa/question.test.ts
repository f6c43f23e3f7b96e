/** The question stage: which of the question's words are searched. */
import { describe, expect, it } from 'vitest';
import { misspeltStopword, parseQuestion } from '../../src/qa/question.js';

describe('misspelt function words', () => {
  it.each([
    ['hapened', 'happened'],
    ['thier', 'their'],
    ['becuase', 'because'],
    ['shoud', 'should'],
    // Chat spellings, too short for the one-edit rule.
    ['teh', 'the'],
    ['wat', 'what'],
    ['ur', 'your'],
  ])('"%s" is a misspelt "%s"', (word, meant) => {
    expect(misspeltStopword(word)).toBe(meant);
  });

  it.each([
    ['hoping', 'an English word one edit from "having"'],
    ['obaidi', 'a name near no function word'],
    ['meting', 'a misspelling of a content word ("meeting")'],
    ['thy', 'too short to tell'],
  ])('"%s" is not (%s)', (word) => {
    expect(misspeltStopword(word)).toBeUndefined();
  });

  it('reads the question with the word meant, and searches what it would search for that', () => {
    expect(parseQuestion('what hapened in 2014').text).toBe('what happened in 2014');
    expect(parseQuestion('wher did he go becuase of it').text).toBe('where did he go because of it');
    expect(parseQuestion('when did they sign teh deal').keywords.map((k) => k.word)).toEqual([
      'sign',
      'deal',
    ]);
  });

  it('reads chat\'s "whats" and "whos" as "what\'s" and "who\'s", keeping their "is"', () => {
    expect(parseQuestion('whats her ranking now').text).toBe("what's her ranking now");
    expect(parseQuestion('whos the new champion').text).toBe("who's the new champion");
    expect(parseQuestion('whats the score').type).toBe(parseQuestion("what's the score").type);
  });

  it('reads an opening "were" with an auxiliary right after it as "where", not "were they hurt?"', () => {
    expect(parseQuestion('were was the meting held').text).toBe('where was the meting held');
    expect(parseQuestion('were did they go?').type).toBe('location');
    expect(parseQuestion('were they hurt?').text).toBe('were they hurt?');
  });

  it('does not read a name or a word the articles hold as a misspelt function word', () => {
    // "Boeing" is one edit from "being" and no WordNet word: read as "being" it left the search.
    expect(parseQuestion('What did Boeing announce?').keywords.map((k) => k.word)).toContain('boeing');
    expect(parseQuestion('what did Avery say about Unter?').text).toBe('what did Avery say about Unter?');
    const known = (word: string) => word === 'boeing';
    expect(parseQuestion('what did boeing announce', known).text).toBe('what did boeing announce');
    expect(parseQuestion('what hapened to boeing', known).text).toBe('what happened to boeing');
    // Nor the first part of a contraction: "couldn't" was rewritten to "could't".
    expect(parseQuestion("why couldn't he continue?").text).toBe("why couldn't he continue?");
    // …but is left out of the search as the function word it negates is.
    expect(parseQuestion("why couldn't he continue?").keywords.map((k) => k.word)).toEqual(['continue']);
  });

  it('reads "won\'t" as "will not", not as "won" of winning; "who won?" keeps it', () => {
    const words = (q: string) => parseQuestion(q).keywords.map((k) => k.word);
    expect(words("why won't the council pay?")).toEqual(['council', 'pay']);
    expect(words('why won’t he sign')).toEqual(['sign']);
    expect(words("he ain't coming back?")).toEqual(['coming', 'back']);
    expect(words('who won the cup?')).toEqual(['won', 'cup']);
    // Only the contracted one: the "won" of winning in the same question stays.
    expect(words("who won the cup and won't play again?")).toEqual(['won', 'cup', 'play', 'again']);
  });

  it('leaves out the endings "ll", "ve" and "re" of "who\'ll", "they\'ve", "what\'re", not the same letters elsewhere', () => {
    const words = (q: string) => parseQuestion(q).keywords.map((k) => k.word);
    expect(words("who'll replace the mayor?")).toEqual(['replace', 'mayor']);
    expect(words("which deals they've signed?")).toEqual(['deals', 'signed']);
    expect(words('what’re the fares')).toEqual(['fares']);
    expect(words('when were the re-enactments')).toEqual(['re', 'enactments']);
  });

  it('leaves a misspelt function word out of the words searched, as the word itself is', () => {
    const words = (q: string) => parseQuestion(q).keywords.map((k) => k.word);
    expect(words('what hapened in 2014')).toEqual(words('what happened in 2014'));
    expect(words('why did they leave becuase of the war')).toEqual(['leave', 'war']);
  });
});

describe('the answer type asked', () => {
  it.each([
    ['how heavy is it', 'number'],
    ['How fast were the winds?', 'number'],
    ['how deep is the lake', 'number'],
    ['how small does the payload get', 'number'],
    ['How cold does it get in winter?', 'number'],
    ['how many people came', 'number'],
    ['how old was he', 'number'],
  ])('"%s" asks for a %s', (question, type) => {
    expect(parseQuestion(question).type).toBe(type);
  });

  it('"how" with a verb or a manner word asks for no measure', () => {
    expect(parseQuestion('how did he die').type).not.toBe('number');
    expect(parseQuestion('how quickly did they respond').type).not.toBe('number');
  });
});
