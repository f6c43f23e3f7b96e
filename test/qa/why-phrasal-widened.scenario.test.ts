/**
 * "Why was the tram taken off?" of a story whose sentence saying so ("has been withdrawn") is not the one
 * shown: "off" is read only through "withdraw", the broader verb "take off" is filed under
 * (`phraseKinds`), so the shown passage, "Riders were taken on to the terminus by coach", which holds no
 * such word, leaves it unsaid, and the reply is no answer rather than that sentence. And the broader verb
 * is read only when its synset holds the phrase's own head: "pass away" is no way to say "end" or "stop".
 * On a story written for these tests (test/fixtures/seafront-tram).
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';
import { phraseKinds, phraseSynonyms } from '../../src/qa/wordnet.js';

const { engine } = await loadEngine(new URL('../fixtures/seafront-tram', import.meta.url).pathname);

describe('a phrasal verb read through a broader verb', () => {
  it('"why was the tram taken off?" gives no sentence that does not say it was withdrawn as the answer', () => {
    const answer = engine.ask('why was the tram taken off?');
    const shown = answer.passages[0]?.text ?? '';
    if (answer.answered) expect(shown).toMatch(/withdrawn/);
    else expect(shown).not.toMatch(/withdrawn/);
    expect(answer.answered && /^Riders were taken on/.test(shown)).toBe(false);
  });

  it("reads the broader verb only when it holds the phrase's own head verb", () => {
    expect(phraseKinds('take_off')).toContain('withdrawn');
    for (const [phrase, broader] of [
      ['pass_away', ['ended', 'stopped', 'ceased']],
      ['run_out', ['ended', 'stopped']],
      ['hold_up', ['display']],
    ] as const)
      for (const word of broader) expect(phraseSynonyms(phrase)).not.toContain(word);
  });
});
