/**
 * Contractions read as their words, by the one tokenizer questions and articles share: "wasn't" is
 * "was" (its "not" is not searched), never the fragment "wasn" searched as a word no article holds.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/qa/text.js';
import { parseQuestion } from '../../src/qa/question.js';

const words = (text: string) => tokenize(text).map((t) => t.word);

describe('contractions', () => {
  it.each([
    ["wasn't", ['was']],
    ["doesn't", ['does']],
    ["didn't", ['did']],
    ["isn't", ['is']],
    ["couldn't", ['could']],
    ["don't", ['do']],
    ["aren't", ['are']],
    ["hasn't", ['has']],
    ["won't", ['will']],
    ["can't", ['can']],
    ["shan't", ['shall']],
    ["they're", ['they', 'are']],
    ["we've", ['we', 'have']],
    ["you'll", ['you', 'will']],
  ])('"%s" is read as %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('reads the apostrophe phones type (’) as the straight one', () => {
    expect(words('who wasn’t there? they’re late')).toEqual(words("who wasn't there? they're late"));
  });

  it('reads a contraction in capitals, too', () => {
    expect(words("WHO WASN'T THERE")).toEqual(['who', 'was', 'there']);
  });

  it('leaves possessives and names with an apostrophe as they were', () => {
    expect(words("Blair's office")).toEqual(['blair', 'office']);
    expect(words("O'Neill said")).toEqual(['neill', 'said']);
  });

  it('points each word back into the text, for highlights', () => {
    const text = "The mayor didn't vote, they're told";
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'The',
      'mayor',
      "didn't",
      'vote',
      'they',
      "'re",
      'told',
    ]);
  });

  it('searches no fragment of a contraction', () => {
    const searched = (q: string) => parseQuestion(q).keywords.map((k) => k.word);
    for (const q of [
      "who wasn't at the meeting?",
      "why didn't the mayor vote?",
      'who doesn’t pay?',
      "what're they building?",
      "who'll sign it?",
      "what've they done?",
    ]) {
      expect(searched(q)).not.toContainEqual(expect.stringMatching(/^(?:wasn|didn|doesn|re|ll|ve)$/));
    }
    // "won't" is "will not": "won" (of a game, a prize) is not searched.
    expect(searched("what won't the council pay for?")).not.toContain('won');
  });
});
