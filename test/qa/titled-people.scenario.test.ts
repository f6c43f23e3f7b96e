/**
 * Readers ask about a person by the title the story introduced them with ("the port chief"), while the
 * sentence that answers names them by surname only ("Okonkwo thanked Norway for…"), and a question
 * ending on "for" asks for what follows "for" there, not for a name of the sentence. A story written
 * for these tests (test/fixtures/titled-people) and the seed article, asked as users type.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { seedKnowledge } from '../support/seed.js';

const { engine: port } = await loadEngine(new URL('../fixtures/titled-people', import.meta.url).pathname);
const { engine: seed } = await loadEngine(seedKnowledge());

describe('a person asked about by title, answered by a sentence that names them by surname', () => {
  it.each([
    'what did the port chief express gratitude for',
    'What did the Port Authority chief thank Norway for?',
    'what did the chief thank norway for',
  ])('"%s" → the thanks, with what they were for', (question) => {
    const answer = port.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^After the ceremony, Okonkwo thanked Norway/);
    expect(answer.answer?.text).toBe('funding the new harbour wall');
  });

  it('the seed: "What did the Iraqi minister express gratitude for?" → Obaidi\'s thanks, not the signing', () => {
    const answer = seed.ask('What did the Iraqi minister express gratitude for?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/Obaidi thanked Russia for supporting Iraq/);
    expect(answer.answer?.text).toMatch(/^supporting Iraq “in all fields, especially military cooperation/);
  });

  it.each(['what did the minister thank russia for?', 'what did obaidi thank russia for'])(
    '"%s" → what Russia was thanked for, not a country',
    (question) => {
      expect(seed.ask(question).answer?.text).toMatch(/^supporting Iraq/);
    },
  );

  it('"what is the group notorious for?" → what it commits, from after "for"', () => {
    expect(seed.ask('what is the group notorious for?').answer?.text).toBe(
      'committing multiple ongoing human rights atrocities',
    );
  });
});

describe('a question asking for the titled person gets the name, not a sentence about them', () => {
  it('"who is the port authority chief?" → her name', () => {
    expect(port.ask('who is the port authority chief?').answer?.text).toBe('Maria Okonkwo');
  });

  it('"What Norwegian envoy signed the contract?" → the sentence that titles him', () => {
    const answer = port.ask('What Norwegian envoy signed the contract?');
    expect(answer.passages[0]?.text).toMatch(
      /^Port Authority Chief Maria Okonkwo and Norwegian shipping envoy Lars Berg/,
    );
    expect(answer.answer?.text).toMatch(/Lars Berg$/);
  });
});
