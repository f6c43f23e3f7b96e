/**
 * Scenarios: the means phrase of a how-question is judged by its head noun. A place ("by the lake soon
 * after dark") is no means, a name after the head ("a volley from Gareth Lloyd") does not spoil one; an
 * adverb last is cut off ("by radio briefly"); a means word in another clause, with the asked verb in the
 * passage, is not its means ("recorded the rescue using a head camera, said the current turned…"); and a
 * means word the question has after its verb ("get through the cold night") is the predicate's own. On
 * 79a537f these gave the place, no means, "radio briefly", "a head camera" and "the cold night…".
 * Own small stories (test/fixtures/how-means).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = (file: string) =>
  new Engine([
    parseArticle(file, readFileSync(new URL(`../fixtures/how-means/${file}`, import.meta.url), 'utf8')),
  ]);

const canoe = story('canoe.txt');
const derby = story('derby.txt');

describe('the means phrase judged by its head', () => {
  it('"by the lake" is where they were found, not how', () => {
    expect(canoe.ask('how were the canoeists found?').answer?.text).not.toMatch(/^the lake/u);
  });

  it('"through a volley from Gareth Lloyd": the name after the head keeps the means', () => {
    expect(derby.ask('how did brynmawr go ahead?').answer?.text).toBe('a volley from Gareth Lloyd');
  });

  it('"via a long throw from Sion Pugh" answers how they drew level', () => {
    expect(derby.ask('how did tredegar draw level?').answer?.text).toBe('a long throw from Sion Pugh');
  });

  it('an adverb last ("by radio briefly before…") is cut off the means', () => {
    expect(canoe.ask('how did they call for help?').answer?.text).toBe('radio');
  });

  it('"using" of another verb is no means of the asked one, which the passage has', () => {
    const answer = canoe.ask('how did the current turn?');
    expect(answer.passages[0]?.text).toMatch(/current turned/u);
    expect(answer.answer?.text).not.toBe('a head camera');
  });

  it('"get through the cold night": the means is after the question\'s own "through"', () => {
    expect(canoe.ask('how did the pair get through the cold night?').answer?.text).toBe(
      'the help of a foil blanket',
    );
  });

  it('"with his two sons": a person heads no means, company is no how ("son" is also the Son of God)', () => {
    expect(derby.ask('how did lloyd celebrate?').answer?.text).not.toMatch(/^his two sons/u);
  });

  it('an adverb before the participle says how much, not how ("badly beaten")', () => {
    expect(derby.ask('how were the visitors beaten?').answer?.text).not.toBe('badly');
  });
});
