/**
 * Scenarios: "who …?", "which/what N …?" and "what is the name of the N?" get a short answer of the
 * kind asked, or none. Who does what the question asks is the name before the same verb; a count, a
 * score or a place where something is is no one; "which court" is answered by a name headed by
 * "court"; "the name of the N" by a name. Own small stories; the rules are read from the language,
 * never from the story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const FINAL = parseArticle(
  'final.txt',
  [
    'Harbury Rovers lift the Shield',
    '',
    'Harbury Rovers won the County Shield for the first time as Tom Avery’s goal in stoppage time beat Kelso Athletic 2-1 at Mill Park.',
    '',
    'Avery, who joined the club from a Sunday league side in April, was named winner of the Peter Lunt Medal as player of the match.',
    '',
    'Harbury last reached the final in 1988, when they lost to Dunmore 3-0.',
    '',
  ].join('\n'),
);

const FRAUD = parseArticle(
  'fraud.txt',
  [
    'Charity treasurer jailed for theft',
    '',
    'A former treasurer who stole £400,000 from a charity has been jailed for four years.',
    '',
    'Colin Marsh, 61, of Ilkley, admitted theft at Bradford Crown Court on Tuesday.',
    '',
    'He took the money from the Wharfe Valley Hospice Trust over five years.',
    '',
    'The fraud came to light when a volunteer, Anita Shah, 34, noticed that two suppliers had been paid twice.',
    '',
    'About £90,000 has so far been recovered, the court heard.',
    '',
  ].join('\n'),
);

const PORT = parseArticle(
  'port.txt',
  [
    'Port operator sold',
    '',
    'Kestrel Ports runs four terminals, two of them in Hull, and employs about 3,100 people.',
    '',
    'Its chief executive, Ruth Ellery, said the sale would protect jobs.',
    '',
  ].join('\n'),
);

const final = new Engine([FINAL]);
const fraud = new Engine([FRAUD]);
const port = new Engine([PORT]);

describe('who did what the question asks: the name before the same verb', () => {
  it('"who won the shield" → the team that won, not the other name of the sentence', () => {
    const answer = final.ask('who won the shield');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Harbury Rovers');
  });

  it('"who noticed the suppliers were paid twice" → the name past its apposition', () => {
    const answer = fraud.ask('who noticed the suppliers were paid twice');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Anita Shah');
  });

  it('"who was player of the match" → the player, not the medal the tagger takes for a person', () => {
    const answer = final.ask('who was player of the match');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Avery');
  });
});

describe('a count, a score or a place where something is is no one', () => {
  it('"who runs kestrel ports" → no "3,100 people" and no "Hull"', () => {
    const answer = port.ask('who runs kestrel ports');
    expect(answer.answer?.text ?? '').not.toMatch(/3,100|Hull|terminals/);
  });

  it('"who did they lose to in 1988" → no score in the answer', () => {
    const answer = final.ask('who did harbury lose to in 1988');
    expect(answer.answer?.text ?? '').not.toMatch(/\d/);
  });
});

describe('which/what N: a name headed by N', () => {
  it('"what court was marsh sentenced at" → the court, not the day', () => {
    const answer = fraud.ask('what court was marsh sentenced at');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Bradford Crown Court');
  });

  it('"which court was it at" → the court or no short answer, never "far" or an amount', () => {
    const answer = fraud.ask('which court was it at');
    expect(answer.answered).toBe(true);
    const text = answer.answer?.text;
    if (text !== undefined) expect(text).toBe('Bradford Crown Court');
  });
});

describe('the name of the N: a name', () => {
  it('"what is the name of the trust" → the trust’s name, whole', () => {
    const answer = fraud.ask('what is the name of the trust');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Wharfe Valley Hospice Trust');
  });

  it('"whats the name of the charity" and "what is the charity called" → never a phrase in lower case', () => {
    for (const question of ['whats the name of the charity', 'what is the charity called']) {
      const text = fraud.ask(question).answer?.text;
      if (text !== undefined) expect(text).toMatch(/^\p{Lu}/u);
    }
  });
});
