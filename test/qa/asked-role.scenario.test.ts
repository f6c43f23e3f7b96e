/**
 * The short answer is the asked role of the asked verb in the passage, not the nearest name or noun
 * (test/fixtures/asked-role, a story written for these tests): "what was discovered …?" asks the
 * object, not who discovered; "X's daughter, Y" names Y; a name inside the asked thing ("a painting of
 * Arthur") did not give it; "what has he offered to do?" asks the act after "offered to". Main at
 * e1f7fae answered "boathouse roof", "Arthur", "Arthur", "station's old sign" and nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/asked-role', import.meta.url).pathname);
const short = (question: string) => engine.ask(question).answer?.text;

describe('the asked role of the asked verb', () => {
  it('"what was discovered …?" asks what was, not who discovered it (`passiveAsked`)', () => {
    expect(short('what was discovered behind the rafters?')).toBe('lantern');
    expect(short('what was discovered?')).toBe('lantern');
    // An object opened by an adjective ("a rusted lantern") is the verb's object in the active too.
    expect(short('what did volunteers discover?')).toBe('lantern');
  });

  it('"X\'s daughter, Y" names Y: the possessor only says whose she is', () => {
    expect(short('who rang the bell first?')).toBe('Margaret Penrose');
    // A question asking the possessor still gets the possessor.
    expect(short('whose daughter rang the bell first?')).toBe('Arthur');
  });

  it('a name inside the asked thing ("a painting of Arthur") is what was given, not the giver', () => {
    expect(short('who gave the crew a painting?')).toBe('James Trelawny');
    expect(short('who presented the crew with a painting?')).toBe('James Trelawny');
  });

  it('"what has he offered to do?" is the act after "offered to"; "instead of" the other act', () => {
    expect(short('what has he offered to do instead of the fee?')).toBe("repaint the station's old sign");
    expect(short('what do the crew plan to do?')).toBe(
      'hang the bell in the boathouse and sound it before every launch',
    );
  });
});
