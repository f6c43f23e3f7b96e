/**
 * A thing the passage ties to another person by a possessive is no answer about the one asked
 * (`possessed-owner.ts`), on sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { possessedByAnother } from '../../src/qa/possessed-owner.js';

const passage = "Hannah's ranking is expected to climb into the national top 50 in June.";

describe('possessedByAnother', () => {
  it('another\'s ranking is no answer to "what is Ashby\'s ranking?"', () => {
    expect(possessedByAnother("what is ashby's ranking?", passage)).toBe(true);
    expect(possessedByAnother("What was Derek Ashby's ranking", passage)).toBe(true);
  });

  it("the asked person's own, another thing, or a question of another form is left alone", () => {
    expect(possessedByAnother("what is hannah's ranking?", passage)).toBe(false);
    expect(possessedByAnother("what is Hannah Wolstenholme's ranking", passage)).toBe(false);
    expect(possessedByAnother("what is ashby's age?", passage)).toBe(false);
    expect(possessedByAnother('what is the ranking?', passage)).toBe(false);
    expect(possessedByAnother("what is ashby's ranking?", 'The ranking list is published in June.')).toBe(
      false,
    );
  });

  it('a thing of two words, and a passage that names the asked person, are read (review40c)', () => {
    const two = "Hannah's world ranking is expected to climb in June.";
    expect(possessedByAnother("what is ashby's world ranking?", two)).toBe(true);
    // Ashby's own ranking is said without a possessive: the passage is left to the other readings.
    const both = "Hannah's ranking rose to 40, while Ashby climbed to a ranking of 12.";
    expect(possessedByAnother("what is ashby's ranking?", both)).toBe(false);
    expect(
      possessedByAnother("what is ashby's ranking?", "Hannah's ranking rose, as did the ranking of Ashby."),
    ).toBe(false);
  });
});
