/**
 * Scenario: two stories in the folder, the reader on one of them (talked about, or picked with
 * `/article`). A question that story does not answer and that names nothing of the other ("what's the
 * money for?") is answered from the other, and the reply says so; picked, it is refused, naming the
 * other as the one that may answer it. Either way the conversation stays on the reader's story: "who
 * took the photo?", "who wrote this?", "when was it published?" and "he" are still about it. The same
 * in the console and in a Discord channel (`topicOf`, `personAfter` in both). On two stories written
 * for these tests (test/fixtures/detour).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { replyToQuestion } from '../../src/discord/ask-flow.js';
import { KnowledgeBase } from '../../src/qa/knowledge-base.js';
import { chat } from '../support/chat.js';
import { CHANNEL_ID, testContext } from '../support/discord-doubles.js';

const DETOUR = new URL('../fixtures/detour', import.meta.url).pathname;
const kb = await KnowledgeBase.load(DETOUR);
afterAll(() => kb.stopBackground());
const ASIDE =
  "“Two Kayakers Saved From Loch Brannoch” doesn't say; this is from “Hollin Dairy Wins National Cheese Prize”.";

describe('an answer from the other story is an aside: the conversation stays on its story', () => {
  it('console: after "/article loch", the page questions are still about the lifeboat story', () => {
    const ask = chat(kb.engine);
    expect(ask('/article loch')).toContain('Now talking about: Two Kayakers Saved From Loch Brannoch');
    const money = ask("what's the money for");
    expect(money.split('\n')[0]).toBe(
      "I couldn't find that in “Two Kayakers Saved From Loch Brannoch”. “Hollin Dairy Wins National Cheese Prize” may answer it: ask about that article by name.",
    );
    expect(money).not.toContain('a new cold store');
    expect(ask('who took the photo')).toMatch(/^Rory Gallen\n/);
    expect(ask('who wrote this')).toMatch(/^Isla Fenwick\n/);
    expect(ask('when was it published')).toMatch(/^4 May 2026\n/);
    expect(ask('/articles')).toMatch(/Loch Brannoch .*\(talking about this one\)/);
  });

  it('console: talked about, not picked, the same', () => {
    const ask = chat(kb.engine);
    expect(ask('who capsized on loch brannoch?')).toContain('Two kayakers who capsized');
    expect(ask('what is the money for?').split('\n')[0]).toBe(ASIDE);
    expect(ask('who wrote this?')).toMatch(/^Isla Fenwick\n/);
    expect(ask('what is this about?')).toMatch(/^Two Kayakers Saved From Loch Brannoch/);
  });

  it('console: "he" after the aside is still the person asked about before it', () => {
    const ask = chat(kb.engine);
    expect(ask('who led the search?')).toContain('Angus Rennie');
    expect(ask("what's the money for?").split('\n')[0]).toBe(ASIDE);
    expect(ask('what did he say?')).toMatch(/^He said the pair had done/);
  });

  it('Discord: a channel on the lifeboat story stays on it after the aside', () => {
    const { ctx } = testContext(kb);
    const asked = { askerId: '400000000000000004', channelId: CHANNEL_ID, shared: true };
    const text = (question: string, article?: string) =>
      JSON.stringify(
        replyToQuestion(ctx, question, article === undefined ? asked : { ...asked, article }).reply,
      );
    expect(text('who rescued the kayakers?', 'lifeboat.txt')).toContain('Corrin Lifeboat');
    expect(text("what's the money for?")).toContain('cold store');
    expect(ctx.conversations.get(CHANNEL_ID)).toBe('lifeboat.txt');
    expect(text('who took the photo?')).toContain('Rory Gallen');
    expect(text('who wrote this?')).toContain('Isla Fenwick');
  });
});
