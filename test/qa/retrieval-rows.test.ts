/**
 * Retrieval's reused score rows (one per sentence, a slot per question word group) are made for
 * several groups at the first question, so that a reader's question longer than the warm-up's does not
 * make the whole buffer again on a large folder. A buffer made larger than a question needs, or kept
 * from a longer question, must give the same candidates as a fresh one. Own stories.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { expand } from '../../src/qa/expansion.js';
import { parseQuestion } from '../../src/qa/question.js';
import { retrieve } from '../../src/qa/retrieval.js';
import { Scratch } from '../../src/qa/scratch.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const BRIDGE = parseArticle(
  'bridge.txt',
  [
    'New footbridge opens over the Tay',
    '',
    'A footbridge linking Perth to the North Inch park opened on Saturday after two years of work.',
    '',
    'The bridge cost £4.2m and was paid for by the council and a lottery grant.',
    '',
    'Engineer Morag Dunn, 41, said the steel deck had been lifted into place by a floating crane.',
    '',
    'She said walkers and cyclists would share the path, which is lit at night.',
    '',
  ].join('\n'),
);

const MARKET = parseArticle(
  'market.txt',
  [
    'Farmers market moves indoors',
    '',
    'The monthly farmers market in Crieff will move into the town hall from March.',
    '',
    'Stallholders had asked for shelter after three markets were cancelled because of storms.',
    '',
    'Organiser Ewan Reid said twenty stalls would fit in the main hall.',
    '',
  ].join('\n'),
);

const index = new SearchIndex([BRIDGE, MARKET]);

function groupsOf(question: string) {
  const parsed = parseQuestion(question);
  return expand(
    index,
    parsed.keywords.map((k) => k.word),
    DEFAULT_WEIGHTS,
    parsed.names,
  ).groups;
}

const SHORT = 'who opened the bridge?';
// More word groups than the rows are first made for.
const LONG =
  'did the council and a lottery grant pay for the steel deck of the footbridge in Perth that the floating crane lifted over the Tay?';

describe("retrieval's reused score rows", () => {
  it('are made for several word groups at the first question, not for its own few', () => {
    const scratch = new Scratch();
    const groups = groupsOf(SHORT);
    expect(groups.length).toBeLessThan(4);
    retrieve(index, scratch, groups, -1, DEFAULT_WEIGHTS);
    // The buffer asked for again at size 0 is the one retrieval made.
    expect(scratch.floats('scores', 0).length).toBe(index.docs.length * 8);
  });

  it('give the same candidates on a reused buffer as on a fresh one, a longer question asked before or after', () => {
    expect(groupsOf(LONG).length).toBeGreaterThan(8);
    const questions = [
      SHORT,
      LONG,
      'when will the market move?',
      LONG,
      SHORT,
      'how much did the bridge cost?',
    ];
    const shared = new Scratch();
    for (const question of questions) {
      const groups = groupsOf(question);
      const reused = retrieve(index, shared, groups, -1, DEFAULT_WEIGHTS);
      const fresh = retrieve(index, new Scratch(), groups, -1, DEFAULT_WEIGHTS);
      expect(reused).toEqual(fresh);
      expect(fresh.length).toBeGreaterThan(0);
    }
  });

  it("give an engine's replies as a fresh engine's, whatever was asked before", () => {
    const reply = (engine: Engine, question: string) => {
      const answer = engine.ask(question);
      return { text: answer.answer?.text, passages: answer.passages.map((p) => p.text) };
    };
    const asked = new Engine([BRIDGE, MARKET]);
    for (const question of [LONG, SHORT, 'why will the market move indoors?', LONG])
      expect(reply(asked, question)).toEqual(reply(new Engine([BRIDGE, MARKET]), question));
  });
});
