/**
 * Stories of one's own that name someone and go on about them as "He" or "She", asked about by name as
 * readers do (`referents.ts`); and an age written after a name ("Leo Marsh, 11,"), asked "how old"
 * (`apposition.ts`).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const chef = parseArticle(
  'chef.txt',
  [
    'Chef opens West African restaurant in Leeds',
    'Kwame Osei, 34, opened his first restaurant on Briggate on Saturday.',
    'The 40-seat restaurant serves dishes from Ghana and Nigeria.',
    'He was born in Kumasi and came to Britain at the age of 19 to study engineering.',
    'Local councillor Helen Price said the opening was good news for the street.',
    'She said three other shops had opened on Briggate this year.',
  ].join('\n\n'),
);

const school = parseArticle(
  'school.txt',
  [
    'Hillside pupils raise £3,200 for new library',
    'Pupils at Hillside Primary School have raised £3,200 towards a new library.',
    'Leo Marsh, 11, organised a bake sale that made £450 in one afternoon.',
    'He wants the library to have more books about space.',
    'Headteacher Ngozi Okafor said the school was proud of the children.',
  ].join('\n\n'),
);

describe('a sentence opening with "He" is about the person named before it', () => {
  const engine = new Engine([chef]);
  const off = new Engine([chef], { weights: { ...DEFAULT_WEIGHTS, REFERENT: 0 } });

  it('where was osei born? → Kumasi, from "He was born in Kumasi…" a paragraph after his name', () => {
    const answer = engine.ask('where was osei born?');
    expect(answer.passages[0]?.text).toMatch(/^He was born in Kumasi/);
    expect(answer.answer?.text).toBe('Kumasi');
    expect(answer.answered).toBe(true);
  });

  it('how old was osei when he came to britain → 19', () => {
    expect(engine.ask('how old was osei when he came to britain').answer?.text).toBe('19');
  });

  it('without the credit, the sentence that names him is taken instead', () => {
    expect(off.ask('where was osei born?').passages[0]?.text).toMatch(/^Kwame Osei, 34/);
  });

  it('"She" after the councillor is hers, not his: "what did osei say" does not get her words', () => {
    const answer = engine.ask('what did osei say');
    expect(answer.passages[0]?.text ?? '').not.toMatch(/^She said/);
  });

  it('asked among several stories, the "He" sentence is still found by his name', () => {
    const both = new Engine([school, chef]);
    expect(both.ask('where was osei born?').answer?.text).toBe('Kumasi');
    expect(both.ask('what books does leo marsh want').passages[0]?.text).toMatch(/^He wants the library/);
  });
});

describe('a "He" that could be either of two people is read as neither', () => {
  const final = parseArticle(
    'final.txt',
    [
      'Novak wins the final',
      'Peter Novak beat Jan Kral in a five-set final on Sunday.',
      'He is 31 and lives in Brno.',
      'Kral will play again in May.',
    ].join('\n\n'),
  );

  it('how old is novak? is not answered from "He is 31"', () => {
    const answer = new Engine([final]).ask('how old is novak?');
    expect(answer.passages[0]?.text ?? '').not.toMatch(/^He is 31/);
  });
});

describe('an age after a name', () => {
  const engine = new Engine([school]);

  it('how old is leo marsh? → 11 (from "Leo Marsh, 11, organised…")', () => {
    const answer = engine.ask('how old is leo marsh?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('11');
  });

  it('what books does leo marsh want → space, from the sentence after his age that calls him "He"', () => {
    const answer = engine.ask('what books does leo marsh want');
    expect(answer.passages[0]?.text).toMatch(/^He wants the library to have more books about space/);
    expect(answer.answer?.text).toBe('space');
  });

  it('in the console, of the school story (test/fixtures/school): "how old is leo marsh?" → 11', async () => {
    const { engine: bakeSale } = await loadEngine(new URL('../fixtures/school', import.meta.url).pathname);
    const lines = (reply(bakeSale, 'how old is leo marsh?', false, {} as Conversation) ?? '').split('\n');
    expect(lines[0]).toBe('11');
    expect(lines[1]).toMatch(/^Leo Marsh, 11, had the idea/);
  });
});
