/**
 * A quote printed over several paragraphs: each goes on with the speaker named before the first one
 * ('Rob Dwight said: "…' then '"If my bill…'), so a question naming the speaker finds what they said
 * in any of them.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { continuesQuote, leavesQuoteOpen } from '../../src/qa/quotation.js';

describe('leavesQuoteOpen', () => {
  it('a quote opened and not closed', () => {
    expect(leavesQuoteOpen('Rob Dwight said: "Phone companies should act sooner.')).toBe(true);
    expect(leavesQuoteOpen('She said: “We will fight on.')).toBe(true);
  });

  it('no quote, or one closed', () => {
    expect(leavesQuoteOpen('Phone companies should act sooner, he said.')).toBe(false);
    expect(leavesQuoteOpen('He said "act sooner" and left.')).toBe(false);
    expect(leavesQuoteOpen('She said: “We will fight on.”')).toBe(false);
  });
});

describe('continuesQuote', () => {
  const opened = 'Rob Dwight said: "Phone companies should act sooner.';

  it('a sentence opening with a quotation mark after one that left a quote open', () => {
    expect(continuesQuote('"If my bill goes over £50 I want to know."', opened)).toBe(true);
    expect(continuesQuote('“If my bill goes over £50 I want to know.”', 'He said: “Act sooner.')).toBe(true);
  });

  it('not after a closed quote, not without an opening mark, not first', () => {
    expect(continuesQuote('"If my bill goes over £50 I want to know."', 'He said "act" and left.')).toBe(
      false,
    );
    expect(continuesQuote('If my bill goes over £50 I want to know.', opened)).toBe(false);
    expect(continuesQuote('"If my bill goes over £50 I want to know."', undefined)).toBe(false);
  });
});

describe('a question naming the speaker of a quote printed over paragraphs, as readers ask it', () => {
  const story = parseArticle(
    'dialling.txt',
    [
      'Phone firms told to act on rogue diallers',
      '',
      'Phone companies are not doing enough to warn customers about rogue dialling scams, according to the regulator.',
      '',
      'Regulator spokesman Rob Dwight said: "Phone companies should get in touch with their customers sooner.',
      '',
      '"If my bill goes over the usual £50 a month I want to know about it straight away."',
      '',
      'Victims often fail to notice until they receive an unusually high bill.',
    ].join('\n'),
  );
  const engine = new Engine([story]);

  it("what's rob dwight's usual phone bill? → the paragraph that goes on with his quote", () => {
    const answer = engine.ask("what's rob dwight's usual phone bill?");
    expect(answer.passages[0]?.text).toContain('the usual £50 a month');
  });

  it('who is the regulator spokesman? → still the sentence naming him', () => {
    expect(engine.ask('who is the regulator spokesman?').passages[0]?.text).toContain('Rob Dwight said');
  });
});
