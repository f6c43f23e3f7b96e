/**
 * A plural no "-s" rule undoes ("men", "children", "fishermen", "geese") is a kind of what its singular
 * is (wordnet.ts `readNounSenses`): WordNet's index holds "man", not "men", so main read "men" as a work
 * force and "fishermen" and "geese" as no noun at all. On stories written for these tests
 * (test/fixtures/irregular-plurals), main refused each question below, finding no count of people or
 * no animal in the sentence that gives one.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/irregular-plurals', import.meta.url).pathname);

describe('irregular plurals are kinds of what their singulars are', () => {
  it.each([
    ['how many people were arrested?', 'four men', 'Later that day four men were arrested'],
    ['how many people were on the quay?', 'Six fishermen', 'Six fishermen were on the quay'],
    ['what animals were scattered?', 'Flocks of geese', 'Flocks of geese on the salt marsh'],
    ['what birds were scattered?', 'Flocks of geese', 'Flocks of geese on the salt marsh'],
  ])('"%s" → %s', (question, short, passage) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(short);
    expect(answer.passages[0]?.text.startsWith(passage)).toBe(true);
  });
});
