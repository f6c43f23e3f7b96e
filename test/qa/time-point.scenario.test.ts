/**
 * Scenarios: a when-question is answered by a sentence that says when, not by one whose only "date" is
 * a bare unit of time ("In the following days…", "a pause year"), which the tagger files as a date; a
 * "what year" question by one that gives a year, not only a month. Own small stories.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const DOG = parseArticle(
  'dog.txt',
  [
    'Ten years on, lighthouse dog still missing',
    '',
    'Bramble, the Fennick lighthouse collie, vanished ten years ago, on 3 March 2014, during a storm that closed the harbour and cut the power to the island.',
    '',
    'In the following days, the coastguard issues a missing animal alert.',
    '',
    'A farmer later said he had seen a dog like Bramble near Carrow.',
    '',
  ].join('\n'),
);
const dog = new Engine([DOG]);

const FERRY = parseArticle(
  'ferry.txt',
  [
    'Harbour ferry marks a busy summer',
    '',
    'The Kessling ferry service, which started in 1987, carried 40,000 passengers this summer, its operator said.',
    '',
    'A new timetable for the ferry service started in October, with sailings every hour.',
    '',
    'The operator plans a second boat next spring.',
    '',
  ].join('\n'),
);
const ferry = new Engine([FERRY]);

describe('a when-question and a bare unit of time', () => {
  it('"when did bramble go missing?" shows the sentence with the date first, not "In the following days…"', () => {
    const answer = dog.ask('when did bramble go missing?');
    expect(answer.passages[0]?.text).toMatch(/^Bramble, the Fennick lighthouse collie, vanished/);
  });

  it('"what year did the ferry service start?" is answered with the year, not the month a timetable started', () => {
    const answer = ferry.ask('what year did the ferry service start?');
    expect(answer.passages[0]?.text).toMatch(/^The Kessling ferry service, which started in 1987/);
    expect(answer.answer?.text).toBe('1987');
  });
});
