/**
 * Scenarios: "how long…" is said by a length of time, as "how far" is by a distance: a passage giving
 * one ("three days after the rescue") does not count the question's "long" as a word the story lacks;
 * one that gives none still does. Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { durationSaid } from '../../src/qa/measure.js';

const BOAT = parseArticle(
  'boat.txt',
  [
    'Lifeboat crew honoured for storm rescue',
    '',
    'The crew of the Kessling lifeboat rescued nine fishermen from a trawler in January.',
    '',
    "The fishermen's families flew to Orkney three days after the rescue to thank the crew.",
    '',
    'The families said the crew had been wonderful.',
    '',
    'The crew will receive medals from the charity in London next month, and the families will fly there too.',
    '',
  ].join('\n'),
);
const boat = new Engine([BOAT]);

describe('"how long" said by a length of time', () => {
  it('"how long did the families hang on before travelling to orkney?" is answered "three days"', () => {
    const answer = boat.ask('how long did the families hang on before travelling to orkney?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/^The fishermen's families flew to Orkney three days/);
    expect(answer.answer?.text).toBe('three days');
  });

  it('a passage with no length of time still lacks "long": "how long was the trawler at sea?" is refused', () => {
    expect(boat.ask('how long was the trawler at sea?').answered).toBe(false);
  });

  it('reads a number whose unit is a unit of time, for a question that asks how long', () => {
    expect(durationSaid('how long did they wait?', 'They flew out six weeks after reports.')).toBe(true);
    expect(durationSaid('how long did they wait?', 'The bridge is 400 metres long.')).toBe(false);
    expect(durationSaid('how far is it?', 'They flew out six weeks after reports.')).toBe(false);
  });
});
