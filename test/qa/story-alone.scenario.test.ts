/**
 * A question kept to one story of a folder (`/ask article:`, the console's `/article`, a conversation's
 * story) is answered or refused as that story alone would answer it, whatever the folder's other
 * stories hold (`Engine.alone`). The folder's library story says what the renovation cost and when
 * the queue started; it says nothing of a return ticket or of when building work starts, which the
 * ferry and stadium stories beside it do. Judged with the folder's words, "how much does a return
 * ticket cost?" asked of the library story was answered "£2.4m" and "when will work start?" with
 * the library's queue: the other stories held "ticket" and "work", so the question's words counted as
 * held.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyToQuestion } from '../../src/discord/ask-flow.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { KnowledgeBase } from '../../src/qa/knowledge-base.js';
import type { Answer } from '../../src/qa/types.js';
import { chat } from '../support/chat.js';
import { CHANNEL_ID, testContext } from '../support/discord-doubles.js';

const DIR = new URL('../fixtures/story-alone', import.meta.url).pathname;
const read = (file: string) => parseArticle(file, readFileSync(join(DIR, file), 'utf8'));
const LIBRARY = read('library.txt');
const STADIUM = read('stadium.txt');
const FERRY = read('ferry.txt');
const LIBRARY_TITLE = 'Ashford library reopens after two-year renovation';

/** What a reader is shown of an answer: whether it answers, how sure, the short answer, the passages cited. */
function shown(answer: Answer) {
  return {
    answered: answer.answered,
    confidence: answer.confidence,
    answer: answer.answer?.text ?? null,
    passages: answer.passages.map((p) => ({
      text: p.text,
      article: p.article,
      section: p.section,
      sentence: p.sentence,
      score: p.score,
    })),
  };
}

const QUESTIONS = [
  'how much does a return ticket cost?',
  'when will work start?',
  'how much did the renovation cost?',
  'who designed the new building?',
  'how many people visited?',
  'when did it reopen?',
  'who is the librarian?',
];

describe('a question asked of one story of several is judged as that story alone', () => {
  const alone = new Engine([LIBRARY]);
  const folders = [
    [LIBRARY, STADIUM],
    [LIBRARY, FERRY],
    [FERRY, STADIUM, LIBRARY],
  ];

  it('each question asked of the library story gets the same answer, confidence and passages beside any other stories', () => {
    for (const articles of folders) {
      const folder = new Engine(articles);
      const others = articles.map((a) => a.id).join(', ');
      for (const question of QUESTIONS)
        expect(shown(folder.ask(question, { article: 'library.txt' })), `${question} (${others})`).toEqual(
          shown(alone.ask(question)),
        );
    }
  });

  it('"how much does a return ticket cost?" asked of the library story is refused, cited from it', () => {
    const folder = new Engine([FERRY, STADIUM, LIBRARY]);
    const answer = folder.ask('how much does a return ticket cost?', { article: 'library.txt' });
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBeNull();
    expect(answer.passages[0]?.article).toEqual(folder.index.refs[2]);
    // Asked of the ferry story, it is answered.
    expect(folder.ask('how much does a return ticket cost?', { article: 'ferry.txt' }).answer?.text).toBe(
      '£96',
    );
  });
});

describe('the console: `/article library`, then questions', () => {
  it('a question the library story does not answer is not answered from its own sentences, nor from another story: the story that does is named', () => {
    const ask = chat(new Engine([LIBRARY, STADIUM, FERRY]));
    ask('/article library');
    const ticket = ask('how much does a return ticket cost?');
    expect(ticket.split('\n')[0]).toBe(
      `I couldn't find that in “${LIBRARY_TITLE}”. “Island ferry fares to rise in April” may answer it: ask about that article by name. The closest I found:`,
    );
    expect(ticket).not.toContain('£96');
    expect(ticket).not.toContain('**£2.4m**');
    const work = ask('when will work start?').split('\n');
    expect(work[0]).toBe(
      `I couldn't find that in “${LIBRARY_TITLE}”. “Riverside United unveil plans for new ground” may answer it: ask about that article by name. The closest I found:`,
    );
    // Picked by name, the other story answers.
    ask('/article ferry');
    expect(ask('how much does a return ticket cost?')).toMatch(/^£96\n/);
    ask('/article library');
    // What the library story says is answered from it, and "he" is its librarian.
    expect(ask('how much did the renovation cost?')).toMatch(/^£2\.4m\n/);
    expect(ask('who is the librarian?')).toMatch(/^Paul Greene\n/);
    expect(ask('what did he say?')).toContain('librarian Paul Greene said');
  });
});

describe('Discord: `/ask article:` the library story', () => {
  it('"how much does a return ticket cost?" is refused for the library story, not answered with its £2.4m', async () => {
    const kb = await KnowledgeBase.load(DIR);
    const { ctx } = testContext(kb);
    const asked = {
      askerId: '400000000000000004',
      channelId: CHANNEL_ID,
      shared: true,
      article: 'library.txt',
    };
    const text = (question: string) => JSON.stringify(replyToQuestion(ctx, question, asked).reply);
    const ticket = text('how much does a return ticket cost?');
    // The closest passage of the story asked about is offered, cited, with no answer marked.
    expect(ticket).toContain(`I couldn't find that in “${LIBRARY_TITLE}” — closest passage:`);
    expect(ticket).toContain(`"Source","value":"${LIBRARY_TITLE}"`);
    expect(ticket).not.toContain('**£2.4m**');
    expect(text('how much did the renovation cost?')).toContain('**£2.4m**');
    kb.stopBackground();
  });
});
