/**
 * Scenarios: "what was the strike due to?" asks a cause, as "what caused the strike?" does. The stranded
 * "due to" has the wh-word for its object; read as "what was the strike", it took any sentence about the
 * strike and bolded a noun of it as the answer ("Services", review of session 25). Own small story.
 */
import { describe, expect, it } from 'vitest';
import { questionType } from '../../src/qa/question.js';
import { chat, story } from '../support/chat.js';

const engine = story(
  'walkout.txt',
  'Ferry crews in Penlow to strike over rotas',
  'Ferry crews at Penlow Ferries will walk out for three days next month in a row over new rotas, the RMT union said.',
  'Sailings between the two harbours will be cut back during the strike.',
  'The company said the new rotas were needed to keep the service running in winter.',
);

describe('a stranded "due to" asks a cause', () => {
  it('"what was the strike due to?" and "what is it owing to" are reason questions; "due to reopen" is not', () => {
    expect(questionType('what was the strike due to?')).toBe('reason');
    expect(questionType('what is the delay owing to')).toBe('reason');
    expect(questionType('when is the pool due to reopen?')).toBe('date');
    expect(questionType('what did the union say the strike was due to pay?')).toBe('other');
  });

  it('"what was the strike due to?" bolds no noun of a sentence that only mentions the strike', () => {
    // The console writes a short answer on a line of its own above the passage.
    const [first] = chat(engine)('what was the strike due to?').split('\n');
    expect(first).not.toBe('Sailings');
    expect(first).toMatch(/^Sailings between the two harbours/);
  });
});
