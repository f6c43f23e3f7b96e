/**
 * Stories of a couple, told by "He…" and "She…" sentences (test/fixtures/pronoun-couples, written for
 * this test). A question about him is not answered from a sentence about her because that sentence
 * names a woman ("cared for by her daughter Helen Marsh"), nor because its verb may report in a rare
 * sense ("She taught at…", "She returned to…": no report follows). Main at 4e01c0e answered both.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const fixture = (name: string) => new URL(`../fixtures/pronoun-couples/${name}`, import.meta.url).pathname;
const { engine: widower } = await loadEngine(fixture('widower'));
const { engine: teachers } = await loadEngine(fixture('teachers'));

describe('a sentence about her that names another woman is still about her', () => {
  it('"when did he die?" → his death, not hers in 2012', () => {
    const answer = widower.ask('when did he die?');
    expect(answer.passages[0]?.text).toBe('He died quietly at home in Penlow, his family said.');
    expect(answer.answer?.text).not.toBe('2012');
  });

  it('"when did she die?" → 2012', () => {
    expect(widower.ask('when did she die?').answer?.text).toBe('2012');
  });
});

describe('"She taught at…" and "She returned to…" report nothing: they are about her', () => {
  it('"how long did he teach?" is not answered with her 28 years', () => {
    const answer = teachers.ask('how long did he teach?');
    expect(answer.answer?.text).not.toBe('28 years');
    expect(answer.passages[0]?.text).not.toMatch(/^She taught/u);
  });

  it('"when did he return to wrenport?" is not answered with her 1972', () => {
    const answer = teachers.ask('when did he return to wrenport?');
    expect(answer.answer?.text).not.toBe('1972');
    expect(answer.passages[0]?.text).not.toMatch(/^She returned/u);
  });

  it('"how long did she teach?" → 28 years', () => {
    expect(teachers.ask('how long did she teach?').answer?.text).toBe('28 years');
  });
});
