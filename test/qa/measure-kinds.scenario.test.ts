/**
 * Scenarios: a question that asks for one kind of measure is not answered by another. "How big is the
 * asteroid?" asks its size: how far it is from Earth, or how long it was watched, is no answer; "what is
 * the company's revenue?" asks an amount of money: a story that gives none for it does not answer it.
 * Own small stories; the kinds are read from the question's words and WordNet, never from the story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { askedKind } from '../../src/qa/answer-kind.js';
import { Engine } from '../../src/qa/engine.js';
import { parseQuestion } from '../../src/qa/question.js';
import { askedSlot, slotEvidence } from '../../src/qa/slot.js';
import { tokenize } from '../../src/qa/text.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const ASTEROID = [
  'Observatory spots rare blue asteroid',
  '',
  'Astronomers in Chile have spotted a rare blue asteroid passing the inner solar system.',
  'The asteroid, named 2031 QX7, is about 40 million kilometres from Earth and poses no danger.',
  'The team tracked the asteroid for nine nights in August.',
  '',
].join('\n');
const SIZED = `${ASTEROID}The asteroid is about 300 metres across, the team said.\n`;

const FIRM = parseArticle(
  'firm.txt',
  [
    'Harbour Foods to open bakery in Leeds',
    '',
    'Harbour Foods said on Tuesday it will open a bakery in Leeds, creating 200 jobs.',
    'The company said most of the flour it uses would come from local farms.',
    'Its chief executive, Tom Reyes, said the bakery would open in the autumn.',
    '',
  ].join('\n'),
);

describe('a size is not a distance, nor a length of time', () => {
  it('"how big is the asteroid?" is refused when the story gives only how far away it is and how long it was watched', () => {
    const answer = new Engine([parseArticle('asteroid.txt', ASTEROID)]).ask('how big is the asteroid?');
    expect(answer.answered).toBe(false);
  });

  it('"how big is the asteroid?" → its width when the story gives it', () => {
    const answer = new Engine([parseArticle('asteroid.txt', SIZED)]).ask('how big is the asteroid?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/300 metres across/);
  });

  it('a length "from Earth" fills a size question only loosely, and fills "how far" outright', () => {
    const text = 'The asteroid is about 40 million kilometres from Earth.';
    const view = { text, tokens: tokenize(text), entities: () => [] };
    const slot = (q: string) => slotEvidence(askedSlot(q, parseQuestion(q)), view, []);
    expect(slot('how big is the asteroid?')).toMatchObject({ found: false, loose: true });
    expect(slot('how far away is the asteroid?')).toMatchObject({ found: true });
  });

  it('the name "2031 QX7" and "this one" hold no number of a size', () => {
    const text = 'The asteroid, named 2031 QX7, is like this one.';
    const view = { text, tokens: tokenize(text), entities: () => [] };
    const q = 'how big is the asteroid?';
    expect(slotEvidence(askedSlot(q, parseQuestion(q)), view, [])).toMatchObject({
      found: false,
      loose: false,
    });
  });
});

describe('a unit of the asked dimension says the measure', () => {
  it('"how far away is the asteroid?" → the distance, though the story never says "far" or "away"; "how far away is the observatory?" is still refused', () => {
    const engine = new Engine([parseArticle('asteroid.txt', ASTEROID)]);
    const answer = engine.ask('how far away is the asteroid?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('40 million kilometres');
    expect(engine.ask('how far away is the observatory?').answered).toBe(false);
  });

  it('"trillion" is a scale word as "million" is: "4 trillion kilometres" says how far away', () => {
    const far = ASTEROID.replace('about 40 million kilometres', 'about 4 trillion kilometres');
    const answer = new Engine([parseArticle('asteroid.txt', far)]).ask('how far away is the asteroid?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('4 trillion kilometres');
  });
});

describe('a noun for an amount of money asks for money', () => {
  it('"what is the company\'s revenue?" is refused when the story gives no amount of money', () => {
    const answer = new Engine([FIRM]).ask("what is the company's revenue?");
    expect(answer.answered).toBe(false);
  });

  it('revenue, profit and earnings ask for money; "the main source of income" does not', () => {
    const kind = (q: string) => askedKind(q, parseQuestion(q), DEFAULT_WEIGHTS).kind;
    const slot = (q: string) => askedSlot(q, parseQuestion(q)).slot;
    expect(kind("what is the company's revenue?")).toBe('money');
    expect(slot("what is the company's revenue?")).toBe('money');
    expect(slot('what was the annual profit last year')).toBe('money');
    expect(slot('whats their earnings')).toBe('money');
    expect(slot('what is the main source of income?')).not.toBe('money');
  });
});
