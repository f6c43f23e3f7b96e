/**
 * Yes/no questions comparing two things a story gives a number for, as readers ask them after reading
 * it ("is the butcher older than the greengrocer", "did the raffle make more than the car boot sale?"),
 * of two short stories written for these tests (`test/fixtures/comparisons/`), each in its own engine.
 * Both numbers settle the question: a yes or no, the two sentences shown first. A side with no number,
 * two numbers of different kinds, or a range that overlaps the other number gives no yes or no.
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
const engines = { flood: engineOf('flooded-high-street.txt'), auction: engineOf('village-auction.txt') };
type Story = keyof typeof engines;

describe('a comparison both sides of which the story gives a number: yes or no, both numbers', () => {
  it.each<[Story, string, 'yes' | 'no', string, string]>([
    // Ages in apposition, the people asked by their role ("butcher Colin Ashdown, 71,").
    ['flood', 'is the butcher older than the greengrocer', 'yes', '71', '44'],
    ['flood', 'is the greengrocer older than the butcher', 'no', '44', '71'],
    // Named in full once, asked by surname; "younger" asks the other way.
    ['flood', 'is ashdown older than nandra', 'yes', '71', '44'],
    ['flood', 'is colin ashdown younger than priya nandra?', 'no', '71', '44'],
    // "aged 83" and "a 19-year-old student".
    ['auction', 'is gwen older than ollie', 'yes', '83', '19'],
    ['auction', 'is the student older than the teacher', 'no', '19', '83'],
    // Two sums of one sentence, each the one said of its thing.
    ['flood', 'did the raffle make more than the car boot sale?', 'yes', '£3,100', '£900'],
    ['flood', 'did the car boot sale raise more than the raffle', 'no', '£900', '£3,100'],
    // A sum against a range it is above; "it" is what was sold.
    ['auction', 'did it sell for more than the estimate', 'yes', '£14,500', '£2,000 to £3,000'],
    ['auction', 'did the train sell for more than the estimate?', 'yes', '£14,500', '£2,000 to £3,000'],
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

  it('the reply says the yes or no and both numbers in words', () => {
    expect(formatAnswer(engines.flood.ask('is the butcher older than the greengrocer'))).toMatch(
      /^Yes: Colin Ashdown is 71, Priya Nandra 44\n/u,
    );
    expect(formatAnswer(engines.flood.ask('did the car boot sale raise more than the raffle'))).toMatch(
      /^No: £900 against £3,100\n/u,
    );
    // The console chat says it so too.
    expect(reply(engines.auction, 'is the student older than the teacher', false)).toMatch(
      /^No: Ollie Marwood is 19, Gwen Marwood 83\n/u,
    );
  });
});

describe('no yes or no when the story does not settle the comparison', () => {
  // Each beside a comparison of the same story that is settled, so that the pair tells the two apart.
  it.each<[Story, string, string]>([
    // A range that holds the other number: "£1,100, against an estimate of £900 to £1,400".
    [
      'auction',
      'did the train sell for more than the estimate?',
      'did the steam engine sell for more than its estimate',
    ],
    // An age against a sum: not the same kind.
    [
      'flood',
      'did the raffle make more than the car boot sale?',
      'did the raffle make more than the butcher',
    ],
    // A side the story gives no number.
    ['flood', 'is the butcher older than the greengrocer', 'is the butcher older than the council'],
  ])('%s: "%s" settled, "%s" not', (story, settled, unsettled) => {
    expect(engines[story].ask(settled).comparison).toBeDefined();
    const answer = engines[story].ask(unsettled);
    expect(answer.comparison).toBeUndefined();
    expect(answer.polarity).toBeUndefined();
  });

  it('"how many" is answered with its number, a comparison with both', () => {
    const answer = engines.flood.ask('how many sandbags were handed out');
    expect(answer.comparison).toBeUndefined();
    expect(answer.answer?.text).toBe('1,200');
    expect(
      engines.flood.ask('did the car boot sale raise more than the raffle').comparison?.sides,
    ).toHaveLength(2);
  });
});
