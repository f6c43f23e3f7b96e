/**
 * Scenarios: "what is X?" answered with what the story calls X reads a capital as a name only where a
 * capital says so. A sentence's first word has one whatever it is ("Fares on the ferry…" is no name for
 * "what is the fare?"), and a name the passage does not describe where it first stands may be described
 * further on ("Fuelwise Direct said … the watchdog Fuelwise had fined…").
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const shortAnswer = (engine: ReturnType<typeof story>, question: string) => {
  const answer = engine.ask(question);
  expect(answer.answered).toBe(true);
  return answer.answer?.text ?? null;
};

describe('what a story calls the thing asked about', () => {
  it('"what is the fare?" → the fare, not nothing for the capital "Fares" opening the sentence', () => {
    const ferry = story(
      'ferry.txt',
      'Island ferry fares to rise in April',
      'Fares on the ferry between Portmore and Kellan will rise to £96 in April, the operator said.',
      'The operator blamed higher fuel prices.',
    );
    expect(shortAnswer(ferry, 'what is the fare?')).toBe('£96');
  });

  it('"what is Fuelwise?" → "watchdog", said of its second mention in the sentence', () => {
    const fuel = story(
      'fuel.txt',
      'Fuel watchdog warns on prices',
      'Fuelwise Direct said on Monday that the watchdog Fuelwise had fined three firms.',
      'Cafe owners in Leeds said trade was down.',
    );
    expect(shortAnswer(fuel, 'what is Fuelwise?')).toBe('watchdog');
  });
});
