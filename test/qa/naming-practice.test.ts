/**
 * The warm-up's practice question naming someone a story's pronoun opening stands for (`namingPractice`)
 * must take retrieval's path for those sentences, or V8 compiles `retrieve` without it and throws the
 * code away during a reader's first asks (docs/measured.md, session 31). On a large folder a name whose
 * words all stand in many stories reads no story's openings (`REFERENT_ARTICLES`): the practice names
 * the first person whose name a question is credited with.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import type { Sentence } from '../../src/knowledge/types.js';
import { Engine } from '../../src/qa/engine.js';
import { namesFewStories, REFERENT_ARTICLES, referentCredit } from '../../src/qa/referents.js';
import { namingPractice, readReferents } from '../../src/qa/warm-up.js';

/** Stories about a councillor named in more of them than a question's name reads, the first opening with "He". */
const councillorStories = Array.from({ length: REFERENT_ARTICLES + 1 }, (_, i) =>
  parseArticle(
    `council-${i}.txt`,
    [
      `Council vote number ${i + 1}`,
      `Councillor Tom Hart, 52, proposed plan ${i + 1} for the town centre on Tuesday.`,
      i === 0
        ? 'He said the market square needed new benches and brighter lamps.'
        : 'The meeting ended after two hours of debate.',
    ].join('\n\n'),
  ),
);

/** A story whose person is named in it alone. */
const bakery = parseArticle(
  'bakery.txt',
  [
    'Bakery opens on the high street',
    'Amara Lindqvist, 41, opened her bakery in Otley on Friday.',
    'She trained as a pastry chef in Malmo before moving to Yorkshire.',
  ].join('\n\n'),
);

const folder = async () => {
  const engine = new Engine([...councillorStories, bakery]);
  const entitiesOf = (s: Sentence) => engine.index.entitiesOf(s);
  await readReferents(engine.index.articles, entitiesOf);
  return { engine, entitiesOf };
};

/** Is any sentence credited with the person the question names? */
const credited = (engine: Engine, question: string) =>
  (referentCredit(engine.index, engine.assess(question).searched?.groups ?? [], -1)?.size ?? 0) > 0;

describe('the practice question naming someone a pronoun opening stands for, on a folder', () => {
  it('a name with a word in few stories is credited; one whose words stand in many is not', async () => {
    const { engine } = await folder();
    expect(namesFewStories(engine.index, 'Amara Lindqvist')).toBe(true);
    expect(namesFewStories(engine.index, 'Tom Hart')).toBe(false);
    // As retrieval reads them: the question naming the councillor is credited with no opening.
    expect(credited(engine, 'what did Tom Hart do?')).toBe(false);
  });

  it('names the first person whose name a question is credited with, and takes that path', async () => {
    const { engine, entitiesOf } = await folder();
    const question = namingPractice(engine.index.articles, entitiesOf, (name) =>
      namesFewStories(engine.index, name),
    );
    expect(question).toBe('what did Amara Lindqvist do?');
    expect(credited(engine, question ?? '')).toBe(true);
  });

  it('none when no person read is credited', async () => {
    const engine = new Engine(councillorStories);
    const entitiesOf = (s: Sentence) => engine.index.entitiesOf(s);
    await readReferents(engine.index.articles, entitiesOf);
    expect(namingPractice(engine.index.articles, entitiesOf)).toBe('what did Tom Hart do?');
    expect(
      namingPractice(engine.index.articles, entitiesOf, (name) => namesFewStories(engine.index, name)),
    ).toBeUndefined();
  });

  it('the answers are the same with the practice as without', async () => {
    const questions = ['what did Amara Lindqvist do?', 'where did she train?', 'who proposed plan 1?'];
    const fresh = new Engine([...councillorStories, bakery]);
    const before = questions.map((q) => fresh.ask(q));
    const { engine, entitiesOf } = await folder();
    const practice = namingPractice(engine.index.articles, entitiesOf, (name) =>
      namesFewStories(engine.index, name),
    );
    for (let i = 0; i < 3; i++) engine.ask(practice ?? '');
    expect(questions.map((q) => engine.ask(q))).toEqual(before);
  });
});
