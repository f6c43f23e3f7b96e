/**
 * A prison sentence asked as readers ask it: "how long did he get?", "what sentence did he get?", "how
 * long will she serve?" of a court story that says "has been jailed for four years and eight months"
 * (or "sentenced to six years in prison"), which holds neither "get" nor "serve". WordNet gives "get"
 * and "serve" a length of time as their object in one sense each ("He got 5 years in prison", "He did
 * six years for embezzlement"), and the story says that sense with its own words (`measured-sense.ts`).
 * On stories written for these tests (test/fixtures/court-case, court-case-her), asked in the console.
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const him = (await loadEngine(new URL('../fixtures/court-case', import.meta.url).pathname)).engine;
const her = (await loadEngine(new URL('../fixtures/court-case-her', import.meta.url).pathname)).engine;

function chat(engine: Engine): (message: string) => string[] {
  const conversation: Conversation = {};
  return (message) => (reply(engine, message, false, conversation) ?? '').split('\n');
}

describe("the sentence, asked without the story's verb", () => {
  it.each(['how long did he get?', 'what sentence did he get?', 'how long will he serve?'])(
    '"%s" → "four years and eight months"',
    (question) => {
      expect(chat(him)(question)).toContain('four years and eight months');
    },
  );

  it.each(['how long did she get?', 'how long will she serve?'])(
    '"%s" → "two years and six months"',
    (question) => {
      expect(chat(her)(question)).toContain('two years and six months');
    },
  );

  it('after "who was jailed?"', () => {
    const say = chat(him);
    expect(say('who was jailed?')[0]).toBe('Martin Hollis');
    expect(say('how long did he get?')[0]).toBe('four years and eight months');
  });

  it('"how long did hollis get?", named', () => {
    expect(him.ask('how long did hollis get?').answer?.text).toBe('four years and eight months');
  });

  it('of a story that says "sentenced to six years in prison"', () => {
    const story = parseArticle(
      'caretaker.txt',
      [
        'Former school caretaker jailed for stealing from sports club',
        'A former school caretaker who stole £80,000 from a youth sports club has been sentenced to six years in prison.',
        'Dennis Harlow, 61, of Whitby, admitted theft at Teesside Crown Court on Monday.',
        'He spent the money on horse racing bets, the court heard.',
      ].join('\n\n'),
    );
    expect(chat(new Engine([story]))('how long did he get?')).toContain('six years');
  });
});
