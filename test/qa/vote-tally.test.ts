/** A vote's tally ("voted six to three", "by nine votes to four") and the questions asking for it. */
import { describe, expect, it } from 'vitest';
import { asksVoteResult, givesTally, outcomeWordsSaid, talliesIn } from '../../src/qa/vote-tally.js';

describe('talliesIn', () => {
  it('reads a tally beside a form of "vote", in words or in digits', () => {
    expect(talliesIn('The board voted five to two on Monday to close the pool.').map((t) => t.text)).toEqual([
      'five to two',
    ]);
    expect(talliesIn('Members voted 11-3 in favour of the plan.').map((t) => t.text)).toEqual(['11-3']);
    expect(talliesIn('The motion was carried by twelve votes to seven.').map((t) => t.text)).toEqual([
      'twelve votes to seven',
    ]);
    expect(talliesIn('After a 5-4 vote the scheme was dropped.').map((t) => t.text)).toEqual(['5-4']);
    expect(talliesIn('They voted by eight to one to keep it.').map((t) => t.text)).toEqual(['eight to one']);
  });

  it('reads no tally without a vote beside it', () => {
    expect(talliesIn('The club won 3-2 at home.')).toEqual([]);
    expect(talliesIn('Classes are for children aged six to nine.')).toEqual([]);
    expect(givesTally('Councillor Amy Shah, who voted against, said the plan was rushed.')).toBe(false);
  });
});

describe('asksVoteResult', () => {
  it.each(['how did the vote go', 'whats the vote result', 'what was the vote?', 'result of the vote?'])(
    '"%s" asks a vote\'s result',
    (q) => expect(asksVoteResult(q)).toBe(true),
  );

  it.each(['when is the vote', 'who called the vote', 'who voted against'])('"%s" does not', (q) =>
    expect(asksVoteResult(q)).toBe(false),
  );
});

describe('outcomeWordsSaid', () => {
  it('counts the outcome word said by a passage giving a tally, and only then', () => {
    const words = ['vote', 'result'];
    expect(outcomeWordsSaid('whats the vote result', words, 'Members voted 7-2 to approve it.')).toEqual([1]);
    expect(outcomeWordsSaid('whats the vote result', words, 'Members will vote next week.')).toEqual([]);
  });
});
