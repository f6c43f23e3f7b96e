/**
 * Scenarios: "why …?" answered with the reason a passage gives. Besides "because", "due to" and the like,
 * a verb's "for" with a verb in -ing says why ("fined for dumping", "thanked … for supporting"), and a
 * reason that opens a quotation runs to the quotation's close.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = (file: string, lines: string[]) => new Engine([parseArticle(file, lines.join('\n\n'))]);

describe('the reason a "why" question asks for', () => {
  const fined = story('fined.txt', [
    'Waste firm fined £40,000',
    'A waste company has been fined £40,000 for dumping building rubble beside the River Avon, magistrates heard.',
    'Avon Skips Ltd admitted the offence at Bath Magistrates Court on Monday.',
  ]);

  it('"why was the company fined" → the "for …ing" clause', () => {
    const answer = fined.ask('why was the company fined');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('dumping building rubble beside the River Avon');
  });

  const praised = story('praised.txt', [
    'Mayor praises volunteers',
    'The mayor praised volunteers for keeping the library open “through the winter, when the council could not”, her office said.',
    'The library will reopen fully in April.',
  ]);

  it('"why did the mayor praise the volunteers" → the reason with its quotation whole', () => {
    const answer = praised.ask('why did the mayor praise the volunteers');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(
      'keeping the library open “through the winter, when the council could not”',
    );
  });

  const coach = story('coach.txt', [
    'Reid leaves Rovers',
    'Coach Dan Reid quit "because of the stress" and would "never return", adding: "It was time."',
    'Rovers will name a new coach next week.',
  ]);

  it('a quotation that closes inside the reason does not carry it on into the next one', () => {
    const answer = coach.ask('why did dan reid quit?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBeDefined();
    expect(answer.answer?.text).not.toContain('adding');
  });
});
