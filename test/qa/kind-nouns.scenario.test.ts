/**
 * Scenarios: questions typed with no wh-word, naming what they ask by a noun ("reopen date?", "death
 * toll?", "ceo name?"), get an answer of that kind. Own small stories; the kind is read from the noun,
 * never from the story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { askedKind } from '../../src/qa/answer-kind.js';
import { Engine } from '../../src/qa/engine.js';
import { nounAsked } from '../../src/qa/kind-nouns.js';
import { parseQuestion, questionType } from '../../src/qa/question.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const BRIDGE = parseArticle(
  'bridge.txt',
  [
    'Old Town Bridge to reopen after two-year repair',
    '',
    'The Old Town Bridge in Dunmore will reopen to traffic on 2 May, the city council said on Friday.',
    'The repair cost 14 million euros and was led by engineer Priya Raman.',
    '',
  ].join('\n'),
);
const FLOOD = parseArticle(
  'flood.txt',
  [
    'Flooding in the Vell valley',
    '',
    'The death toll from the flooding in the Vell valley rose to 23 on Sunday, officials said.',
    'The chief executive of the water company, Maria Oduya, said the dams had held.',
    '',
  ].join('\n'),
);
const bridge = new Engine([BRIDGE]);
const flood = new Engine([FLOOD]);

describe('a noun names the kind asked for', () => {
  it('"reopen date?" → the date, not the place', () => {
    const answer = bridge.ask('reopen date?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('2 May');
  });

  it('"old town bridge location?" → where the bridge is, though the story never says "location"', () => {
    const answer = bridge.ask('old town bridge location?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/Dunmore/);
  });

  it('"repair cost?" → the amount; "engineer?" → the person', () => {
    expect(bridge.ask('repair cost?').answer?.text).toBe('14 million euros');
    expect(bridge.ask('engineer?').answer?.text).toBe('Priya Raman');
  });

  it('"death toll?" → the count', () => {
    const answer = flood.ask('death toll?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('23');
  });

  it('"ceo name?" asks for a person', () => {
    expect(askedKind('ceo name?', parseQuestion('ceo name?'), DEFAULT_WEIGHTS).kind).toBe('person');
    expect(questionType('ceo name?')).toBe('person');
  });
});

describe('which questions ask by a noun', () => {
  it.each([
    ['reopen date?', 'date'],
    ['date of the reopening', 'date'],
    ['death toll', 'number'],
    ['bridge location?', 'location'],
    ['ceo name?', 'person'],
    ['cause of the fire?', 'reason'],
  ])('"%s" is a %s question', (question, type) => {
    expect(questionType(question)).toBe(type);
  });

  it('a question with a wh-word, or a yes/no question, is read by its own words', () => {
    expect(nounAsked('what is the reopen date?')).toBeUndefined();
    expect(nounAsked('is the reopen date known?')).toBeUndefined();
    expect(nounAsked('how long is the bridge?')).toBeUndefined();
    // A noun that names no kind says nothing of the answer.
    expect(questionType('bridge repair?')).toBe('other');
    expect(askedKind('bridge repair?', parseQuestion('bridge repair?'), DEFAULT_WEIGHTS).kind).toBe('any');
  });
});
