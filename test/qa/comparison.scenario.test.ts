/**
 * Yes/no questions comparing two people's ages, as readers ask them after reading a story ("is the
 * butcher older than the greengrocer"), of short stories written for these tests
 * (`test/fixtures/comparisons/`), each in its own engine. Both ages settle the question: a yes or no,
 * the two sentences shown first. A side with no age or two people, a negated question, a question the
 * calibrator refuses, and sums and counts ("did the raffle make more than the car boot sale?") give no
 * yes or no from the ages.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrFail } from '../../src/knowledge/load.js';
import { Engine } from '../../src/qa/engine.js';
import { formatAnswer } from '../../src/format/text.js';
import { reply } from '../../src/console/chat.js';

const { articles } = await loadKnowledgeOrFail(new URL('../fixtures/comparisons', import.meta.url).pathname);
const engineOf = (file: string) => {
  const article = articles.find((a) => a.file.endsWith(file));
  if (article === undefined) throw new Error(`no fixture ${file}`);
  return new Engine([article]);
};
const engines = {
  flood: engineOf('flooded-high-street.txt'),
  auction: engineOf('village-auction.txt'),
  show: engineOf('allotment-show.txt'),
};
type Story = keyof typeof engines;

describe('a comparison of two people the story gives an age: yes or no, both ages', () => {
  it.each<[Story, string, 'yes' | 'no', string, string]>([
    // Ages in apposition, asked by full name; "younger" asks the other way.
    ['flood', 'is colin ashdown younger than priya nandra?', 'no', '71', '44'],
    ['show', 'is Ruth Fielding older than Ken Fielding?', 'yes', '67', '52'],
    // "aged 74", and a person asked by their role ("Steward Nadia Okafor, a 29-year-old nurse").
    ['show', 'is Ken Fielding younger than Alan Gardener?', 'yes', '52', '74'],
    ['show', 'is the steward younger than Ruth Fielding', 'yes', '29', '67'],
    // "the gardener" is gardener Ruth Fielding, not the judge whose surname is Gardener.
    ['show', 'is the gardener older than the judge?', 'no', '67', '74'],
    // A capital says a name: Gardener the judge.
    ['show', 'is Ken Fielding older than Gardener?', 'no', '52', '74'],
    // A typo is read as the story's word before the sides are looked for.
    ['flood', 'is colin ashdwon younger than priya nandra?', 'no', '71', '44'],
  ])('%s: "%s"', (story, question, polarity, left, right) => {
    const answer = engines[story].ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.polarity).toBe(polarity);
    expect(answer.answer).toBeNull();
    const sides = answer.comparison?.sides ?? [];
    expect(sides.map((s) => s.value)).toEqual([left, right]);
    // Each side's passage is shown, first, with its number marked as the answer.
    for (const side of sides) {
      const passage = answer.passages[side.passage];
      expect(side.passage).toBeLessThan(2);
      expect(passage?.text).toContain(side.value);
      const marked = passage?.highlights.filter((h) => h.kind === 'answer') ?? [];
      expect(marked.map((h) => passage?.text.slice(h.start, h.end))).toContain(side.value);
    }
  });

  it('the reply says the yes or no and both ages in words', () => {
    expect(formatAnswer(engines.flood.ask('is colin ashdown younger than priya nandra?'))).toMatch(
      /^No: Colin Ashdown is 71, Priya Nandra 44\n/u,
    );
    // The role word opening a sentence ("Steward Nadia Okafor, a 29-year-old nurse") is not part of the name.
    expect(formatAnswer(engines.show.ask('is the steward older than Ken Fielding'))).toMatch(
      /^No: Nadia Okafor is 29, Ken Fielding 52\n/u,
    );
    // The console chat says it so too.
    expect(reply(engines.show, 'is the steward younger than Ruth Fielding', false)).toMatch(
      /^Yes: Nadia Okafor is 29, Ruth Fielding 67\n/u,
    );
  });
});

describe('no yes or no when the story does not settle the comparison', () => {
  // Each beside a comparison of the same story that is settled, so that the pair tells the two apart.
  it.each<[Story, string, string]>([
    // A side the story gives no age.
    ['show', 'is Ruth Fielding older than Ken Fielding?', 'is Ken Fielding older than the council?'],
    // Two people of the surname asked, Ruth and Ken Fielding (which one is not said; the calibrator
    // refuses it too: test/qa/comparison.test.ts reads the two apart).
    ['show', 'is Ruth Fielding younger than the judge?', 'is Fielding younger than the judge?'],
    // A negated question: the ages' yes would be its no.
    ['show', 'is Ruth Fielding older than the steward?', 'is Ruth Fielding no older than the steward?'],
    // Sums are not compared: which number is said of which thing needs more than nearness.
    [
      'flood',
      'is colin ashdown younger than priya nandra?',
      'did the raffle make more than the car boot sale?',
    ],
  ])('%s: "%s" settled, "%s" not', (story, settled, unsettled) => {
    expect(engines[story].ask(settled).comparison).toBeDefined();
    const answer = engines[story].ask(unsettled);
    expect(answer.comparison).toBeUndefined();
    if (answer.answered) expect(answer.passages[0]?.score).toBe(answer.confidence);
  });

  it('"how many" is answered with its number, a comparison with both', () => {
    const answer = engines.flood.ask('how many sandbags were handed out');
    expect(answer.comparison).toBeUndefined();
    expect(answer.answer?.text).toBe('1,200');
    expect(engines.flood.ask('is colin ashdown younger than priya nandra?').comparison?.sides).toHaveLength(
      2,
    );
  });

  it('sums and counts are not compared, whatever the passages say', () => {
    for (const [story, question] of [
      ['flood', 'did the car boot sale raise more than the raffle'],
      ['auction', 'did it sell for more than the estimate'],
    ] as const)
      expect(engines[story].ask(question).comparison).toBeUndefined();
  });
});

describe("a comparison's confidence and scores", () => {
  it('a question the calibrator refuses stays refused, though the story gives both ages', () => {
    // The steward, Nadia Okafor 29, and the gardener, Ruth Fielding 67: settled when asked so.
    expect(engines.show.ask('is the steward younger than Ruth Fielding').comparison).toBeDefined();
    const answer = engines.show.ask('is the steward younger than the gardener');
    expect(answer.answered).toBe(false);
    expect(answer.comparison).toBeUndefined();
    expect(answer.polarity).toBeUndefined();
  });

  it("each passage keeps its own score; the confidence is the calibrator's", () => {
    // Ken Fielding's sentence is the best passage; Ruth Fielding's comes first, as the first side.
    const answer = engines.show.ask('is Ruth Fielding older than Ken Fielding?');
    expect(answer.comparison?.sides.map((s) => s.label)).toEqual(['Ruth Fielding', 'Ken Fielding']);
    const [ruth, ken] = answer.passages;
    expect(ruth?.text).toContain('Ruth Fielding, 67');
    expect(ken?.text).toContain('Ken Fielding, 52');
    // The best passage's score is the confidence; the first side's is its own, below it.
    expect(ken?.score).toBe(answer.confidence);
    expect(ruth?.score).toBeLessThan(answer.confidence);
  });
});
