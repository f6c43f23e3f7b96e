/**
 * Scenarios: "why …?" in a reader's words, on stories written for them. Besides "because" and the like,
 * news gives a cause as what it blamed ("a fall in profits, blaming a strike…"), as what came first
 * ("recalled … after a child swallowed…", "resigned following a row…") or as what the doer said while
 * doing it ("rejected the offer, saying…"); "after 40 years" or "after the war" is a time, not a cause.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { givesReason, reasonStarts } from '../../src/qa/reason-cues.js';

const story = (file: string, lines: string[]) => parseArticle(file, lines.join('\n\n'));

const recall = story('recall.txt', [
  'Toy maker recalls teddy bears',
  'Bramble Toys has recalled 20,000 teddy bears after a child swallowed a loose eye in Leeds.',
  'The firm said the fault was in one batch made in March.',
  'Parents can return the bears to any shop for a refund.',
]);

const airline = story('airline.txt', [
  'FlyCo reports slump',
  'Budget carrier FlyCo has reported a 20% fall in half-year profits, blaming a strike by baggage handlers in July.',
  'Union official Jo Bell said staff were "not surprised" by the fall in profits.',
  'FlyCo flies to 40 airports.',
]);

const club = story('club.txt', [
  'Club rejects bid for striker',
  'Harlow Town rejected a £2m offer for striker Sam Cole on Friday, saying it did not reflect his value.',
  'Cole, 23, scored 19 goals last season.',
]);

const council = story('council.txt', [
  'Council leader quits',
  'Council leader Jane Marsh resigned on Monday following a row over the budget.',
  'Her deputy, Ann Cole, will take over until May.',
  'Ms Cole said she was "shocked" by the news.',
]);

describe('the reason a why-question asks for, as news words it', () => {
  it('"why were the teddy bears recalled?" → what happened before: a child swallowed a loose eye', () => {
    const answer = new Engine([recall]).ask('why were the teddy bears recalled?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('a child swallowed a loose eye in Leeds');
  });

  it('"why have profits fallen?" → the sentence that blames something, first, with what it blames', () => {
    const answer = new Engine([airline]).ask('why have profits fallen?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('blaming');
    expect(answer.answer?.text).toBe('a strike by baggage handlers in July');
  });

  it('"why did harlow turn down the offer?" → what they said while doing it', () => {
    const answer = new Engine([club]).ask('why did harlow turn down the offer?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('it did not reflect his value');
  });

  it('"why did jane marsh resign?" → the row that came first, not her deputy', () => {
    const answer = new Engine([council]).ask('why did jane marsh resign?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('a row over the budget');
  });

  it('in a folder of these stories, each why-question keeps its own story', () => {
    const folder = new Engine([recall, airline, club, council]);
    expect(folder.ask('why were the teddy bears recalled?').answer?.text).toBe(
      'a child swallowed a loose eye in Leeds',
    );
    expect(folder.ask('why did harlow turn down the offer?').answer?.text).toBe(
      'it did not reflect his value',
    );
    expect(folder.ask('why have profits fallen?').answer?.text).toBe('a strike by baggage handlers in July');
  });

  it('"after" or "following" before a time gives no reason; before an event it does', () => {
    const at = (text: string) => reasonStarts(text).map((s) => text.slice(s));
    expect(at('The museum reopened after two years of repairs.')).toEqual([]);
    expect(at('She left the club after the war.')).toEqual([]);
    expect(at('He retired after more than 10 years in charge.')).toEqual([]);
    expect(at('In the following days, police issued an alert.')).toEqual([]);
    expect(at('The shop closed on Saturday after 40 years in the high street.')).toEqual([]);
    expect(at('The library shut early following a burst pipe.')).toEqual(['a burst pipe.']);
    // Too common to mark a sentence as giving a reason for the re-ranking: only the short answer reads it.
    expect(givesReason('Shares closed down 3% after the results.')).toBe(false);
    expect(givesReason('The firm reported a loss, blaming the weather.')).toBe(true);
  });
});
