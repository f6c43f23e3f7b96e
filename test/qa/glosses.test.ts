/** Verbs a question says through their WordNet definition ("express gratitude" → "thanked"). */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { verbsDefinedAs, verbsUndergoing } from '../../src/qa/glosses.js';
import { parseQuestion } from '../../src/qa/question.js';

describe('verbsDefinedAs', () => {
  it('reads the verb two words define, with its forms, in either order', () => {
    expect(verbsDefinedAs('express', 'gratitude')).toContain('thanked');
    expect(verbsDefinedAs('expressed', 'gratitude')).toContain('thank');
    expect(verbsDefinedAs('gratitude', 'express')).toContain('thanks');
  });

  it('reads nothing for two words that define no verb', () => {
    expect(verbsDefinedAs('express', 'train')).toEqual([]);
    expect(verbsDefinedAs('cabinet', 'minister')).toEqual([]);
  });

  it("keeps to the verbs' commonest senses: 'give birth' is not the 'drop' of a story", () => {
    expect(verbsDefinedAs('give', 'birth')).not.toContain('dropped');
  });

  it('keeps to verbs English uses as verbs: "vote against" is not the adjective "negative"', () => {
    expect(verbsDefinedAs('vote', 'against')).toContain('vetoed');
    expect(verbsDefinedAs('vote', 'against')).not.toContain('negative');
  });
});

describe('the definition bridge in a question', () => {
  it('marks the two keywords with the verbs they define', () => {
    expect(parseQuestion('what did she express gratitude for').phrases).toContainEqual(
      expect.objectContaining({
        keywords: ['express', 'gratitude'],
        defines: expect.arrayContaining(['thanked']),
      }),
    );
  });

  const story = parseArticle(
    'visit.txt',
    [
      'Mayor visits flooded valley',
      '',
      'Mayor Ruth Okafor toured the flooded streets of Lowbridge on Tuesday with the county fire chief.',
      '',
      'Okafor thanked the volunteers for filling sandbags through the night.',
      '',
      'The river is expected to fall by the weekend.',
    ].join('\n'),
  );
  const engine = new Engine([story]);

  it('finds the sentence that says it in one verb', () => {
    const answer = engine.ask('who did the mayor express gratitude to');
    expect(answer.passages[0]?.text).toMatch(/thanked the volunteers/);
  });
});

describe("verbsUndergoing: a verb told from its object's side", () => {
  it('reads "fetch" ("be sold for a certain price") of "sell"', () => {
    expect(verbsUndergoing('sell')).toContain('fetch');
  });

  it('keeps to the kind of event the verb is: "service" ("be used by", a social verb) is no way of using', () => {
    expect(verbsUndergoing('use')).not.toContain('service');
    expect(verbsUndergoing('carry')).not.toContain('ride');
  });

  it('reads only a word English uses mostly as a verb: "performed" is not a story\'s "Premier"', () => {
    expect(verbsUndergoing('perform')).toEqual([]);
  });

  it('reads nothing of a verb no definition undergoes, nor the verb itself', () => {
    expect(verbsUndergoing('kill')).toEqual([]);
    expect(verbsUndergoing('sell')).not.toContain('sell');
  });
});
