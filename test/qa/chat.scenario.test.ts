/**
 * Scenarios: messages people send the bot that are not (only) questions, as they type them. Each front
 * routes by `respond`, so these hold for Discord, the console and the CLI alike.
 */
import { describe, expect, it } from 'vitest';
import { formatAnswer } from '../../src/format/text.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { respond } from '../../src/qa/respond.js';
import { seedKnowledge } from '../support/seed.js';

const { engine } = await loadEngine(seedKnowledge());

function answerTo(message: string) {
  const response = respond(engine, message);
  if (response.kind !== 'answer') throw new Error(`"${message}" was taken for ${response.kind}`);
  return response.answer;
}

describe('small talk is answered politely, never with an article sentence', () => {
  it('"hi" gets a greeting with a question the article can answer', () => {
    const response = respond(engine, 'hi');
    expect(response).toMatchObject({ kind: 'courtesy', courtesy: 'greeting' });
    if (response.kind !== 'courtesy') return;
    expect(response.examples).toHaveLength(1);
    expect(answerTo(response.examples[0] ?? '').answered).toBe(true);
  });

  it('"thanks" and "thank you!" get a courtesy reply', () => {
    expect(respond(engine, 'thanks')).toMatchObject({ kind: 'courtesy', courtesy: 'thanks' });
    expect(respond(engine, 'thank you!')).toMatchObject({ kind: 'courtesy', courtesy: 'thanks' });
  });

  it('"help" and "@bot help" get the help, with example questions', () => {
    // Nothing to look up ("?!", a bare mention) gets the same help: how to ask, with examples.
    for (const message of ['help', '<@123456789012345678> help', '?!', '<@123456789012345678>']) {
      const response = respond(engine, message);
      expect(response.kind).toBe('help');
      if (response.kind === 'help') expect(response.examples.length).toBeGreaterThan(0);
    }
  });
});

describe('"what is this about?" gets the gist', () => {
  it.each(['what is this about?', "what's this article about", 'tl;dr', 'summarize', 'gist'])('"%s"', (m) => {
    const response = respond(engine, m);
    expect(response.kind).toBe('summary');
    if (response.kind !== 'summary') return;
    expect(response.summary?.article.title).toBe(
      'Iraq, Russia Sign Military-Technical Cooperation Agreement',
    );
    // Who signed what comes first.
    expect(response.summary?.sentences[0]).toMatch(
      /Obaidi .* Fomin (have )?signed (an agreement|the protocol)/,
    );
  });

  it('but "what does the protocol summarize?" is a question about the article', () => {
    expect(answerTo('What does the protocol summarize?').passages[0]?.text).toContain(
      'The protocol summarizes',
    );
  });
});

describe('chat around a question is not searched and does not lower the confidence', () => {
  it.each([
    ['hey, can you tell me who signed?', 'who signed?'],
    ['I was wondering where the meeting was', 'where the meeting was'],
    ['do you know what Obaidi thanked Russia for? thanks', 'what Obaidi thanked Russia for?'],
    ['<@123456789012345678> who signed?', 'who signed?'],
    ['@alice what did they sign?', 'what did they sign?'],
  ])('"%s" is answered as "%s"', (chatty, plain) => {
    const a = answerTo(chatty);
    const b = answerTo(plain);
    expect(a.answered).toBe(true);
    expect(a.passages[0]?.text).toBe(b.passages[0]?.text);
    expect(a.confidence).toBe(b.confidence);
  });
});

describe('commands', () => {
  it('a "/command" is never searched in the article', () => {
    expect(respond(engine, '/frobnicate')).toEqual({ kind: 'command', name: 'frobnicate', args: '' });
  });
});

describe('questions about the page itself, as people type them', () => {
  it.each([
    ['Who took the photo?', 'AP Photo / Mikhail Metzel', 'credit'],
    ['hey, do you know what the photo shows?', 'The emblem of the Russian Defense Ministry', 'caption'],
    ['When was the article published?', '14:31 GMT +3, 20 October 2019', 'dateline'],
    ['when was it published', '20 October 2019', 'dateline'],
    ['who reported it?', 'MOSCOW (Sputnik)', 'body'],
    ["what's the headline", 'Iraq, Russia Sign Military-Technical Cooperation Agreement', 'title'],
  ])('"%s" → "%s" (%s)', (question, expected, section) => {
    const answer = answerTo(question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain(expected);
    expect(answer.passages[0]?.section).toBe(section);
  });

  it.each(['what site is this from', 'which website is this from?', 'who reported this', 'which agency'])(
    '"%s" of a text file naming no site → the agency of its dateline, cited as such',
    (question) => {
      const answer = answerTo(question);
      expect(answer.answered).toBe(true);
      const best = answer.passages[0];
      const mark = best?.highlights.find((h) => h.kind === 'answer');
      expect(best?.text.slice(mark?.start, mark?.end)).toBe('Sputnik');
      expect(formatAnswer(answer)).toContain(
        '(news agency (dateline), iraq-russia-military-cooperation.txt)',
      );
    },
  );

  it('"who wrote this article?" on a page without a byline: not answered from the story', () => {
    const answer = answerTo('who wrote this article?');
    expect(answer).toMatchObject({ answered: false, page: 'author', passages: [] });
  });
});
