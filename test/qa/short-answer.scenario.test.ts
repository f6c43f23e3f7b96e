/**
 * The short answer as readers ask, on a story written for these tests (test/fixtures/short-answer):
 * lower case, no question mark, a typo now and then. Each asks for a list, an amount with its unit, a
 * name, a year or a reason; questions whose answer is an action, a statement or a yes/no get the
 * passage alone, never a noun of it that would read as a wrong answer.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/short-answer', import.meta.url).pathname);

describe('the short answer to a reader', () => {
  it.each([
    ['between which towns will trains run', 'Ostrava and Frydek'],
    ['how much did the repairs cost', '12 million euros'],
    ['how many km of track were rebuilt', '3 kilometres'],
    ["who's the director", 'Petra Novakova'],
    ['wat replaced the trains while the track was repaird', 'Buses'],
    ['what year was the first line built', '1871'],
    ['which company built the first line', 'Kaiser Ferdinand Northern Railway'],
    ['which river burst its banks', 'Ondrejnice'],
    ['why was the line closed', 'the river Ondrejnice burst its banks after three days of heavy rain'],
    ['where were the bridges rebuilt', 'Lesna'],
    // No place entity in the passage: the phrase after "through" names the place.
    ['where was the first line built', 'valley'],
  ])('"%s" → %s', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(expected);
  });

  it('an amount in two units is never cut inside the brackets', () => {
    const answer = engine.ask('how much track did engineers rebuild');
    expect(answer.answer?.text).not.toMatch(/[()]/);
  });

  it.each([
    // The authority speaks itself in the first sentence ("…, the regional transport authority said").
    ['what did the authority say', 'the regional transport authority said'],
    ['what did the engineers do', 'Engineers rebuilt'],
    ['what do most passengers do', 'students and workers'],
  ])('"%s" is answered by the passage alone: it asks for a statement or an action', (question, shown) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toBeNull();
    expect(answer.passages[0]?.text).toContain(shown);
    expect(answer.passages[0]?.highlights.filter((h) => h.kind === 'answer')).toEqual([]);
  });

  it('a yes/no question gets no span: no words of the passage say yes or no', () => {
    expect(engine.ask('will tickets cost more?').answer).toBeNull();
    expect(engine.ask('can I still take the bus').answer).toBeNull();
  });

  it('a name written with a possessive is answered without it: "Tony Blair\'s government" → Tony Blair', () => {
    const story = parseArticle(
      'pensions.txt',
      [
        'Unions warn over pensions',
        '',
        "Unions said Tony Blair's government had ignored their warnings over the retirement age.",
      ].join('\n'),
    );
    const answer = new Engine([story]).ask('whose government ignored the warnings');
    expect(answer.answer?.text).toBe('Tony Blair');
    const marked = answer.passages[0]?.highlights.find((h) => h.kind === 'answer');
    expect(answer.passages[0]?.text.slice(marked?.start, marked?.end)).toBe('Tony Blair');
  });
});
