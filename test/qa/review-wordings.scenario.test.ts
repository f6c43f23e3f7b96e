/**
 * Scenarios: ordinary wordings that this session's new readings first got wrong (found by review): the
 * age of "the company's founder" is a person's, the "deal" of "where was the deal signed?" is no social
 * event whose verb says only that it happened, "how much was the opening delayed?" asks a length of time,
 * a stadium's cost is no size of it, and a "for" before a place or a thing gives no reason.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { parseQuestion } from '../../src/qa/question.js';
import { dimensionSaid } from '../../src/qa/answer-kind.js';
import { givesReason, reasonStarts } from '../../src/qa/reason-cues.js';

const story = (file: string, lines: string[]) => new Engine([parseArticle(file, lines.join('\n\n'))]);

describe('wordings the session’s new readings must leave alone', () => {
  const firm = story('firm.txt', [
    'Kettle maker opens new plant',
    'The company’s founder, Jane Smith, 54, said the plant would employ 300 people.',
    'The plant in Redcar was built in 18 months.',
  ]);

  it('"how old is the company\'s founder?" → 54: the founder is a person, not the company', () => {
    const answer = firm.ask("how old is the company's founder?");
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toContain('54');
  });

  const opening = story('opening.txt', [
    'Library opening put back',
    'The opening of the new library was delayed by three weeks after a flood in the basement.',
    'Tickets for the opening concert cost £5.',
  ]);

  it('"how much was the opening delayed?" → three weeks: a delay is a length of time', () => {
    const answer = opening.ask('how much was the opening delayed?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toContain('three weeks');
  });

  it('a cost says how big an amount is ("the staff bonus"), not how big a thing is ("the new stadium")', () => {
    expect(
      dimensionSaid('how big is the new stadium?', 'Rovers will move into the £40m stadium in May.'),
    ).toBe(false);
    expect(dimensionSaid('how big is the staff bonus?', 'Every worker gets a bonus of £350.')).toBe(true);
  });

  const deal = story('deal.txt', [
    'Ferry firms agree merger',
    'Talks on the deal began in Oslo in 2019, when both firms were losing money.',
    'The deal was finally signed in Bergen on Monday, the companies said.',
  ]);

  it('"where was the deal signed?" → Bergen: a deal is no social event, so "signed" is searched', () => {
    expect(deal.ask('where was the deal signed?').answer?.text).toBe('Bergen');
    expect(parseQuestion('where was the deal signed?').keywords.map((k) => k.word)).toContain('signed');
    expect(parseQuestion('where was the fire started?').keywords.map((k) => k.word)).toContain('started');
    // A final is one: its "played" says only that it took place.
    expect(parseQuestion('where was the final played?').keywords.map((k) => k.word)).not.toContain('played');
  });

  const blaze = story('blaze.txt', [
    'Fire at Bexley printing works',
    'A 43-year-old local man was taken to hospital after a fire at a printing works in Bexley on Tuesday.',
    'The works reopened on Friday.',
  ]);

  it('"how old is the works?" is not answered with "a 43-year-old local man"\'s age', () => {
    const answer = blaze.ask('how old is the works?');
    expect(answer.answer?.text ?? '').not.toContain('43');
  });

  it('a "for" before a place or a thing is no reason; before a verb in -ing it is', () => {
    expect(givesReason('The minister left for Beijing on Monday.')).toBe(false);
    expect(givesReason('She waited for something to happen.')).toBe(false);
    expect(reasonStarts('The minister left for Beijing on Monday.')).toEqual([]);
    expect(givesReason('The firm was fined for dumping rubble.')).toBe(true);
  });
});
