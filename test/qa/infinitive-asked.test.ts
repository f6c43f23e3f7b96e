/** `infinitiveAsked`: the act a "… W to do" question asks, read after the passage's "W to". */
import { describe, expect, it } from 'vitest';
import { infinitiveAsked } from '../../src/qa/infinitive-asked.js';
import { tokenize } from '../../src/qa/text.js';

const sentence = (text: string) => ({ text, tokens: tokenize(text), tags: [] });

describe('infinitiveAsked', () => {
  it("reads the infinitive after the question's word, to the clause's end", () => {
    const s = sentence('The council has failed to publish its report, campaigners said.');
    expect(infinitiveAsked('what has the council failed to do?', s)?.text).toBe('publish its report');
  });

  it('of acts joined by "and", the one not said of what the question puts after "instead of"', () => {
    const s = sentence('She offered to cancel the concert and give a talk instead.');
    expect(infinitiveAsked('what did she offer to do instead of the concert?', s)?.text).toBe('give a talk');
  });

  it('is null when the passage says no such infinitive, undefined for another question', () => {
    const s = sentence('The council met on Monday.');
    expect(infinitiveAsked('what has the council failed to do?', s)).toBeNull();
    expect(infinitiveAsked('when did the council meet?', s)).toBeUndefined();
  });
});
