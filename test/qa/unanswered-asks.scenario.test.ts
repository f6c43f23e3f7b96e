/**
 * Scenarios: on-topic questions the story does not answer, as readers type them (nc38's worst class,
 * "unanswerable, answered"). A name asked by "called" of someone the story says is not named; a price
 * asked of one thing where the passage prices another; a date to come asked where the passage gives
 * none and speaks of nothing to come. Each control beside it is answered. Story written for these tests
 * (test/fixtures/unanswered-asks/village-hall).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(
  new URL('../fixtures/unanswered-asks/village-hall', import.meta.url).pathname,
);
const ask = async (question: string) => engine.ask(question);

describe('what the village-hall story does not say is refused', () => {
  it('"what is the nephew called": a name asked by "called", of a passage that withholds one', async () => {
    expect((await ask('what is the nephew called')).answered).toBe(false);
    // A name the story gives is still answered.
    expect((await ask('what is the caretaker called')).answer?.text).toBe('Ruth Calloway');
  });

  it('"how much will repairing the roof cost": the only price is the tickets\'', async () => {
    expect((await ask('how much will repairing the roof cost')).answered).toBe(false);
    const tickets = await ask('how much do tickets cost');
    expect(tickets.answered).toBe(true);
    expect(tickets.answer?.text).toBe('£12');
  });

  it('"when will the wall be rebuilt": no date and nothing to come in the passage', async () => {
    expect((await ask('when will the wall be rebuilt')).answered).toBe(false);
    const reopen = await ask('when will the hall reopen');
    expect(reopen.answered).toBe(true);
    expect(reopen.passages[0]?.text).toMatch(/3 March/);
  });
});
