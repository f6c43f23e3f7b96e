/**
 * Scenarios: the short answer fits the whole question, or there is none. Before session 55 the span was
 * the one the model liked best in the passage, whatever the question's other words said: the first of
 * two prices for "how much … on a Tuesday", a count for "how did they count them", a noun of the worry
 * for "what is he worried about", the date for "what was the vote", and a town after "in" for "whats
 * the boat called". Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const STORY = `Millbrook Lido reopens after repair
4 May 2025

Millbrook Lido reopened on Saturday after a two-year repair of its cracked tank.

Tickets cost £5.50, with every swim at £3 on Tuesdays.

"Four hundred swimmers on the first morning is the biggest count we have had in twenty years," said manager Ruth Keane.

Lifeguards counted them with a clicker at the gate.

The parish council approved the repair in June 2023 by nine votes to two.

Parish councillor Tom Reddy said he was worried that the tank could crack again within a decade.

The lido first opened in 1934 and was designed by the engineer Alfred Lowe.

The pavilion keeps its original 120 lockers, while two smaller changing rooms have 30 and 25 pegs.

The Kittiwake, which carries up to 12 people, had been out of use since October. She was towed to a boatyard in Falmouth, where the work was done over the winter.
`;

const lido = new Engine([parseArticle('lido.txt', STORY)]);
const short = (question: string) => lido.ask(question).answer?.text;

describe('the short answer fits the whole question', () => {
  it('of two prices, the one the question qualifies ("on a tuesday") is the answer', () => {
    expect(short('how much are tickets on a tuesday')).toBe('£3');
  });

  it('"how did they count them" is the means the passage says, not a count', () => {
    const answer = lido.ask('how did they count them');
    expect(answer.answer?.text).toBe('a clicker at the gate');
    expect(answer.passages[0]?.text).toContain('clicker');
  });

  it('"what is he worried about" is what follows "worried that", not a noun of it', () => {
    expect(short('what is the councillor worried about')).toBe('the tank could crack again within a decade');
  });

  it('"what was the vote" is the tally, not the date', () => {
    expect(short('what was the vote when the council approved it')).toBe('nine votes to two');
  });

  it('"whats the boat called" is not the town the boat was towed to', () => {
    const answer = lido.ask('whats the boat called');
    expect(answer.answer?.text).not.toBe('Falmouth');
  });
});
