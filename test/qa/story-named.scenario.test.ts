/**
 * A question asked of a folder with no story chosen and none talked about, naming one story by a word
 * only that story holds, is about that story (`story-named.ts`): it is not answered from another story
 * whose sentence happens to share its common words. Three small stories in one folder: a film the
 * critics back (which says nothing of its cost, its manager or its sales), a car plant (which cost
 * £40m, has a manager and makes cars) and a folk band (which has released seven albums).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { statusMessage } from '../../src/format/messages.js';
import { Engine } from '../../src/qa/engine.js';

const DIR = new URL('../fixtures/story-named', import.meta.url).pathname;
const read = (file: string) => parseArticle(file, readFileSync(join(DIR, file), 'utf8'));
const FILM = read('film.txt');
const FACTORY = read('factory.txt');
const BAND = read('band.txt');
const FILM_TITLE = 'Critics back The Lantern for best picture';

describe('a question naming one story of a folder by a word only it holds', () => {
  const folder = new Engine([FILM, FACTORY, BAND]);

  it('a weekday only one story says names no story: "what did the manager say on Friday?" stays with the plant', () => {
    const answer = folder.ask('what did the manager say on Friday?');
    expect(answer.passages[0]?.article.id).toBe('factory.txt');
  });

  it('"how much did the lantern cost to make?" is not answered with the car plant\'s £40m', () => {
    const answer = folder.ask('how much did the lantern cost to make?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBeNull();
    expect(answer.passages[0]?.article.id).toBe('film.txt');
    expect(statusMessage(answer)).toContain(`I couldn't find that in “${FILM_TITLE}”`);
  });

  it('"who was the lantern\'s manager?" is not answered with the plant\'s manager', () => {
    const answer = folder.ask("who was the lantern's manager?");
    expect(answer.answered).toBe(false);
    expect(answer.passages.every((p) => p.article.id === 'film.txt')).toBe(true);
  });

  it('"how many albums did the lantern sell?" is not answered with the band\'s seven albums', () => {
    const answer = folder.ask('how many albums did the lantern sell?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBeNull();
  });

  it('is answered or refused as that story alone would, and a question naming none is searched over the folder', () => {
    const alone = new Engine([FILM]);
    for (const question of ['how much did the lantern cost to make?', "who was the lantern's manager?"]) {
      const a = folder.ask(question);
      const b = alone.ask(question);
      expect({ answered: a.answered, confidence: a.confidence, answer: a.answer?.text }, question).toEqual({
        answered: b.answered,
        confidence: b.confidence,
        answer: b.answer?.text,
      });
    }
    // Its best passage already the film's, the question is searched over the folder, as before.
    expect(folder.ask('who directed the lantern?').answer?.text).toBe('Clara Munro');
    // Nothing of the question is one story's own word: the folder's best passage answers, as before.
    const jobs = folder.ask('how many jobs did the plant bring?');
    expect(jobs.answer?.text).toBe('900 jobs');
    expect(jobs.about).toBeUndefined();
  });

  it('a word two stories hold names neither', () => {
    expect(folder.ask('how much did the lantern cost to make?').answered).toBe(false);
    // A lantern parade in a second story: "lantern" is no longer one story's own word, and the
    // question is searched over the folder as it was before (the plant's £40m answers it).
    const parade = parseArticle(
      'parade.txt',
      'Lantern parade lights up Dunmore\n\nHundreds of children carried paper lanterns through the town on Saturday.\n\nThe parade ended with music in the square.\n',
    );
    const four = new Engine([FILM, FACTORY, BAND, parade]);
    const answer = four.ask('how much did the lantern cost to make?');
    expect(answer.about).toBeUndefined();
    expect(answer.passages[0]?.article.id).not.toBe('film.txt');
  });
});
