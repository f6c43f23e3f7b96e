/**
 * A reader's first question to a folder of several stories, none picked, that points back at something
 * it never names (`story-choice.ts`): "when did it open?" of a folder holding a library that reopened
 * (first opened in 1908) and a footbridge that opened on Tuesday, beside a bus strike and an airline's
 * summer strike. Each of the two stories alone answers it: the reply asks which one is meant, naming
 * them, in every front. A question naming what it asks about, one only one story answers, one asked of
 * a story picked or talked about, and a folder of one story are answered as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { chooseArticleReply, responseReply } from '../../src/discord/replies.js';
import { CLI_PICKING, chooseArticleText } from '../../src/format/choose.js';
import { confidenceWord } from '../../src/format/text.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { respond } from '../../src/qa/respond.js';

const DIR = new URL('../fixtures/story-choice', import.meta.url).pathname;
const read = (file: string) => parseArticle(file, readFileSync(join(DIR, file), 'utf8'));
const LIBRARY = read('library.txt');
const BRIDGE = read('footbridge.txt');
const STRIKE = read('bus-strike.txt');
const AIRLINE = read('airline.txt');

describe('a first question pointing back at what it never names, two stories each answering it', () => {
  const folder = new Engine([LIBRARY, BRIDGE, STRIKE, AIRLINE]);

  it('"when did it open?" asks which story is meant, naming the library and the footbridge', () => {
    const response = respond(folder, 'When did it open?');
    expect(response).toMatchObject({ kind: 'choose-article', asked: 'several' });
    if (response.kind !== 'choose-article') return;
    expect(response.articles.map((a) => a.id).sort()).toEqual(['footbridge.txt', 'library.txt']);
    expect(chooseArticleText(response.asked, response.articles, CLI_PICKING)).toBe(
      [
        'Two of my articles may answer that: which one do you mean?',
        ...response.articles.map((a) => `- ${a.title} (${a.id})`),
        'Pick one with --article ID (any of my articles, not only these).',
      ].join('\n'),
    );
  });

  it('"how much did it cost them?" names the two stories that give a cost, not the others', () => {
    const response = respond(folder, 'how much did it cost them?');
    expect(response.kind).toBe('choose-article');
    if (response.kind !== 'choose-article') return;
    expect(response.articles.map((a) => a.id).sort()).toEqual(['airline.txt', 'library.txt']);
  });

  it('each story alone answers it, with high confidence', () => {
    expect(new Engine([LIBRARY]).ask('When did it open?').answer?.text).toBe('1908');
    expect(new Engine([BRIDGE]).ask('When did it open?').answer?.text).toMatch(/^Tuesday/);
    for (const story of [LIBRARY, BRIDGE])
      expect(confidenceWord(new Engine([story]).ask('When did it open?').confidence)).toBe('high');
  });

  it("once a story is picked or talked about, the same question is that story's", () => {
    expect(folder.ask('When did it open?', { article: 'library.txt' }).answer?.text).toBe('1908');
    expect(folder.ask('When did it open?', { context: 'footbridge.txt' }).answer?.text).toMatch(/^Tuesday/);
  });

  it('a question naming what it asks about is answered as before: "when did the library open?"', () => {
    const answer = folder.ask('when did the library open?');
    expect(answer.answer?.text).toBe('1908');
    expect(confidenceWord(answer.confidence)).toBe('high');
  });

  it('a word only one story holds names it: "when did it open in Harbury?" is the library\'s', () => {
    const answer = folder.ask('when did it open in Harbury?');
    expect(answer.refused).toBeUndefined();
    expect(answer.passages[0]?.article.id).toBe('library.txt');
  });

  it('a pronoun question only one story answers is answered: "how many flights did it ground?"', () => {
    const answer = folder.ask('how many flights did it ground?');
    expect(answer.answer?.text).toBe('140');
    expect(confidenceWord(answer.confidence)).toBe('high');
  });

  it('"when is the strike?" names its thing: answered, shown low with the other strike named, as before', () => {
    const answer = folder.ask('when is the strike?');
    expect(answer.answered).toBe(true);
    expect(confidenceWord(answer.confidence)).toBe('low');
    const named = [answer.passages[0]?.article.id, ...(answer.alsoIn ?? []).map((a) => a.id)];
    expect(named.sort()).toEqual(['airline.txt', 'bus-strike.txt']);
  });

  it('a folder of one story answers it', () => {
    expect(new Engine([BRIDGE, STRIKE]).ask('When did it open?').answer?.text).toMatch(/^Tuesday/);
  });
});

describe('the fronts ask which story, naming those that answer', () => {
  const folder = new Engine([LIBRARY, BRIDGE, STRIKE, AIRLINE]);

  it('the console lists the two stories and how to pick one; the conversation is on no story after it', () => {
    const conversation: Conversation = {};
    const text = reply(folder, 'When did it open?', false, conversation) ?? '';
    expect(text).toMatch(/^Two of my articles may answer that: which one do you mean\?\n/);
    expect(text).toContain(`- ${LIBRARY.title} (library.txt)`);
    expect(text).toContain(`- ${BRIDGE.title} (footbridge.txt)`);
    expect(text).not.toContain(STRIKE.title);
    expect(text).toMatch(
      /Pick one with \/article ID \(any of my articles, not only these\), or ask me something about one of them first\.$/,
    );
    expect(conversation.article).toBeUndefined();
    reply(folder, '/article library.txt', false, conversation);
    expect(reply(folder, 'When did it open?', false, conversation)).toContain('1908');
  });

  it('Discord shows it as "Which article?" with the titles, escaped', () => {
    const response = respond(folder, 'When did it open?');
    if (response.kind !== 'choose-article') throw new Error(response.kind);
    const embed = responseReply(response).embeds?.[0];
    expect(responseReply(response)).toEqual(chooseArticleReply('several', response.articles));
    const json = JSON.parse(JSON.stringify(embed)) as { title?: string; description?: string };
    expect(json.title).toBe('Which article?');
    expect(json.description).toMatch(/^Two of my articles may answer that: which one do you mean\?\n/);
    expect(json.description).toContain("New footbridge links Elmford's two halves");
    expect(json.description).toMatch(
      /Pick one with `\/ask article:` \(any of my articles, not only these\), or ask me something about one of them first\.$/,
    );
  });

  it('three or more stories are "several"', () => {
    const three = [LIBRARY, BRIDGE, AIRLINE].map((a) => ({ id: a.id, title: a.title, file: a.file }));
    expect(chooseArticleText('several', three, CLI_PICKING)).toMatch(
      /^Several of my articles may answer that: /,
    );
  });
});
