/**
 * Scenarios on the seed article, as readers ask after reading the story: where the agreement was signed
 * (the sentence matching best names only a service and a ministry; the one that says where the signing
 * happened, "… convened in the city of St.Petersburg", answers), and what was signed (the object of
 * "signed" in the passage, not an organisation of its title).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { seedKnowledge } from '../support/seed.js';

const { engine } = await loadEngine(seedKnowledge());

describe('where the signing happened', () => {
  it.each(['where was the agreement signed?', 'where did they sign the agreement', 'where did they sign?'])(
    '"%s" → St.Petersburg, from the sentence that says where',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      expect(answer.answer?.text).toBe('St.Petersburg');
      expect(answer.passages[0]?.text).toContain('convened in the city of St.Petersburg');
    },
  );

  it('"where was the agreement signed?" still shows the sentence that says "agreement", after it', () => {
    const answer = engine.ask('where was the agreement signed?');
    expect(answer.passages.slice(1).some((p) => p.text.includes('signed an agreement'))).toBe(true);
  });

  it('"who signed the agreement?" then "where?" in the console → St.Petersburg', () => {
    const conversation: Conversation = {};
    reply(engine, 'who signed the agreement?', false, conversation);
    const where = reply(engine, 'where?', false, conversation) ?? '';
    expect(where).toContain('St.Petersburg');
    expect(where).not.toMatch(/^Russian Federal Service/m);
  });

  it('"where is the ministry" keeps its own passage\'s place (Moscow)', () => {
    expect(engine.ask('where is the ministry').answer?.text).toMatch(/Moscow/);
  });
});

describe('what was signed', () => {
  it.each(['what was signed', 'what was signed?', 'What was signed?'])('"%s" → the agreement', (question) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toMatch(/agreement|protocol/);
    expect(answer.answer?.text).not.toMatch(/Russian Federal Service|Fomin|Obaidi/);
  });
});

describe('where, with several stories loaded', () => {
  const engine = new Engine([
    parseArticle(
      'treaty.txt',
      ['Minister signs treaty', 'The minister signed the treaty on Monday, the ministry said.'].join('\n\n'),
    ),
    parseArticle(
      'petition.txt',
      ['Fans sign petition', 'Thousands of fans signed a petition in Paris on Sunday.'].join('\n\n'),
    ),
  ]);

  it('"where did the minister sign the treaty" does not take another story\'s place', () => {
    const answer = engine.ask('where did the minister sign the treaty');
    expect(answer.answer?.text ?? null).not.toBe('Paris');
  });
});
