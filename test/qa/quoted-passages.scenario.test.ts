/**
 * A passage from the middle of a quotation that runs over several sentences, shown on its own: the
 * article prints one opening mark before the first sentence and one closing mark after the last, so a
 * middle sentence shown alone reads as the story's own words, and the first one leaves its quotation
 * open. Every front shows each passage with the marks it needs (`Passage.marks`), the first passage
 * and "Also relevant" alike, without moving the bold answer. On a story written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { answerRecord } from '../../src/cli/records.js';
import { answerReply, morePassagesReply } from '../../src/discord/replies.js';
import { formatAnswer } from '../../src/format/text.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { quoteMarksAt, standingAlone } from '../../src/qa/quote-marks.js';

const STORY = [
  'Lighthouse keeper hangs up his lamp after 40 years',
  'A lighthouse keeper on Anglesey has retired after 40 years of keeping the light at Penmon Point.',
  'Gwilym Parry, 66, took over the post from his father in 1986.',
  'Mr Parry said: "The sea has been my only boss. I painted the tower every summer for forty years. My knees know every one of its 128 steps."',
  '“I will miss the gulls. I will not miss the fog horn,” he added.',
  'His daughter, Elin Parry, 38, will take over the tours of the tower in May.',
].join('\n\n');

const article = parseArticle('lighthouse.txt', STORY);
const engine = new Engine([article]);

type Embed = { description?: string; fields?: { name: string; value: string }[] };
const embedOf = (reply: { embeds?: readonly unknown[] }) => reply.embeds?.[0] as Embed;

describe('the marks a sentence needs to stand alone', () => {
  it('are those a summary shows it with, read from its own paragraph only', () => {
    const shown = standingAlone(article.sentences);
    for (const s of article.sentences) {
      const marks = quoteMarksAt(article.sentences, s.index);
      expect(`${marks?.before ?? ''}${s.text}${marks?.after ?? ''}`).toBe(shown[s.index]);
    }
    const middle = article.sentences.find((s) => s.text.startsWith('I painted'));
    expect(quoteMarksAt(article.sentences, middle?.index ?? -1)).toEqual({ before: '"', after: '"' });
    const whole = article.sentences.find((s) => s.text.startsWith('Gwilym'));
    expect(quoteMarksAt(article.sentences, whole?.index ?? -1)).toBeUndefined();
  });
});

describe('an inch mark is no quotation mark', () => {
  const tall = parseArticle(
    'rower.txt',
    [
      'Tall rower ducks under every beam',
      'The tallest member of the crew, Kieran Doyle, is 6\'4" and rows at stroke.',
      '"I banged my head twice. My coach laughed," he said.',
    ].join('\n\n'),
  );

  it('a height in feet and inches leaves the quotation after it read as written', () => {
    expect(standingAlone(tall.sentences)).toEqual([
      'Tall rower ducks under every beam',
      'The tallest member of the crew, Kieran Doyle, is 6\'4" and rows at stroke.',
      '"I banged my head twice."',
      '"My coach laughed," he said.',
    ]);
  });
});

describe('a sentence from inside a quotation, as a reader sees it', () => {
  it('in the console: the first passage in its quotation marks, the bold answer where it was', () => {
    const answer = engine.ask('how often did he paint the tower?');
    expect(answer.passages[0]?.text).toBe('I painted the tower every summer for forty years.');
    const text = formatAnswer(answer);
    expect(text).toContain('"I painted the tower every summer for forty years."');
  });

  it('in the console: an "Also relevant" passage opened and closed as the quotation it is part of', () => {
    const text = formatAnswer(engine.ask('what will he miss?'));
    expect(text).toContain('\n“I will miss the gulls.”\n');
    expect(text).toContain('\n  - “I will not miss the fog horn,” he added.');
  });

  it('on Discord: the passage and the further passages carry the marks, and the bold stays on the answer', () => {
    const answer = engine.ask('how many steps does the tower have?');
    expect(answer.answered).toBe(true);
    expect(embedOf(answerReply(answer)).description).toContain(
      '"My knees know every one of its **128** steps."',
    );
    expect(embedOf(morePassagesReply(answer)).description).toContain(
      '**2.** "I painted the tower every summer for forty years."\n',
    );
  });

  it("in the JSON: the text is the article's own, with the marks beside it", () => {
    const answer = engine.ask('how many steps does the tower have?');
    const record = answerRecord(answer) as { passages: { text: string; marks?: unknown }[] };
    expect(record.passages[0]).toMatchObject({
      text: 'My knees know every one of its 128 steps."',
      marks: { before: '"', after: '' },
    });
    const plain = engine.ask('who took over the post in 1986?');
    const first = (answerRecord(plain) as { passages: { marks?: unknown }[] }).passages[0];
    expect(first).not.toHaveProperty('marks');
  });
});
