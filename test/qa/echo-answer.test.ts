import { describe, expect, it } from 'vitest';
import { askedNoun, echoesQuestion, qualifiesAsked } from '../../src/qa/echo-answer.js';
import { oneDimension, placeSizeAsked } from '../../src/qa/area-size.js';
import { contentsAsked, contentsOf } from '../../src/qa/contents-next.js';
import { outcomeAsked, statesCondition } from '../../src/qa/conditional.js';
import { tokenize } from '../../src/qa/text.js';

const passage = (text: string) => ({ text, tokens: tokenize(text) });
const spanOf = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};

describe('askedNoun', () => {
  it('reads the noun of "what was the (adjectives) N (of …)"', () => {
    expect(askedNoun('what was the hardest bit of the digging')).toEqual({ noun: 'bit', form: 'identity' });
    expect(askedNoun('whats the old record?')).toEqual({ noun: 'record', form: 'identity' });
  });
  it('reads the doer of "what did the N <verb>": the word before the first verb', () => {
    expect(askedNoun('what did the dinner lady write in her letter')).toEqual({ noun: 'lady', form: 'doer' });
    expect(askedNoun('what does the village get out of it')).toEqual({ noun: 'village', form: 'doer' });
  });
  it('reads no noun of a name, nor of another form of question', () => {
    expect(askedNoun('What does the Beroe eat?')).toBeUndefined();
    expect(askedNoun('how big is the site')).toBeUndefined();
    expect(askedNoun('who won the cup?')).toBeUndefined();
  });
});

describe('echoesQuestion', () => {
  const bit = { noun: 'bit', form: 'identity' as const };
  it('is true of the asked noun said more generally ("part" of "bit")', () => {
    expect(echoesQuestion(bit, 'part')).toBe(true);
  });
  it("is false of the answer, a name, a number, or a doer's kind", () => {
    expect(echoesQuestion(bit, 'the frozen ground')).toBe(false);
    expect(echoesQuestion(bit, 'Part Two')).toBe(false);
    expect(echoesQuestion({ noun: 'beroe', form: 'doer' }, 'other ctenophores')).toBe(false);
  });
});

describe('qualifiesAsked', () => {
  it('is true of a common noun tied by a preposition to the asked noun', () => {
    const text = 'The previous record at the tower was set in 1911.';
    expect(
      qualifiesAsked(
        'what was the old record',
        { noun: 'record', form: 'identity' },
        passage(text),
        spanOf(text, 'tower'),
      ),
    ).toBe(true);
  });
  it('is true of a compass point "of" the asked noun', () => {
    const text = 'The panels will cover three fields to the east of the village.';
    expect(
      qualifiesAsked(
        'what does the village get',
        { noun: 'village', form: 'doer' },
        passage(text),
        spanOf(text, 'east'),
      ),
    ).toBe(true);
  });
  it('is false of a span saying a word of the question', () => {
    const text = 'Two firms have large processing facilities in the neighborhood, and the stench carries.';
    const asked = { noun: 'facilities', form: 'identity' as const };
    const question = 'What are the two processing facilities in the neighborhood?';
    expect(qualifiesAsked(question, asked, passage(text), spanOf(text, 'neighborhood, and the stench'))).toBe(
      false,
    );
    expect(
      qualifiesAsked('what are the facilities', asked, passage(text), spanOf(text, 'neighborhood')),
    ).toBe(true);
  });
  it('is false of a name, of "of" before the span, and of a noun tied to another word', () => {
    const text = 'The record at Ironbridge was set by a game of baccarat in the hall.';
    const record = { noun: 'record', form: 'identity' as const };
    expect(qualifiesAsked('what was the record', record, passage(text), spanOf(text, 'Ironbridge'))).toBe(
      false,
    );
    expect(
      qualifiesAsked(
        'what was the game',
        { noun: 'game', form: 'identity' },
        passage(text),
        spanOf(text, 'baccarat'),
      ),
    ).toBe(false);
    expect(qualifiesAsked('what was the record', record, passage(text), spanOf(text, 'hall'))).toBe(false);
  });
});

describe('placeSizeAsked and oneDimension', () => {
  it('reads the size of a place asked, not of a thing', () => {
    expect(placeSizeAsked('how big is the site')).toBe('site');
    expect(placeSizeAsked('how big is the bell?')).toBeUndefined();
  });
  it('reads a number with a dimension adjective as one dimension, an area as none', () => {
    const text = 'The panels will be no more than 2.8 metres high, on a 48-acre site.';
    expect(oneDimension(text, spanOf(text, '2.8 metres high'))).toBe(true);
    expect(oneDimension(text, spanOf(text, '2.8 metres'))).toBe(true);
    expect(oneDimension(text, spanOf(text, '48-acre'))).toBe(false);
  });
});

describe('contentsAsked and contentsOf', () => {
  it('reads the container asked and the list the next sentence gives', () => {
    expect(contentsAsked('what was in the old time capsule')).toBe('capsule');
    expect(contentsAsked('whats inside the box?')).toBe('box');
    expect(contentsAsked('what was the box made of')).toBeUndefined();
    expect(contentsOf('Inside were a ball and "a letter".')?.text).toBe('a ball and "a letter"');
    expect(contentsOf('The box was opened on Friday.')).toBeUndefined();
  });
});

describe('outcomeAsked and statesCondition', () => {
  const stemsOf = (clause: string) => new Set(tokenize(clause).map((t) => t.stem));
  it('reads the condition of "what happened if …" (typed "happend" too)', () => {
    expect(outcomeAsked('what happend if you turned up late')).toBe('you turned up late');
    expect(outcomeAsked('what happened to the chair?')).toBeUndefined();
  });
  it('is true of a passage opening with the condition, false of one saying its words otherwise', () => {
    const asked = [...new Set(tokenize('you turned up late').flatMap((t) => (t.stop ? [] : [t.stem])))];
    expect(statesCondition('"If you were late you stood in the corner.', asked, stemsOf)).toBe(true);
    expect(statesCondition('I was never late once.', asked, stemsOf)).toBe(false);
  });
});
