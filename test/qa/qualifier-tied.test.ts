/** The amount the passage ties the question's qualifier to ("£3 on Tuesdays" for "… on a tuesday"). */
import { describe, expect, it } from 'vitest';
import { qualifierStems, tiedToQualifier } from '../../src/qa/qualifier-tied.js';
import { tokenize } from '../../src/qa/text.js';

function tied(question: string, text: string, spans: string[], amounts = true): string[] {
  const candidates = spans.map((s) => {
    const start = text.indexOf(s);
    return { span: { text: s, start, end: start + s.length } };
  });
  return tiedToQualifier(candidates, question, { text, tokens: tokenize(text) }, amounts).map(
    (c) => c.span.text,
  );
}

describe('qualifierStems', () => {
  it('reads the word after a qualifying preposition and its determiner', () => {
    expect([...qualifierStems('how much are tickets on a tuesday')]).toEqual(['tuesdai']);
    expect([...qualifierStems('how many died in 2019?')]).toEqual(['2019']);
  });

  it('reads the head of the phrase, not its modifier ("stand" of "for the new stand")', () => {
    expect([...qualifierStems('how much did the club pay for the new stand?')]).toEqual(['stand']);
  });

  it('reads no stopword ("for it")', () => {
    expect(qualifierStems('how much did he pay for it').size).toBe(0);
  });
});

describe('tiedToQualifier', () => {
  const text = 'Tickets cost £5.50, with every swim at £3 on Tuesdays.';

  it('keeps the amount the qualifier follows', () => {
    expect(tied('how much are tickets on a tuesday', text, ['£5.50', '£3'])).toEqual(['£3']);
  });

  it('passes over the qualifier\'s modifiers to its head ("90% of Australian pears")', () => {
    const farms = 'Victorian farms produce nearly 90% of Australian pears and third of apples.';
    expect(tied('how much does victoria produce in australian pears?', farms, ['90%', 'third'])).toEqual([
      '90%',
    ]);
    const club = 'The club paid £2m for the stand, and £300,000 for the new pitch laid last summer.';
    expect(tied('how much did the club pay for the new stand?', club, ['£2m', '£300,000'])).toEqual(['£2m']);
  });

  it('keeps every candidate over the tied amount ("131" of "131 seats in the chamber")', () => {
    const seats = 'It has 131 seats in the chamber and 20 in the gallery.';
    expect(tied('how many seats are in the chamber', seats, ['131', '131 seats', '20'])).toEqual([
      '131',
      '131 seats',
    ]);
  });

  it('keeps them all with no qualifier, none tied, or for a question asking no amount', () => {
    expect(tied('how much are tickets', text, ['£5.50', '£3'])).toEqual(['£5.50', '£3']);
    expect(tied('how much are tickets on a monday', text, ['£5.50', '£3'])).toEqual(['£5.50', '£3']);
    expect(tied('how much are tickets on a tuesday', text, ['£5.50', '£3'], false)).toEqual(['£5.50', '£3']);
  });
});
