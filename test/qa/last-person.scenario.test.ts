/**
 * Scenarios: "who is fomin" then "what did he say?", as people type them in the console chat (`npm
 * start` with no token): the "he" is the person the conversation is about, not a question with no
 * word to look up.
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { chat } from '../support/chat.js';
import { seedKnowledge } from '../support/seed.js';

const { engine } = await loadEngine(seedKnowledge());
const FOMIN_SAID = 'Fomin, for his part, said that Russia is committed to help Iraq';

describe('a pronoun after a question about a person means that person', () => {
  it('"who is fomin" then "what did he say?" shows what Fomin said', () => {
    const conversation: Conversation = {};
    const say = (message: string) => reply(engine, message, false, conversation) ?? '';
    expect(say('who is fomin')).toContain('Alexander Fomin');
    const said = say('what did he say?');
    expect(said).toContain(FOMIN_SAID);
    expect(said).not.toContain('no words I can look up');
    // Answered, as "what did fomin say?" is: the reader named him one question before.
    expect(said).not.toContain("couldn't find");
    expect(said).toMatch(/^Fomin, for his part, said/);
    // Still about him after another question about no one else.
    expect(say('what did he say about terror threats?')).toContain(FOMIN_SAID);
  });

  it('"who is obaidi?" then "what did he say?" is about Obaidi, not Fomin', () => {
    const conversation: Conversation = {};
    const say = (message: string) => reply(engine, message, false, conversation) ?? '';
    say('who is fomin');
    say('who is obaidi?');
    const said = say('what did he say?');
    expect(said).toContain('Obaidi thanked Russia');
    expect(said).not.toContain(FOMIN_SAID);
  });

  it('"who is fomin" then "when did they sign it?": "they" is plural, the parties who signed, not Fomin alone', () => {
    const conversation: Conversation = {};
    const say = (message: string) => reply(engine, message, false, conversation) ?? '';
    say('who is fomin');
    const when = say('when did they sign it?');
    expect(when.split('\n')[0]).toBe('Thursday (17 October 2019)');
    // The same reply as with no one asked about before.
    expect(when).toBe(reply(engine, 'when did they sign it?', false, {}));
    // "he" is still Fomin afterwards.
    expect(say('what did he say?')).toMatch(/^Fomin, for his part, said/);
  });

  it.each(['what did he say?', 'who is he?'])(
    'with no one asked about before, "%s" asks who is meant, naming the men it could be',
    (question) => {
      const said = reply(engine, question, false, {}) ?? '';
      expect(said).toMatch(
        /^I'm not sure who you mean by “he”: it could be .*Khaled Obaidi.*Alexander Fomin/,
      );
      // Not a guess at one of them, nor an answer about the story.
      expect(said).not.toContain('read the question as about');
    },
  );
});

describe('in a folder of several stories, "he" is the person the answer named in its own story', () => {
  const folder = new Engine([
    parseArticle(
      'trawler.txt',
      [
        'Four fishermen rescued after trawler sinks off Orkney',
        'Four fishermen were rescued from a life raft after their trawler sank off Orkney on Sunday.',
        'The skipper, Alan Reid, 47, said the crew had five minutes to leave the boat once the hold flooded.',
        'Mr Reid said he would not go back to sea this year.',
      ].join('\n\n'),
    ),
    parseArticle(
      'ferry.txt',
      [
        'Ferry crew praised after rescue',
        'A ferry crew has been praised for rescuing two sailors off Mull.',
        'Skipper Alan Fraser, 38, said he was grateful to the ferry crew.',
      ].join('\n\n'),
    ),
  ]);

  it('"who was the skipper of the trawler?" → Alan Reid, then "what did he say?" → what Mr Reid said', () => {
    const say = chat(folder);
    expect(say('who was the skipper of the trawler?')).toMatch(/^Alan Reid\n/);
    // Not another story's "Skipper Alan Fraser", whom "he" cannot be in the trawler story.
    expect(say('what did he say?')).toMatch(/^Mr Reid said he would not go back to sea/);
  });
});
