/** The answer in the sentence after the one that names the topic. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const story = parseArticle(
  'chess.txt',
  [
    'Village chess club celebrates its history',
    '',
    'A retired teacher brought chess to the village of Harrow Green and started its first club. ' +
      'The opening tournament was played on 3 March 1921 in the church hall.',
    '',
    'Members of the club say the blog Harrow Green Moves tells its story best. ' +
      'Susan Blake, who runs the website, has collected letters from early players.',
    '',
    'The club now meets every Tuesday in the library.',
  ].join('\n'),
);
const engine = new Engine([story]);
const without = new Engine([story], { weights: { ...DEFAULT_WEIGHTS, NEXT_SENTENCE: 0 } });

/** The first two passages: the answer and the passage that proves what it is about, as the reply shows them. */
const firstTwo = (e: Engine, question: string) =>
  e
    .ask(question)
    .passages.slice(0, 2)
    .map((p) => p.text)
    .join(' ');

describe('a typed question whose topic sentence lacks the asked type', () => {
  it('when did the first club start → the next sentence, with the date, is shown beside it', () => {
    expect(firstTwo(engine, 'when did the first club start')).toContain('3 March 1921');
    expect(firstTwo(without, 'when did the first club start')).not.toContain('3 March 1921');
  });

  it("who's behind the Harrow Green Moves blog? → the next sentence names Susan Blake", () => {
    expect(firstTwo(engine, "who's behind the Harrow Green Moves blog?")).toContain('Susan Blake');
    expect(firstTwo(without, "who's behind the Harrow Green Moves blog?")).not.toContain('Susan Blake');
  });

  it('leaves alone a topic sentence that holds the asked type itself', () => {
    expect(engine.ask('when does the club meet now?').passages[0]?.text).toContain('every Tuesday');
  });
});
