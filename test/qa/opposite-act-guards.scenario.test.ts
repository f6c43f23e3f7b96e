/**
 * The opposite act answers No only where the passage does not say the asked act itself, where the
 * refusing verb's object is the asked thing (not an infinitive's act: "declined to comment on the
 * letter"), and where the question's other words are in the refusing verb's own clause. On a short story
 * written for this test (`test/fixtures/opposite-act-guards/`).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrFail } from '../../src/knowledge/load.js';
import { Engine } from '../../src/qa/engine.js';

const dir = new URL('../fixtures/opposite-act-guards', import.meta.url).pathname;
const { articles } = await loadKnowledgeOrFail(dir);
const engine = new Engine(articles);

describe('a sentence with the asked act’s opposite does not say No when it is no denial of the act', () => {
  it.each<[string, string]>([
    // Another doer's refusal, in another clause: the society's acceptance stands.
    ['did the allotment society accept the offer?', 'The allotment society accepted the offer'],
    // A refusal later reversed: "accepted it" is said.
    ['did gwen hollis accept the chair of the society?', 'later accepted it'],
    // "took part" says the asked act; "declined a place" is another thing.
    ['did brian tate take part in the vote?', 'took part in the vote'],
    // What is declined is commenting, not the letter.
    ['did peter coyle accept the council’s letter?', 'declined to comment'],
  ])('"%s"', (question, passage) => {
    const answer = engine.ask(question);
    expect(answer.passages[0]?.text, question).toContain(passage);
    expect(answer.polarity).not.toBe('no');
  });
});
