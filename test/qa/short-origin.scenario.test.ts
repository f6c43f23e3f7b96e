/**
 * "Where is X from?" asks where a person comes from, not where the story's event happened: the title the
 * story gives them says it ("Kenyan Transport Minister Mary Otieno" → Kenya), and the place of the
 * signing in the same sentence ("… signed a canal treaty in Lisbon") is no answer to it. On a story
 * written for these tests (test/fixtures/origin) and on the seed article.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { seedKnowledge } from '../support/seed.js';

const { engine: story } = await loadEngine(new URL('../fixtures/origin', import.meta.url).pathname);
const { engine: seed } = await loadEngine(seedKnowledge());

describe('where a person is from', () => {
  it.each([
    ['where is otieno from?', 'Kenya'],
    ['what country is ferreira from', 'Portugal'],
    ['where does paulo ferreira come from?', 'Portugal'],
    ['where is the minister from?', 'Kenya'],
  ])('"%s" → %s, from the title, not the place of the signing', (question, place) => {
    const answer = story.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(place);
  });

  it('a person whose title names no place: the place the story says they grew up in', () => {
    expect(story.ask('where is anna keller from?').answer?.text).toBe('Hamburg');
  });

  it('where the treaty was signed is still the place of the signing', () => {
    expect(story.ask('where was the treaty signed?').answer?.text).toBe('Lisbon');
  });

  it.each([
    ['where is obaidi from', 'Iraq'],
    ['what country is fomin from', 'Russia'],
  ])(
    'the seed: "%s" → %s (not St.Petersburg, not the "Iraq is one of several countries" sentence)',
    (question, place) => {
      const answer = seed.ask(question);
      expect(answer.answer?.text).toBe(place);
      // The answer is marked in the passage shown first, on the word that says it ("Iraqi", "Russian").
      const first = answer.passages[0];
      const mark = first?.highlights.find((h) => h.kind === 'answer');
      expect(mark).toBeDefined();
      expect(first?.text.slice(mark?.start, mark?.end)).toMatch(new RegExp(`^${place.slice(0, 4)}`));
    },
  );
});

describe("a place's possessive before a name says where they are from", () => {
  const race = new Engine([
    parseArticle(
      'race.txt',
      [
        'Solberg wins Lakeside Marathon in record time',
        "Norway's Ingrid Solberg won the Lakeside Marathon on Sunday, finishing in two hours 21 minutes.",
        'Race director Peter Collins said the conditions had been ideal.',
        '"I felt strong from the start," Solberg said.',
        "The men's race was won by Britain's Daniel Hale, who finished in 2:09:50.",
        "Labour's Ann Hale, the town's MP, presented the medals.",
      ].join('\n\n'),
    ),
  ]);

  it.each([
    ['where is Ingrid Solberg from?', 'Norway'],
    ['where is daniel hale from?', 'Britain'],
  ])('"%s" → %s', (question, place) => {
    expect(race.ask(question).answer?.text).toBe(place);
  });

  it('an owner that is no place is no origin: "Labour\'s Ann Hale" is not from Labour', () => {
    expect(race.ask('where is Ann Hale from?').answer?.text).not.toBe('Labour');
  });
});
