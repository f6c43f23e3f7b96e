/**
 * The review of "who found it?" (who36): the agent after "by" is the doer even when its title is the
 * asked noun ("A climber was rescued by fellow climber Sam Orr"); a passive said of "she" stands for
 * the asked thing's noun only, not every word after the verb ("who found Marsh guilty?" is not
 * answered by whoever found the dog); a name after "in" is a place, though the tagger may take it for a
 * person ("a smallholding in Devon"). Each story asked alone; before these mends: "Snowdon", "Nina
 * Shaw", "Devon".
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const folder = (story: string) => new URL(`../fixtures/who-did-it-agents/${story}`, import.meta.url).pathname;
const engines = new Map<string, Awaited<ReturnType<typeof loadEngine>>['engine']>();
for (const story of ['climber', 'spaniel', 'goat'])
  engines.set(story, (await loadEngine(folder(story))).engine);
const ask = (story: string, question: string) =>
  (engines.get(story) as NonNullable<ReturnType<typeof engines.get>>).ask(question);

describe('who did it, after the review', () => {
  it('"who rescued the climber?" → the fellow climber named after "by"', () => {
    expect(ask('climber', 'who rescued the climber?').answer?.text).toBe('Sam Orr');
  });

  it('"who found Marsh guilty?" is not answered by the officer who found the dog', () => {
    const answer = ask('spaniel', 'who found Marsh guilty?');
    expect(answer.answer?.text ?? '').not.toMatch(/Nina Shaw/);
    // The dog's finder still answers the dog.
    expect(ask('spaniel', 'who found the dog?').answer?.text).toBe('Nina Shaw');
  });

  it('"who found the goat?" is not answered by "Devon" of "a smallholding in Devon"', () => {
    expect(ask('goat', 'who found the goat?').answer?.text ?? '').not.toMatch(/Devon/);
  });
});
