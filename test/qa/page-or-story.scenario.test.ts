/**
 * Scenarios: "where was it published?" of a story about a study. The question reads as one about the
 * page (its publication), but "it" may be the study the story reports ("published in the journal Mammal
 * Review"): asked of a page that names no publication or day, the story is searched, and the page's own
 * refusal is given only when the story does not answer either (`storyMayTell` in `src/qa/page.ts`). A
 * question naming the page or its outlet ("which website published this?") stays the page's. Stories
 * written for these tests (test/fixtures/hedgehog-study, test/fixtures/farm-sale).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const study = (await loadEngine(new URL('../fixtures/hedgehog-study', import.meta.url).pathname)).engine;
const farm = (await loadEngine(new URL('../fixtures/farm-sale', import.meta.url).pathname)).engine;

const ask = (engine: typeof study, question: string) =>
  reply(engine, question, false, {} as Conversation) ?? '';

describe('a page question the story answers', () => {
  it('"where was it published": the journal the study appeared in', () => {
    const lines = ask(study, 'where was it published').split('\n');
    expect(lines[0]).toBe('journal Mammal Review');
    expect(lines[1]).toBe('The study was published in the journal Mammal Review on Tuesday.');
  });

  it('"when was it published": the day the study was', () => {
    expect(ask(study, 'when was it published').split('\n')[0]).toBe('Tuesday');
  });
});

describe("a page question that stays the page's", () => {
  it.each(['which website published this', 'when was the article published', 'when was this published'])(
    '"%s": the page names none, and says so',
    (question) => {
      expect(ask(study, question)).toMatch(
        /^The page (?:does not name its site or publication|gives no publication date)\./,
      );
    },
  );

  it('"where was it published" of a story that does not say either: the page\'s refusal', () => {
    expect(ask(farm, 'where was it published')).toMatch(/^The page does not name its site or publication\./);
    expect(ask(farm, 'when was it published')).toMatch(/^The page gives no publication date\./);
  });
});
