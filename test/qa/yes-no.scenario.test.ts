/**
 * Yes/no questions as readers ask them ("did anyone die?", "has anyone been charged?", "any
 * fatalities"), about two short stories written for these tests (`test/fixtures/yes-no/`), each in its
 * own engine as the bot has for a channel about one story. A sentence that says the event happened or
 * denies it ("No one was killed", "Neither man has been charged") answers, with a plain yes or no only
 * where it plainly says so; a question the story does not address is still refused.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeOrFail } from '../../src/knowledge/load.js';
import { Engine } from '../../src/qa/engine.js';
import { formatAnswer } from '../../src/format/text.js';

const { articles } = await loadKnowledgeOrFail(new URL('../fixtures/yes-no', import.meta.url).pathname);
const engineOf = (file: string) => {
  const article = articles.find((a) => a.file.endsWith(file));
  if (article === undefined) throw new Error(`no fixture ${file}`);
  return new Engine([article]);
};
const engines = { storm: engineOf('storm-brenmoor.txt'), fire: engineOf('warehouse-fire.txt') };
type Story = keyof typeof engines;

describe('a sentence that says the asked event happened, or denies it, answers: yes or no', () => {
  it.each<[Story, string, string, 'yes' | 'no']>([
    // "No one was killed": "die", "deaths" and "fatalities" meet "killed" through WordNet (kill causes
    // die; death and die are one word's noun and verb; a fatality is a kind of death).
    ['storm', 'did anyone die?', 'No one was killed', 'no'],
    ['storm', 'did anyone die', 'No one was killed', 'no'],
    ['storm', 'were there any deaths?', 'No one was killed', 'no'],
    ['storm', 'any fatalities', 'No one was killed', 'no'],
    ['storm', 'has the b2140 reopened?', 'the B2140 has not reopened', 'no'],
    ['fire', 'has anyone been charged?', 'Neither man has been charged', 'no'],
    ['fire', 'did the warehouse have sprinklers?', 'the building had no sprinklers', 'no'],
    // "hurt" is told by "injured" (the noun hurt is an injury, whose verb is injure).
    ['storm', 'was anyone hurt?', 'A cyclist was injured', 'yes'],
    ['storm', 'did the schools open', 'primary schools opened as usual', 'yes'],
    ['fire', 'was anyone arrested?', 'were arrested on suspicion of arson', 'yes'],
    ['fire', 'was kingsway road closed?', 'Kingsway Road was closed for two days', 'yes'],
  ])('%s: "%s"', (story, question, passage, polarity) => {
    const answer = engines[story].ask(question);
    expect(answer.answered, `${question} → ${answer.passages[0]?.text ?? ''}`).toBe(true);
    expect(answer.passages[0]?.text).toContain(passage);
    expect(answer.polarity).toBe(polarity);
  });
});

describe('no plain yes or no where the sentence does not plainly say', () => {
  it('a denial of something narrower ("no other injuries") answers "any other injuries?", not "any injuries?"', () => {
    const other = engines.fire.ask('were there any other injuries?');
    expect(other.passages[0]?.text).toBe('There were no other injuries.');
    expect(other.polarity).toBe('no');
    const any = engines.fire.ask('were there any injuries?');
    expect(any.answered).toBe(true);
    expect(any.passages[0]?.text).toBe('There were no other injuries.');
    expect(any.polarity).toBeUndefined();
  });
});

describe('a yes/no question the story does not address: refused', () => {
  it('asked whether anyone was arrested, drowned or died, of stories that say nothing of it', () => {
    // The storm story's engineers "checked" the road: check and arrest share a sense ("hold back")
    // that neither word commonly has, which a yes/no question does not read.
    for (const [story, question] of [
      ['storm', 'was anyone arrested?'],
      ['storm', 'did anyone drown?'],
      ['fire', 'did anyone die?'],
    ] as const) {
      const answer = engines[story].ask(question);
      expect(answer.answered, `${question} → ${answer.passages[0]?.text ?? ''}`).toBe(false);
      expect(answer.polarity).toBeUndefined();
    }
  });
});

describe('the reply', () => {
  it('says "No" above the passage that denies it, with its source', () => {
    const text = formatAnswer(engines.storm.ask('did anyone die?'));
    expect(text.split('\n').slice(0, 2)).toEqual([
      'No',
      "No one was killed, the county's fire and rescue service said.",
    ]);
  });
});
