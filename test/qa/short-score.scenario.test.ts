/**
 * Scenarios: "what was the score?" as a reader asks it of a match report. A score is a result written as
 * two numbers ("2-2"), and a condition is no fact: "If we lose 2-0 we are out" says nothing of the score
 * there was, so it gives no short answer (the passage alone answers) rather than a confident "2-0".
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = (file: string, lines: string[]) => new Engine([parseArticle(file, lines.join('\n\n'))]);

describe('the score of a match', () => {
  const conditional = story('first-leg.txt', [
    'Cole happy as Rovers take control of semi-final',
    'Rovers manager Ian Cole was satisfied after his side beat City 3-1 in the first leg on Tuesday.',
    '"If we lose 2-0 we are out but I think we can score away from home - certainly one, and that will be enough," said Cole.',
    'The second leg is at City Park next week.',
  ]);

  it.each(['what was the score', 'what was the score?', 'What was the final score?'])(
    '"%s" is not answered from "If we lose 2-0…", nor by "one"',
    (question) => {
      const answer = conditional.ask(question);
      expect(answer.answer?.text ?? null).not.toBe('2-0');
      expect(answer.answer?.text ?? null).not.toBe('one');
    },
  );

  const drawn = story('final.txt', [
    'Rovers win cup on penalties',
    'Rovers won the county cup on penalties at City Park on Saturday.',
    'The final score was 2-2 after extra time, and Rovers scored all five of their penalties.',
  ]);

  it('"what was the score" → the result written as two numbers', () => {
    expect(drawn.ask('what was the score').answer?.text).toBe('2-2');
  });
});
