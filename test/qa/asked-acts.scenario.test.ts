/**
 * "What has the council agreed to do?" is answered by the acts the passage says after "agreed to", all
 * of them, and "instead of X" by the other one (test/fixtures/asked-acts, a story written for these
 * tests). slot41 at 6017fad split acts only at "and VERB", not "and to VERB"; stopped at the first
 * comma; matched "have" to "had" by stem (no answer); and read the possessor of "X's grandson, Y" as
 * no answer to "who was the grandson's grandmother?".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/asked-acts', import.meta.url).pathname);
const short = (question: string) => engine.ask(question).answer?.text;

describe('the acts a "… to do" question asks', () => {
  it('"instead of" picks the other act of "to A and to B"', () => {
    expect(short('What has the council agreed to do instead of closing the street?')).toBe(
      "repaint the bakery's sign",
    );
  });

  it('runs on past a comma while further acts or list items follow', () => {
    expect(short('What does the bakery want to do?')).toBe(
      'open a second shop, to hire two apprentices and to start baking classes for children',
    );
    expect(short('What does Doris hope to do?')).toBe(
      'bake rye loaves, seed rolls, pasties and saffron buns for the party',
    );
  });

  it('finds the question\'s verb in any form: "have to do" of "had to rebuild"', () => {
    expect(short('What did Tobias have to do?')).toBe('rebuild the old oven after a fire in the spring');
  });
});

describe('"X\'s grandson, Y" when the question asks the relation', () => {
  it('"who was the grandson\'s grandmother?" is the possessor', () => {
    expect(short("Who was the grandson's grandmother?")).toBe('Doris');
    // A question asking what the pair did still gets the name in apposition.
    expect(short('Who was the prize handed to?')).toBe('Tobias Vane');
  });
});
