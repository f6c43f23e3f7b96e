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
});
