/**
 * Scenario tests for the short answer: what people ask about the seed article, and the words they should
 * get first (the passage then proves them).
 */
import { describe, expect, it } from 'vitest';
import { answerReply } from '../../src/discord/replies.js';
import { formatAnswer, type TextStyle } from '../../src/format/text.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { seedKnowledge } from '../support/seed.js';

const { engine } = await loadEngine(seedKnowledge());
const MARK: TextStyle = { emphasis: (s) => `<${s}>` };

describe('the short answer', () => {
  it.each([
    ['who signed?', 'Khaled Obaidi and Alexander Fomin'],
    ['Who signed the agreement?', 'Khaled Obaidi and Alexander Fomin'],
    ['where was the meeting?', 'St.Petersburg'],
    ['where did the commission convene?', 'St.Petersburg'],
    // "held" only says that the meeting happened: the story says where it "convened".
    ['where was the meeting held?', 'St.Petersburg'],
    ['wher was the meting held', 'St.Petersburg'],
    ['when was the protocol signed?', 'Thursday (17 October 2019)'],
    ['what happened in 2014?', 'IS militants seized large areas in Iraq and Syria'],
    // A misspelt "happened" is left out as the word is, not searched as a word the story lacks.
    ['what hapened in 2014', 'IS militants seized large areas in Iraq and Syria'],
    ['why is russia helping iraq?', 'current terror threats'],
    // "thanked Russia for supporting Iraq": a verb's "for" + gerund gives its reason, and the quoted
    // words it opens run to their close, not to the comma inside them.
    [
      'why did the minister thank russia',
      'supporting Iraq \u201cin all fields, especially military cooperation.\u201d',
    ],
  ])('"%s" → %s', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(expected);
  });

  it.each(['Where did the talks take place?', 'where were the talks'])(
    '"%s" is answered by a place or by the passage alone, never by a thing the passage names',
    (question) => {
      const answer = engine.ask(question);
      expect(answer.answered).toBe(true);
      const best = answer.passages[0]?.text ?? '';
      // Whichever passage comes first: St.Petersburg when it names it, else no short answer.
      if (best.includes('St.Petersburg')) expect(answer.answer?.text).toBe('St.Petersburg');
      else expect(answer.answer).toBeNull();
    },
  );

  it.each([
    ['Who is Alexander Fomin?', 'Director of the Russian Federal Service for Military-Technical Cooperation'],
    ['who is fomin', 'Director of the Russian Federal Service for Military-Technical Cooperation'],
    ['who is Khaled Obaidi', 'Iraqi Defense Minister'],
    ['who is obaidi?', 'Iraqi Defense Minister'],
  ])('"%s" is answered by the title the story gives him, not by another name: %s', (question, title) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(title);
    expect(answer.passages[0]?.text).toContain('Alexander Fomin');
  });

  describe('who someone is, in a story of its own', () => {
    const story = parseArticle(
      'dialling.txt',
      [
        'Phone firms told to act on rogue diallers',
        '',
        'Rob Dwight, a spokesman for Icstis, said firms should warn customers sooner.',
        '',
        'Jane Holt said she had been billed £400 for calls she never made.',
      ].join('\n'),
    );
    const own = new Engine([story]);

    it('"who is rob dwight" → the apposition that says who he is', () => {
      expect(own.ask('who is rob dwight').answer?.text).toBe('spokesman for Icstis');
    });

    it('"who is jane holt" → no short answer: the story gives her no title, and no other name will do', () => {
      const answer = own.ask('who is jane holt');
      expect(answer.passages[0]?.text).toContain('Jane Holt');
      expect(answer.answer).toBeNull();
    });
  });

  it('never answers with a pair of names that repeats the person asked about', () => {
    const answer = engine.ask('who signed with Alexander Fomin?');
    expect(answer.answer?.text ?? '').not.toContain('Fomin');
  });

  it('points at the words of the passage it comes from', () => {
    const answer = engine.ask('when was the protocol signed?');
    const short = answer.answer;
    expect(short).not.toBeNull();
    if (short === null) return;
    // The passage says "Thursday"; the dateline dates it.
    expect(answer.passages[short.passage]?.text.slice(short.start, short.end)).toBe('Thursday');
  });

  it('only the answer is marked in the passage: not the ministry that announced it', () => {
    const best = engine.ask('who signed?').passages[0];
    const marked = (best?.highlights ?? []).filter((h) => h.kind === 'answer');
    expect(marked).toHaveLength(1);
    expect(best?.text.slice(marked[0]?.start, marked[0]?.end)).toMatch(
      /^Khaled Obaidi and .* Alexander Fomin$/,
    );
  });

  it('is shown first, then the passage with only that span marked, then the source', () => {
    const lines = formatAnswer(engine.ask('where was the meeting?'), MARK).split('\n');
    expect(lines[0]).toBe('<St.Petersburg>');
    expect(lines[1]).toContain('the city of <St.Petersburg>');
    expect(lines[1]?.match(/</g)).toHaveLength(1);
    expect(lines[2]).toMatch(/^— Iraq, Russia Sign/);
  });

  it('a question the article cannot answer gets no short answer and no bold anywhere', () => {
    const answer = engine.ask('How many tanks will Russia deliver to Iraq?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBeNull();
    expect(formatAnswer(answer, MARK)).not.toMatch(/[<>]/);
    // Nor in what `ask --json` prints: the closest passages mark no entity of the asked type as an answer.
    expect(answer.passages.length).toBeGreaterThan(0);
    expect(answer.passages.flatMap((p) => p.highlights).filter((h) => h.kind === 'answer')).toEqual([]);
    const embed = answerReply(answer).embeds?.[0] as { description?: string; title?: string };
    expect(embed.description).toBeDefined();
    expect(embed.description).not.toContain('**');
  });
});
