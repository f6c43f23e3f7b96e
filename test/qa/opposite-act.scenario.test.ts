/**
 * A yes/no question whose act the story tells by its opposite (`opposite-act.ts`): "did the postman
 * accept the prize?" of "…has refused the prize" is a "No", as is "did the vicar refuse the voucher?" of
 * "The vicar accepted the voucher". On a short story written for this test
 * (`test/fixtures/opposite-act/`). A passage about someone else's act gives no yes or no.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrFail } from '../../src/knowledge/load.js';
import { Engine } from '../../src/qa/engine.js';

const { articles } = await loadKnowledgeOrFail(new URL('../fixtures/opposite-act', import.meta.url).pathname);
const engine = new Engine(articles);

describe('a passage saying the asked act’s opposite answers No', () => {
  it.each<[string, string]>([
    // refuse ↔ accept, take: WordNet's antonyms, and refusing is not doing.
    ['did the postman accept the prize?', 'has refused the prize'],
    ['did the postman take the prize?', 'has refused the prize'],
    ['did the vicar refuse the voucher?', 'The vicar accepted the voucher'],
    ['did the vicar decline the voucher?', 'The vicar accepted the voucher'],
    // "turned down": the verb and its particle, as WordNet lists them (turn_down, refuse's synonym).
    ['did sheila pyke accept the invitation?', 'turned down an invitation'],
  ])('"%s"', (question, passage) => {
    const answer = engine.ask(question);
    expect(answer.answered, `${question} → ${answer.passages[0]?.text ?? ''}`).toBe(true);
    expect(answer.passages[0]?.text).toContain(passage);
    expect(answer.polarity).toBe('no');
  });
});

describe('the opposite answers only the act it opposes, of the people it is said of', () => {
  it('asked either way, the same sentence answers: Yes to the act it says, No to its opposite', () => {
    expect(engine.ask('did the postman refuse the prize?').polarity).toBe('yes');
    expect(engine.ask('did the postman accept the prize?').polarity).toBe('no');
    expect(engine.ask('did the vicar accept the voucher?').polarity).toBe('yes');
    expect(engine.ask('did the vicar refuse the voucher?').polarity).toBe('no');
  });
  it('the postman’s refusal says No to him, and nothing of the vicar, whom its sentence does not name', () => {
    expect(engine.ask('did the postman accept the prize?').polarity).toBe('no');
    const vicar = engine.ask('did the vicar accept the prize?');
    expect(vicar.passages[0]?.text).not.toContain('has refused the prize');
    expect(vicar.polarity).not.toBe('no');
  });
});
