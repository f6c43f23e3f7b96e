import { describe, expect, it } from 'vitest';
import { classifyMessage, stripChat } from '../../src/qa/intent.js';

describe('classifyMessage: messages meant for the bot', () => {
  it.each(['hi', 'Hi!', 'hello there', 'hey bot', 'good morning', 'yo', 'hello?', 'hi :)', 'gm'])(
    '"%s" is a greeting',
    (m) => {
      expect(classifyMessage(m)).toEqual({ kind: 'courtesy', courtesy: 'greeting' });
    },
  );

  it.each(['thanks', 'Thank you so much!', 'ok thanks', 'thx', 'cheers', 'great, thanks!', 'thanks 👍'])(
    '"%s" is thanks',
    (m) => expect(classifyMessage(m)).toEqual({ kind: 'courtesy', courtesy: 'thanks' }),
  );

  // "You're welcome!" answers thanks, not an "ok".
  // Reactions that ask nothing: searched, "interesting" was answered with "territories" at 0.94.
  it.each(['ok', 'got it', 'great', 'okay!', 'good bot', 'lol', 'nvm', 'interesting', 'oh i see', 'wow!'])(
    '"%s" acknowledges, without thanks',
    (m) => expect(classifyMessage(m)).toEqual({ kind: 'courtesy', courtesy: 'acknowledgement' }),
  );

  // These once took seconds to minutes (the courtesy pattern could split "hahaha" or "kkkk" every way);
  // the test's time limit catches a return of that.
  it.each([
    'k'.repeat(40) + ' why',
    'ha'.repeat(60) + ' why',
    `${'lol '.repeat(14)}why`,
    'ok '.repeat(19) + 'who',
  ])('a long message that is no courtesy is classified at once ("%s")', (m) =>
    expect(classifyMessage(m).kind).toBe('question'),
  );

  it.each(['bye', 'see you later', 'goodbye!'])('"%s" is goodbye', (m) => {
    expect(classifyMessage(m)).toEqual({ kind: 'courtesy', courtesy: 'goodbye' });
  });

  it.each([
    'help',
    'help?',
    '<@123456789012345678> help',
    'HELP me',
    'what can you do?',
    'how does this work',
    'are you a bot?',
  ])('"%s" asks for help', (m) => expect(classifyMessage(m)).toEqual({ kind: 'help' }));

  it.each([
    'what is this about?',
    'what is this article about',
    "what's this story about?",
    "what's the main point of this article?",
    'summarize',
    'Summarise the article please',
    'gist?',
    'the gist',
    'tl;dr',
    'TLDR',
    'what happened?',
    'can you give me a quick summary',
    "what's the story?",
    'explain this article',
    'key takeaways?',
    'can you summarize',
    'can someone explain what this is about',
    // A misspelt word of asking for the gist, one edit away.
    'sumarize',
    'what is this artcle about',
    "what's going on here",
    "what's this one about",
  ])('"%s" asks for the gist', (m) => expect(classifyMessage(m)).toEqual({ kind: 'summary' }));

  it.each([
    ['/summary 3', 'summary', '3'],
    ['/frobnicate now', 'frobnicate', 'now'],
    ['/quit', 'quit', ''],
  ])('"%s" is a command', (m, name, args) =>
    expect(classifyMessage(m)).toEqual({ kind: 'command', name, args }),
  );

  it.each(['', '   ', '?!', '<@123456789012345678>'])('"%s" is empty or punctuation only', (m) => {
    const intent = classifyMessage(m);
    expect(['empty', 'help']).toContain(intent.kind);
  });

  it.each([
    'What does the protocol summarize?',
    'what happened in 2014',
    'what is the government doing about it',
    'What did Obaidi thank Russia for?',
    'Can Russia help Iraq?',
    'Who is the head of the agency?',
    'what about Russia?',
    'explain why Russia is helping Iraq',
    'What is it?',
    'what is the article about Fomin',
    'what is going on with the talks',
    'which one signed?',
  ])('"%s" is a question about the article, kept as written', (m) => {
    expect(classifyMessage(m)).toEqual({ kind: 'question', question: m });
  });
});

describe('stripChat: the chat around a question is not searched', () => {
  it.each([
    ['hey, can you tell me who signed?', 'who signed?'],
    ['I was wondering where the meeting was', 'where the meeting was'],
    ["I'd like to know when it was published", 'when it was published'],
    ['do you happen to know who took the photo?', 'who took the photo?'],
    ['Hi bot, quick question: who signed?', 'who signed?'],
    ['who signed? thanks', 'who signed?'],
    ['who signed thank you', 'who signed'],
    ['who won thanks a lot', 'who won'],
    ['where was the meeting, please?', 'where was the meeting'],
    ['thanks! and where was it held?', 'and where was it held?'],
    ['<@123456789012345678> <@!42> who signed?', 'who signed?'],
    ['@alice what did they sign?', 'what did they sign?'],
    ['@everyone @here who signed?', 'who signed?'],
    ['could you please tell me what the photo shows', 'what the photo shows'],
    ['So what did they sign?', 'what did they sign?'],
    ['who signed lol', 'who signed'],
  ])('"%s" → "%s"', (message, question) => {
    expect(stripChat(message)).toBe(question);
    expect(classifyMessage(message)).toEqual({ kind: 'question', question });
  });

  it('keeps words that belong to the question ("Can Russia help…", "tell" inside it)', () => {
    expect(stripChat('Can Russia help Iraq?')).toBe('Can Russia help Iraq?');
    expect(stripChat('what did Fomin tell the minister?')).toBe('what did Fomin tell the minister?');
    // The verb "thank" and a word such as "cheers" can be the question itself, not courtesy after it.
    expect(stripChat('Who did Obaidi thank?')).toBe('Who did Obaidi thank?');
    expect(stripChat('who did the minister thank')).toBe('who did the minister thank');
    expect(stripChat('why did the crowd give three cheers')).toBe('why did the crowd give three cheers');
  });

  it('only chat and no question: greeted back, never searched', () => {
    expect(classifyMessage('hey, can you tell me')).toEqual({ kind: 'courtesy', courtesy: 'greeting' });
  });
});

describe('classifyMessage: long runs of punctuation a user can paste', () => {
  // Each ends in a letter, so the trailing-punctuation strips fail at every start of the run: before the
  // lookbehinds each was rescanned from every position (40,000 '…' took tens of seconds).
  const RUN = 40_000;
  it.each([
    ['ellipses', 'a' + '…'.repeat(RUN) + 'x'],
    ['exclamation marks', '!'.repeat(RUN) + 'x'],
    ['full stops and spaces', 'a' + '. '.repeat(RUN / 2) + 'x'],
    ['hyphens', '-'.repeat(RUN) + 'x'],
  ])('reads a message with a run of %s as a question', (_name, message) => {
    expect(classifyMessage(message).kind).toBe('question');
  });

  it('still strips the trailing punctuation ("tell me more?!…" asks for more)', () => {
    expect(classifyMessage('tell me more?!…').kind).toBe('more');
    expect(classifyMessage('hi!!! :)').kind).toBe('courtesy');
  });
});
