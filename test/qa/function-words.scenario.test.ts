/**
 * Scenarios: a function word the stopword list lacks ("upon", "against", "versus") and the story does
 * not use is how the question is put, not something the story fails to say: the question is answered
 * from the passage that holds its other words. Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { parseQuestion } from '../../src/qa/question.js';

const VOTE = parseArticle(
  'vote.txt',
  [
    'Riverside rejects annexation again',
    '',
    'Voters in Riverside rejected a plan to join the city of Marlow in a referendum on Sunday, the third such vote in ten years.',
    'Turnout was 61%, and the plan lost by 4,210 votes to 3,877, the county clerk said.',
    'Mayor Ellen Brandt, who backed the merger, said the council would not bring the plan back before 2030.',
    'Opponents said the town would lose its own police force and pay higher taxes.',
    '',
  ].join('\n'),
);
const vote = new Engine([VOTE]);

describe('a function word the story does not use', () => {
  it('"what did opponents say would happen upon joining marlow?" is answered from what they said', () => {
    const answer = vote.ask('what did opponents say would happen upon joining marlow?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^Opponents said the town would lose its own police force/);
  });

  it('is left out of the words searched; one the story uses is searched', () => {
    const words = (question: string, known: (word: string) => boolean) =>
      parseQuestion(question, known).keywords.map((k) => k.word);
    expect(words('who voted against the merger?', () => false)).toEqual(['voted', 'merger']);
    expect(words('who voted against the merger?', () => true)).toEqual(['voted', 'against', 'merger']);
    expect(words('what happens upon joining?', () => false)).toEqual(['happens', 'joining']);
    // An adverb WordNet lists says something of its own ("go up again").
    expect(words('when does the price go up again?', () => false)).toContain('again');
  });
});
