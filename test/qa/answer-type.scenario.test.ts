/**
 * Scenario tests for a short answer of the kind the question asks, as readers type their questions, on
 * four short stories written for these tests (`test/fixtures/answer-type/`): a fire a tagger's name list
 * reads a person into ("blaze"), a council's vote written as two numbers ("voted 6-3"), a darts final's
 * score, and a lifeboat's call-out at a clock time. Asked of each story alone, and of all four in one
 * folder, as the bot has them.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrFail } from '../../src/knowledge/load.js';
import { CALIBRATION } from '../../src/qa/answerability.js';
import { Engine } from '../../src/qa/engine.js';

const { articles } = await loadKnowledgeOrFail(new URL('../fixtures/answer-type', import.meta.url).pathname);
const story = (file: string) => {
  const article = articles.find((a) => a.file.endsWith(file));
  if (article === undefined) throw new Error(`no fixture ${file}`);
  return new Engine([article]);
};
const fire = story('timber-yard-fire.txt');
const folder = new Engine(articles);

describe('"who" is not answered by a common noun the tagger took for a first name', () => {
  it.each(['whos in charge of the firefighters', 'who was at the scene'])('"%s"', (question) => {
    for (const engine of [fire, folder]) {
      const answer = engine.ask(question);
      expect(answer.answer?.text, question).not.toBe('blaze');
    }
  });

  it('the person the story names still answers', () => {
    const answer = fire.ask('who is the watch manager');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Fiona Baird');
  });
});

describe('"who" answered with no name is not marked high', () => {
  it.each<[string, string]>([
    // WordNet's only noun "begin" is Menachem Begin: no person in lower case.
    ['parish-playground.txt', 'who will do the work'],
    // The passage says the stacked timber, and no one who stacked it.
    ['timber-yard-fire.txt', 'who stacked the timber'],
  ])('%s: "%s"', (file, question) => {
    for (const engine of [story(file), folder]) {
      const answer = engine.ask(question);
      expect(answer.answer, question).toBeNull();
      expect(answer.confidence, question).toBeLessThanOrEqual(CALIBRATION.threshold);
    }
  });

  it('a passage that names who did it keeps its confidence', () => {
    const answer = folder.ask('who threw the winning double');
    expect(answer.answer?.text).toBe('Jenna Rowe');
    expect(answer.confidence).toBeGreaterThan(0.8);
  });
});

describe('"what time" is answered by a time, or refused', () => {
  it('a story that gives no time of the call-out: refused, not a count of firefighters', () => {
    for (const engine of [fire, folder]) {
      const answer = engine.ask('what time were the firefighters called out');
      expect(answer.answered, answer.answer?.text ?? answer.passages[0]?.text).toBe(false);
      expect(answer.answer).toBeNull();
    }
  });

  it('a story that gives it: answered with the clock time', () => {
    for (const engine of [story('lifeboat-callout.txt'), folder]) {
      const answer = engine.ask('what time was the lifeboat crew paged');
      expect(answer.answered).toBe(true);
      expect(answer.answer?.text).toMatch(/05:40/);
    }
  });
});

describe("a council's vote is no game's score", () => {
  it('"what was her score" is not answered with the vote of another story in the folder', () => {
    for (const question of ['what was her score', 'what was the score']) {
      const answer = folder.ask(question);
      expect(answer.answer?.text ?? '', question).not.toBe('6-3');
      expect(answer.passages[0]?.text ?? '', question).not.toMatch(/voted 6-3/);
    }
  });

  it('the darts final still gives its score', () => {
    const answer = folder.ask('what was the score in the darts final');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('7-4');
  });

  it('the vote is still found when the vote is asked', () => {
    const answer = folder.ask('how did the parish council vote');
    expect(answer.passages[0]?.text).toMatch(/voted 6-3/);
  });
});
