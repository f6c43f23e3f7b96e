/**
 * A reader's first question to a folder that names nothing telling its stories apart
 * (`story-doubt.ts`): "when is the strike?" of a folder holding a bus strike (from Monday 7 March) and an
 * airline's summer strike (in July). Each story asked alone answers it, confidently: the folder's pick
 * is a guess, so its answer is not given at high confidence, and the reply names both stories for the
 * reader to pick one. "how long has she been doing it?" of a folder holding a schoolgirl's kite record
 * (she flew for three hours and ten minutes) and a village baker's win (she has baked for forty years)
 * points back at someone it never names: the reader is asked which story (`story-choice.ts`, session
 * 51). A question naming its story, one asked of a story chosen or talked about, and a folder of one
 * story are answered as before. Three short stories: the kite, the bakery, and a footbridge closing for
 * repairs; and the kite's story saved as a web page under another title, which is no other story. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { parseWebArticle } from '../../src/knowledge/web-page.js';
import { statusMessage } from '../../src/format/messages.js';
import { confidenceWord } from '../../src/format/text.js';
import { CALIBRATION } from '../../src/qa/answerability.js';
import { Engine } from '../../src/qa/engine.js';
import { respond } from '../../src/qa/respond.js';

const DIR = new URL('../fixtures/story-doubt', import.meta.url).pathname;
const read = (file: string, as = file) => parseArticle(as, readFileSync(join(DIR, file), 'utf8'));
const KITE = read('kite.txt');
const BAKERY = read('bakery.txt');
const BRIDGE = read('bridge.txt');
const ASKED = 'how long has she been doing it';
/** `test/fixtures/story-choice`: a bus strike and an airline's strike, a library and a footbridge. */
const CHOICE_DIR = new URL('../fixtures/story-choice', import.meta.url).pathname;
const STRIKES = new Engine(
  ['library.txt', 'footbridge.txt', 'bus-strike.txt', 'airline.txt'].map((f) =>
    parseArticle(f, readFileSync(join(CHOICE_DIR, f), 'utf8')),
  ),
);
const STRIKE_ASKED = 'when is the strike?';

describe('a question two stories of a folder each answer alone', () => {
  const folder = new Engine([KITE, BAKERY, BRIDGE]);

  it('pointing back at someone it never names ("she", "it"), it asks which of the two is meant', () => {
    // `story-choice.ts`: the reader's "she" is a story's person, which they have not said.
    const response = respond(folder, ASKED);
    expect(response).toMatchObject({ kind: 'choose-article', asked: 'several' });
    if (response.kind !== 'choose-article') return;
    expect(response.articles.map((a) => a.id).sort()).toEqual(['bakery.txt', 'kite.txt']);
  });

  it('naming its thing ("when is the strike?"), it is answered at low confidence, naming both stories', () => {
    const answer = STRIKES.ask(STRIKE_ASKED);
    expect(answer.answered).toBe(true);
    expect(confidenceWord(answer.confidence)).toBe('low');
    const named = [answer.passages[0]?.article.id, ...(answer.alsoIn ?? []).map((a) => a.id)];
    expect(named.sort()).toEqual(['airline.txt', 'bus-strike.txt']);
    expect(statusMessage(answer)).toBe(
      "This matches several articles: Skyway airline's profits fall after summer strike; Bus drivers in Tarnby to strike over pay.",
    );
  });

  it("each story alone answers it with high confidence: the doubt is the folder's, not the passage's", () => {
    for (const story of [KITE, BAKERY]) {
      const alone = new Engine([story]).ask(ASKED);
      expect(alone.answered, story.file).toBe(true);
      expect(confidenceWord(alone.confidence), story.file).toBe('high');
    }
  });

  it('"how long has the baker been baking" names its story: forty years, at high confidence', () => {
    const answer = folder.ask('how long has the baker been baking');
    expect(answer.passages[0]?.article.id).toBe('bakery.txt');
    expect(answer.answer?.text).toBe('forty years');
    expect(confidenceWord(answer.confidence)).toBe('high');
    expect(answer.alsoIn).toBeUndefined();
  });

  it('a question only one story answers keeps its confidence: "how long will it be closed?"', () => {
    const answer = folder.ask('how long will it be closed');
    expect(answer.answer?.text).toBe('six weeks');
    expect(confidenceWord(answer.confidence)).toBe('high');
    expect(answer.alsoIn).toBeUndefined();
  });

  it("asked of the story chosen, or in a conversation about it, it is that story's answer", () => {
    const alone = new Engine([BAKERY]).ask(ASKED);
    for (const options of [{ article: 'bakery.txt' }, { context: 'bakery.txt' }]) {
      const answer = folder.ask(ASKED, options);
      expect({ answer: answer.answer?.text, confidence: answer.confidence }, JSON.stringify(options)).toEqual(
        {
          answer: alone.answer?.text,
          confidence: alone.confidence,
        },
      );
      expect(answer.alsoIn).toBeUndefined();
    }
  });

  it('a folder of one story is not in doubt', () => {
    const one = new Engine([KITE]);
    expect(one.ask(ASKED).alsoIn).toBeUndefined();
    expect(confidenceWord(one.ask(ASKED).confidence)).toBe('high');
  });

  it('a doubted answer is shown at the answering threshold, whatever the threshold', () => {
    const answer = STRIKES.ask(STRIKE_ASKED);
    expect(answer.answered).toBe(true);
    expect(answer.confidence).toBe(CALIBRATION.threshold);
    const lower = new Engine(STRIKES.articles, { calibration: { ...CALIBRATION, threshold: 0.2 } });
    expect(lower.ask(STRIKE_ASKED).confidence).toBe(0.2);
  });
});

describe('the kite story saved as a web page under another title ("… | Ashby Gazette")', () => {
  const page = parseWebArticle('kite-page.html', readFileSync(join(DIR, 'kite-page.html'), 'utf8'));
  if (page === undefined) throw new Error('kite-page.html is no article');

  it('"did she get a reward?" keeps its high confidence: the page is the same story', () => {
    const alone = new Engine([KITE]).ask('did she get a reward');
    expect(page.title).not.toBe(KITE.title);
    const answer = new Engine([KITE, page, BRIDGE]).ask('did she get a reward');
    expect(answer.answered).toBe(true);
    expect(confidenceWord(answer.confidence)).toBe(confidenceWord(alone.confidence));
    expect(confidenceWord(answer.confidence)).toBe('high');
  });

  it('"how long has she been doing it?" asks which story: the kite once, and the bakery', () => {
    const response = respond(new Engine([KITE, page, BAKERY, BRIDGE]), ASKED);
    expect(response.kind).toBe('choose-article');
    if (response.kind !== 'choose-article') return;
    const ids = response.articles.map((a) => a.id);
    expect(ids).toContain('bakery.txt');
    expect(ids.filter((id) => id === 'kite.txt' || id === 'kite-page.html')).toHaveLength(1);
    expect(ids).toHaveLength(2);
  });
});

describe('the same story saved twice in the folder (kite.txt and kite-copy.txt)', () => {
  const COPY = read('kite.txt', 'kite-copy.txt');

  it('the copy is no other story: the choice is between the kite and the bakery', () => {
    const response = respond(new Engine([KITE, COPY, BAKERY, BRIDGE]), ASKED);
    expect(response.kind).toBe('choose-article');
    if (response.kind !== 'choose-article') return;
    expect(response.articles.map((a) => a.id).sort()).toEqual(['bakery.txt', 'kite.txt']);
  });

  it('with no other story answering, the copy leaves the answer at high confidence', () => {
    const alone = new Engine([KITE]).ask(ASKED);
    const answer = new Engine([KITE, COPY, BRIDGE]).ask(ASKED);
    expect(answer.answer?.text).toBe(alone.answer?.text);
    expect(answer.confidence).toBe(alone.confidence);
    expect(confidenceWord(answer.confidence)).toBe('high');
  });
});
