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
    const t = sentence('The club has offered to lower the fees and to open on Sundays, the chairman said.');
    expect(infinitiveAsked('what has the club offered to do instead of opening on Sundays?', t)?.text).toBe(
      'lower the fees',
    );
  });

  it('runs past a comma to further acts and list items, not to another clause', () => {
    const s = sentence('The club plans to paint the hut, to mend the fence and to sell old kit.');
    expect(infinitiveAsked('what does the club plan to do?', s)?.text).toBe(
      'paint the hut, to mend the fence and to sell old kit',
    );
    const t = sentence('The club plans to sell shirts, caps, scarves and mugs at the match on Saturday.');
    expect(infinitiveAsked('what does the club plan to do?', t)?.text).toBe(
      'sell shirts, caps, scarves and mugs at the match on Saturday',
    );
    const u = sentence('The club plans to sell the hut next year, its treasurer said on Monday.');
    expect(infinitiveAsked('what does the club plan to do?', u)?.text).toBe('sell the hut next year');
  });

  it('matches the verb in any form ("have to" of "had to")', () => {
    const s = sentence('The vicar had to cancel the service.');
    expect(infinitiveAsked('what did the vicar have to do?', s)?.text).toBe('cancel the service');
  });

  it('is undefined when the passage says no such infinitive, the word is no verb, or another question', () => {
    const s = sentence('The council met on Monday.');
    expect(infinitiveAsked('what has the council failed to do?', s)).toBeUndefined();
    expect(infinitiveAsked('when did the council meet?', s)).toBeUndefined();
    const t = sentence('Visitors will be able to ride a railway there to do with steam.');
    expect(infinitiveAsked('what is there to do at the fair?', t)).toBeUndefined();
  });
});
