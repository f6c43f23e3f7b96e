/**
 * Two stories in the folder and a conversation about one of them (`conversation-article.ts`): a
 * question naming the other story by a word only it has ("how old is brightwater?") is about that
 * story, and is not answered from the one talked about because it shares a common word ("19-year-old",
 * "a long time"); a question naming the story talked about is not answered from the other as an
 * aside, nor is a "he" read as its person sent to the other ("… may answer it"). The console and a
 * Discord channel alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyToQuestion } from '../../src/discord/ask-flow.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { KnowledgeBase } from '../../src/qa/knowledge-base.js';
import { chat } from '../support/chat.js';
import { CHANNEL_ID, testContext } from '../support/discord-doubles.js';

const CRICKET_TEXT = [
  'Harwood win county cup in final over',
  'Harwood Cricket Club won the Northshire County Cup on Sunday, beating Eastleigh by two wickets with three balls to spare.',
  'The winning runs were hit by 19-year-old bowler Sam Okoro, who had taken four wickets earlier in the day.',
  'Harwood captain Neil Pryce said the team had waited a long time for a trophy.',
  '"This one will stay with us for a long time," he said.',
  'About 2,300 spectators watched the final at Castle Park.',
].join('\n\n');

const BAKERY_TEXT = [
  'Brightwater Foods buys Kelso bakery chain for £48m',
  'Brightwater Foods has agreed to buy the Kelso bakery chain for £48m, the company said on Monday.',
  'Kelso runs 112 shops in the north of England and employs about 1,900 people.',
  "Brightwater chief executive Maria Lund said the deal was the largest in the firm's 85-year history.",
  "Kelso's founder, Tom Reid, will earn £2m from the sale of his shares.",
  'Image caption: A Kelso shop in Leeds. Photo: Reuters/Anna Berg',
  'Reporting by Jo Hale; Editing by Sam Ives',
].join('\n\n');
const CRICKET = parseArticle('cricket.txt', CRICKET_TEXT);
const BAKERY = parseArticle('bakery.txt', BAKERY_TEXT);

const engine = new Engine([CRICKET, BAKERY]);
const CRICKET_TITLE = 'Harwood win county cup in final over';
const BAKERY_TITLE = 'Brightwater Foods buys Kelso bakery chain for £48m';

describe('a question naming the other story is about it', () => {
  it('"how old is brightwater?" on the cricket story is not the cricket story\'s 19-year-old', () => {
    const ask = chat(engine);
    expect(ask('who won the county cup')).toMatch(/^Harwood Cricket Club\n/);
    const old = ask('how old is brightwater');
    expect(old).not.toContain('19-year-old');
    expect(old).toContain(`I couldn't find that in “${BAKERY_TITLE}”`);
  });

  it('what the named story says is answered from it, and the conversation moves there', () => {
    const ask = chat(engine);
    ask('who won the county cup');
    // Judged as the Brightwater story alone (`Engine.alone`). Shorter, "how much is brightwater
    // paying" gets the founder's "£2m" as that story alone gives it ("earn" read as "pay"), not the
    // folder's "£48m", which came from "brightwater" being rare across the two stories.
    expect(ask('how much is brightwater paying for the bakery chain')).toMatch(/^£48m\n/);
    expect(ask('who is the chief executive')).toMatch(/^Maria Lund\n/);
  });

  it("a word only the other story has does not name it when the question's other words are this one's", () => {
    const ask = chat(engine);
    expect(ask('who is the chief executive of brightwater')).toMatch(/^Maria Lund\n/);
    // "won" is the cricket story's alone, "deal" the bakery's alone: the question stays where it was.
    const won = ask('who won the deal');
    expect(won).not.toContain('Harwood');
    expect(won).toContain(BAKERY_TITLE);
  });

  it('a question with no word of the other story stays on the one talked about', () => {
    const ask = chat(engine);
    ask('who won the county cup');
    expect(ask('how many spectators watched')).toMatch(/^2,300\n/);
  });
});

describe('with no conversation, the measure a "how" question asks does not pick the story', () => {
  it('"how old is brightwater?" is searched for in the Brightwater story, not in the one with a "19-year-old"', () => {
    expect(engine.ask('how old is brightwater?').passages[0]?.article.id).toBe('bakery.txt');
    expect(engine.ask('how long has brightwater been around?').passages[0]?.article.id).toBe('bakery.txt');
  });

  it('a measure that is all the question has still finds the story that holds it', () => {
    expect(engine.ask('how long?').passages[0]?.article.id).toBe('cricket.txt');
  });
});

describe('a question naming the story talked about is not answered from the other', () => {
  it('"how long has brightwater been around?" is no aside from the cricket story\'s "a long time"', () => {
    const ask = chat(engine);
    expect(ask('who is the chief executive of brightwater')).toMatch(/^Maria Lund\n/);
    const around = ask('how long has brightwater been around');
    expect(around).not.toContain("doesn't say; this is from");
    expect(around).not.toContain('This one will stay with us');
    // Answered from the story talked about: "the firm's 85-year history" says how long ("how long" is
    // said by a length of time).
    expect(around).toMatch(/^85-year history\n/);
    expect(around).toContain(`— ${BAKERY_TITLE} (bakery.txt)`);
  });

  it('"he" read as the captain: a miss sends no one to the other story', () => {
    const ask = chat(engine);
    expect(ask('who is the harwood captain')).toMatch(/^Neil Pryce\n/);
    const earn = ask('how much will he earn');
    expect(earn).toContain(`I couldn't find that in “${CRICKET_TITLE}”`);
    expect(earn).not.toContain('may answer it');
  });

  it('a capital that starts a label ("… in Leeds. Photo: Reuters/Anna Berg") names no story: the conversation stays', () => {
    const ask = chat(engine);
    ask('who won the county cup');
    const caption = ask('what is the caption of the photo');
    // Not the other story's caption as the answer about this one: an aside at most, or a miss.
    expect(caption).not.toMatch(/^Reuters\/Anna Berg\n/);
    expect(ask('who took the photo')).toBe(`“${CRICKET_TITLE}”: the page gives no photo credit.`);
  });

  it('a question that stands on its own is still answered from the other story, as an aside', () => {
    const ask = chat(engine);
    ask('who won the county cup');
    const shops = ask('how many shops are there');
    expect(shops.split('\n')[0]).toBe(`“${CRICKET_TITLE}” doesn't say; this is from “${BAKERY_TITLE}”.`);
    expect(shops).toContain('112');
  });

  it('Discord: a channel on the bakery story gets no aside from the cricket story for "how long has brightwater been around?"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'named-article-'));
    writeFileSync(join(dir, 'cricket.txt'), CRICKET_TEXT);
    writeFileSync(join(dir, 'bakery.txt'), BAKERY_TEXT);
    const kb = await KnowledgeBase.load(dir);
    const { ctx } = testContext(kb);
    const asked = { askerId: '400000000000000004', channelId: CHANNEL_ID, shared: true };
    const text = (question: string) => JSON.stringify(replyToQuestion(ctx, question, asked).reply);
    expect(text('who is the chief executive of brightwater?')).toContain('Maria Lund');
    expect(ctx.conversations.get(CHANNEL_ID)).toBe('bakery.txt');
    const around = text('how long has brightwater been around?');
    expect(around).not.toContain('This one will stay with us');
    expect(around).toContain('85-year history');
    kb.stopBackground();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a word the question says in other words names no story', () => {
  // "cost" and "price" are synonyms: a story with a Mr Price is not named by "cost".
  const SHOP = parseArticle(
    'shop.txt',
    [
      'Kelso bakery shops to stay open after sale',
      'Kelso runs 112 shops, and its manager, Owen Price, said on Monday that every one would stay open.',
      'The chain was sold for £48m.',
    ].join('\n\n'),
  );
  const folder = new Engine([CRICKET, SHOP]);

  it('"how much did the final cost?" on the cricket story stays with it, not the shop story\'s Owen Price', () => {
    const ask = chat(folder);
    expect(ask('who won the county cup')).toMatch(/^Harwood Cricket Club\n/);
    const cost = ask('how much did the final cost');
    expect(cost).not.toContain('Owen Price');
    expect(cost).toContain(`I couldn't find that in “${CRICKET_TITLE}”`);
  });

  it("the name written as the question's own word still names the shop story", () => {
    const ask = chat(folder);
    ask('who won the county cup');
    expect(ask('what did price say')).toContain('Owen Price');
  });
});
