/**
 * Scenarios: a reader asks what a story says is not known ("how did the fire start?" of "…said she did
 * not know how the fire had started"), or was not said ("when will the road reopen?" of "…has not said
 * when the road will reopen"). The sentence holds every word of the question and a name, and was answered
 * with the name at high confidence (nc52's "who donated the jacket" → "Gwen Parry"). Now it is refused,
 * and the reply says that the story says it is not known, with that sentence as the reason. Questions the
 * sentence does not deny are answered as before. A story written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { reply } from '../../src/console/chat.js';
import { answerReply } from '../../src/discord/replies.js';
import { statusMessage } from '../../src/format/messages.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const BAKERY = `Fire destroys village bakery in Hollinsworth

14 March 2026

A fire has destroyed a bakery in the village of Hollinsworth in the early hours of Saturday.

Firefighters were called to the Crumb and Co bakery on Mill Lane at about 03:00 and four crews spent five hours at the scene.

No one was hurt.

The owner, Priya Desai, 52, said she did not know how the fire had started.

The fire service has not said when Mill Lane will reopen.

Police have not said whether anyone has been arrested.

A neighbour, Tom Harding, called 999 after he saw smoke from his bedroom window.

Ms Desai said she had run the bakery for 18 years and planned to rebuild it.
`;

/** The same story where the owner says how it started: the question is answered. */
const SAID = BAKERY.replace(
  'said she did not know how the fire had started.',
  'said the fire had started in an old oven.',
);

const OTHER = `Library opens new children's wing

2 March 2026

Hollinsworth library opened a new children's wing on Monday after a year of building work.

The wing was paid for by a grant of £80,000 from the county council.
`;

const engine = new Engine([parseArticle('bakery.txt', BAKERY)]);
const said = new Engine([parseArticle('bakery.txt', SAID)]);
const folder = new Engine([parseArticle('bakery.txt', BAKERY), parseArticle('library.txt', OTHER)]);

type Embed = { title?: string; description?: string };
const embedOf = (r: { embeds?: readonly unknown[] }) => r.embeds?.[0] as Embed;

describe('a question the story says is not known', () => {
  it('"how did the fire start?" is refused, the denying sentence shown as the reason', () => {
    const answer = engine.ask('how did the fire start?');
    expect(answer.answered).toBe(false);
    expect(answer.unsaid).toBe('unknown');
    expect(answer.passages[0]?.text).toMatch(/did not know how the fire had started/);
    expect(statusMessage(answer)).toBe("The article says it isn't known:");
  });

  it('the console and CLI reply says so and quotes the sentence', () => {
    const text = reply(engine, 'how did the fire start?', false) ?? '';
    expect(text).toMatch(
      /^The article says it isn't known:\n\n {2}The owner, Priya Desai, 52, said she did not know/,
    );
    expect(text).not.toMatch(/confidence|Priya Desai\n/);
  });

  it('on Discord, the heading over the sentence says so', () => {
    const embed = embedOf(answerReply(engine.ask('how did the fire start?')));
    expect(embed.title).toBe("The article says it isn't known:");
    expect(embed.description).toMatch(/did not know how the fire had started/);
  });

  it('"when will mill lane reopen?": the story says it was not said', () => {
    const answer = engine.ask('when will mill lane reopen?');
    expect(answer.answered).toBe(false);
    expect(answer.unsaid).toBe('untold');
    expect(reply(engine, 'when will mill lane reopen?', false)).toMatch(
      /^The article says it wasn't made public:\n\n {2}The fire service has not said when Mill Lane will reopen\./,
    );
  });

  it('"has anyone been arrested?" and "who was arrested?": the story says police have not said whether anyone was', () => {
    for (const q of ['has anyone been arrested?', 'who was arrested?']) {
      const answer = engine.ask(q);
      expect(answer.answered).toBe(false);
      expect(answer.passages[0]?.text).toBe('Police have not said whether anyone has been arrested.');
      expect(statusMessage(answer)).toBe("The article says it wasn't made public:");
    }
  });

  it('in a folder of several stories, the reply names the story that says it', () => {
    const answer = folder.ask('how did the fire start at the bakery?');
    expect(answer.answered).toBe(false);
    expect(statusMessage(answer)).toBe("“Fire destroys village bakery in Hollinsworth” says it isn't known:");
  });
});

describe('questions the sentence does not deny are answered as before', () => {
  it('"how did the fire start?" of the story that says how', () => {
    const answer = said.ask('how did the fire start?');
    expect(answer.answered).toBe(true);
    expect(answer.unsaid).toBeUndefined();
    expect(answer.passages[0]?.text).toMatch(/old oven/);
  });

  it('"who called 999?", "who is the owner of the bakery?" of the story that denies how the fire started', () => {
    expect(engine.ask('who called 999?').answer?.text).toBe('Tom Harding');
    // The denying sentence names her: a question of her, not of how the fire started, is answered by it.
    const owner = engine.ask('who is the owner of the bakery?');
    expect(owner.answered).toBe(true);
    expect(owner.answer?.text).toBe('Priya Desai');
    expect(engine.ask('how long has Ms Desai run the bakery?').answer?.text).toBe('18 years');
  });
});
