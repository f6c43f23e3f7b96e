/**
 * Scenarios: a reader asks who did something to a named thing ("who found the tortoise?") of a story
 * that names the thing by a title before its name ("Missing tortoise Shelley was found…") and the doer
 * only as the agent of a passive ("She was discovered by dog walker Keith Dunmore"). The thing's name is
 * what was done to, not who did it (`namesAskedThing`), and the passage naming the doer comes first
 * (`doersFirst`). Own small story (test/fixtures/found-tortoise).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/found-tortoise', import.meta.url).pathname);

describe('who did something to a thing the story names by a title', () => {
  it.each(['who found the tortoise?', 'who discovered the tortoise?'])(
    '"%s" is the dog walker, not the tortoise',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.passages[0]?.text).toMatch(/^She was discovered by dog walker Keith Dunmore/);
      expect(answer.answer?.text).toMatch(/Keith Dunmore$/);
      expect(answer.answer?.text).not.toMatch(/Shelley/);
    },
  );

  it('"who rescued the climber?" finds the sentence whose agent is titled as the rescued one is', () => {
    const answer = engine.ask('who rescued the climber?');
    expect(answer.passages[0]?.text).toMatch(/^A climber was rescued .* by fellow climber Sam Orr/);
  });
});
