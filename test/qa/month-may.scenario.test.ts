/**
 * Scenario: "May", the month, answers "when". The word is a stopword as the modal verb ("staff may
 * strike"), and a date the tagger found made only of it was dropped as "only stopwords left", so "when
 * is the vote expected?" of "…widely predicted for May" had no short answer. Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const VOTE = parseArticle(
  'vote.txt',
  [
    'Council leader faces vote on bin plans',
    '',
    'With the vote widely predicted for May, councillors in Ashbury have been told to settle their differences over bin collections.',
    '',
    'The council leader, Helen Marsh, said the plans would save £1.2m a year.',
    '',
  ].join('\n'),
);
const engine = new Engine([VOTE]);

describe('the month May answers "when"', () => {
  it('"when is the vote expected?" is answered "May"', () => {
    expect(engine.ask('when is the vote expected?').answer?.text).toBe('May');
  });
});
