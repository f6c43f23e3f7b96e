/**
 * Scenarios: a story that writes an acronym ("NFA") and, elsewhere, the name in full ("the Northern
 * Ferries Authority") says the acronym in both places: a reader who asks by the acronym gets the
 * sentence that names the body in full. Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const FERRY = parseArticle(
  'ferry.txt',
  [
    'Island ferry to go electric',
    '',
    'Passengers are paying £12 for a crossing to Castle Island at present.',
    '',
    'The Northern Ferries Authority will pay £4m for two electric boats, which will sail from May.',
    '',
    "The NFA's chair, Moira Kent, said the boats would halve the crossing's noise.",
    '',
    'Islanders have asked the NFA for a later sailing on Saturdays.',
    '',
  ].join('\n'),
);
const ferry = new Engine([FERRY]);

describe('an acronym the story writes, said by its name in full', () => {
  it('"how much is the NFA paying?" shows the sentence naming the Northern Ferries Authority first', () => {
    const answer = ferry.ask('how much is the NFA paying?');
    expect(answer.passages[0]?.text).toMatch(/^The Northern Ferries Authority will pay £4m/);
  });

  it('a sentence naming the body in full counts as saying the acronym: "when will the NFA boats sail?"', () => {
    const answer = ferry.ask('when will the NFA boats sail?');
    expect(answer.passages[0]?.text).toMatch(/^The Northern Ferries Authority/);
    expect(answer.answered).toBe(true);
  });

  it('a word of the name alone is not the acronym: "who chairs the NFA?" does not take a "Northern" sentence', () => {
    const answer = ferry.ask('who chairs the NFA?');
    expect(answer.passages[0]?.text).toMatch(/^The NFA's chair, Moira Kent/);
  });
});
