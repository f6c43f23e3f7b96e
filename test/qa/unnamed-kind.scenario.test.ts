/**
 * A name asked of a thing by its noun ("what is the name of the cricket club?", "what is the charity
 * called?") of a story that says the thing only as one of its kind ("next to the cricket club in Mill
 * Lane", "A charity paid for the trip") is refused: no name the passage holds is one of that thing
 * ("Mill Lane" is where the club is). A passage of the story that names one answers instead ("The
 * Penrith Bay Sailing Club, founded in 1952,…"), and a thing the story calls something is named so ("a
 * ferry called the Stena Star"). Stories written for these tests (test/fixtures/unnamed-kind); on
 * 8b7d293 the bot answered "Mill Lane", "Ardmore", "Penrith Bay" and nothing for the ferry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/unnamed-kind', import.meta.url).pathname);

describe('a name asked of a thing the story never names', () => {
  it.each([
    'what is the name of the cricket club',
    'what is the cricket club called?',
    'what is the name of the school',
    'whats the name of the charity?',
    'what is the name of the farm park',
  ])('"%s" is refused', (question) => {
    const reply = engine.ask(question);
    expect(reply.answered).toBe(false);
    expect(reply.answer).toBeNull();
  });

  it('the passage that names it answers, not the first that says it unnamed', () => {
    const reply = engine.ask('what is the name of the sailing club?');
    expect(reply.answer?.text).toBe('Penrith Bay Sailing Club');
    expect(reply.passages[0]?.text).toMatch(/^The Penrith Bay Sailing Club, founded/);
    // The name of one club is no name of another the question picks by its own word.
    expect(engine.ask('what is the name of the cricket club').answered).toBe(false);
  });

  it('a thing the story calls something is named so, and one in apposition still is', () => {
    expect(engine.ask('what is the name of the ferry').answer?.text).toBe('Stena Star');
    expect(engine.ask('what is the rowing team called').answer?.text).toBe('Kestrels');
  });
});

describe('names in other wordings, and another of the kind (review35b)', () => {
  const story = (file: string) =>
    new Engine([
      parseArticle(
        file,
        readFileSync(new URL(`../fixtures/unnamed-review/${file}`, import.meta.url), 'utf8'),
      ),
    ]);

  it('a name set straight after the noun, or after "is called", is its name', () => {
    const rescue = story('rescue.txt');
    expect(rescue.ask('what is the name of the lifeboat?').answer?.text).toBe('Kiwi Hope');
    expect(rescue.ask('what is the name of the dog').answer?.text).toBe('Bramble');
    expect(rescue.ask('what is the ferry called?').answer?.text).toBe('Menai Star');
  });

  it('another farm park the story names is not the unnamed one asked about', () => {
    const reply = story('quarry.txt').ask('what is the name of the farm park');
    expect(reply.answer?.text ?? '').not.toMatch(/Gleaston/);
  });
});
