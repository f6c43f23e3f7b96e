/**
 * Scenarios: "she" and "he" in the console chat after questions about a woman and a man of one story.
 * "she" is not the man the conversation was about, and "the mayor" is the person her title names. A
 * "he" after a question about a woman is the one man of the story (its subject, or the only man it
 * names), or the reply asks who is meant: never "no words I can look up".
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { readFileSync } from 'node:fs';
import { reply } from '../../src/console/chat.js';
import { Engine } from '../../src/qa/engine.js';
import { chat, story } from '../support/chat.js';

const BRIDGE = parseArticle(
  'bridge.txt',
  [
    'Council approves new harbour bridge',
    'The town council voted 7 to 2 on Monday to approve a new pedestrian bridge across the old harbour.',
    'Mayor Helen Brandt said the vote was "a turning point for the whole town".',
    'The Harbour Traders Association, led by fishmonger Tomas Reilly, warned that building work could drive visitors away.',
  ].join('\n\n'),
);
const engine = new Engine([BRIDGE]);
// The story of one woman: Mayor Anna Lindqvist is the only person it names.
const ONE_WOMAN = new Engine([
  parseArticle('plain.txt', readFileSync(new URL('../fixtures/articles/plain.txt', import.meta.url), 'utf8')),
]);
// A woman and two men, none of them the story's subject.
const TWO_MEN = story(
  'two-men.txt',
  'Council approves new harbour bridge',
  'Mayor Helen Brandt said the vote was "a turning point for the whole town".',
  'Fishmonger Tomas Reilly warned that building work could drive visitors away.',
  'Engineer Peter Walsh said construction would begin in March.',
);
// A story about one man (its subject) that also names a woman and, once, another man.
const RUIZ = story(
  'ruiz.txt',
  'Marco Ruiz signs new deal with Harbour City',
  'Striker Marco Ruiz has signed a new three-year contract with Harbour City, the club said on Friday.',
  'Ruiz, 24, scored 19 goals last season. He said he was "proud to stay at the club I love".',
  "Head coach Sarah Kent said the deal showed the club's ambition.",
  'Ruiz joined from Porto in 2021 after a trial arranged by his agent, Luis Ortega.',
);

// A woman and a man whose first names say which is which, and a town the tagger takes for a person
// ("Brenton", a name that says neither).
const FERRY = story(
  'ferry.txt',
  'Ferry service returns to Lake Varna',
  'Passenger ferries will sail across Lake Varna again from 1 March 2027, the regional council announced on Friday.',
  'Council leader Margaret Okafor said the service would cut the journey between Kessel and Brenton from 55 minutes by road to 18 minutes.',
  'Ferry captain Tomas Brandt, who worked on the old service for 14 years, will train the new crews.',
);

describe('"she" and "he" in a conversation about two people', () => {
  it('"what did the mayor say" then "what did she say": the mayor, named by her title', () => {
    const say = chat(engine);
    say('who is tomas reilly');
    expect(say('what did the mayor say')).toContain('turning point');
    const said = say('what did she say');
    expect(said).toContain('turning point');
    expect(said).not.toMatch(/^The Harbour Traders/);
  });

  it('"who is tomas reilly" then "what did she say?" is not read as about him', () => {
    const say = chat(engine);
    say('who is tomas reilly');
    expect(say('what did she say?')).not.toMatch(/^The Harbour Traders Association/);
    // "he" still is.
    const say2 = chat(engine);
    say2('who is tomas reilly');
    expect(say2('what did he say?')).toMatch(/^The Harbour Traders Association/);
  });
});

describe('"he" after a question about a woman, and "she" after a man', () => {
  it('"who is the mayor?" then "what did he say?": the only man the story names, and the reply says so', () => {
    const say = chat(engine);
    expect(say('who is the mayor?')).toMatch(/^Helen Brandt/);
    const he = say('what did he say?');
    expect(he).toContain('(read "he" as Tomas Reilly)');
    expect(he).toContain('The Harbour Traders Association, led by fishmonger Tomas Reilly, warned');
    expect(he).not.toContain("couldn't find");
    // And back: "she" is the mayor again.
    expect(say('what did she say?')).toContain('turning point');
  });

  it('"who is tomas reilly" then "what did she say?": the only woman the story names', () => {
    const say = chat(engine);
    say('who is tomas reilly');
    const she = say('what did she say?');
    expect(she).toContain('(read "she" as Helen Brandt)');
    expect(she).toContain('Mayor Helen Brandt said the vote was "a turning point');
  });

  it('a story that names no man: the reply asks who "he" is, not "no words I can look up"', () => {
    const say = chat(ONE_WOMAN);
    expect(say('who is the mayor?')).toMatch(/^Anna Lindqvist/);
    const he = say('what did he say?');
    expect(he).toBe(
      "I'm not sure who you mean by “he”: it doesn't sound like Anna Lindqvist, and the article names no one else it fits. Try asking with a name.",
    );
    // "his" and "him" read as the reader wrote them: never "who “his” is".
    expect(say('what about him?')).toMatch(/^I'm not sure who you mean by “him”: /);
    expect(say('and his?')).toMatch(/^I'm not sure who you mean by “his”: /);
    // The conversation is still about her: "she" and "where?" follow on from the mayor.
    expect(say('what did she say?')).toContain('Mayor Anna Lindqvist said construction would begin');
  });

  it('a "he" that fits no one, beside words to look up: those words are searched, not a question back', () => {
    const say = chat(ONE_WOMAN);
    say('who is the mayor?');
    expect(say('when will he begin construction?')).toMatch(/^March\n/);
    expect(say('how much will his bridge cost?')).toMatch(/^40 million euros\n/);
  });

  it('a story that names two men: the reply asks which, naming both', () => {
    const say = chat(TWO_MEN);
    expect(say('who is the mayor?')).toMatch(/^Helen Brandt/);
    expect(say('what did he say?')).toBe(
      "I'm not sure who you mean by “he”: it doesn't sound like Helen Brandt, and it could be Tomas Reilly or Peter Walsh. Try asking with a name.",
    );
  });

  it('a story about one man: "he" after its woman is him, though it names another man once', () => {
    const say = chat(RUIZ);
    expect(say('who is the head coach?')).toMatch(/^Sarah Kent/);
    const he = say('what did he say?');
    expect(he).toContain('(read "he" as Marco Ruiz)');
    expect(he).not.toContain('no words I can look up');
    expect(he).not.toContain("I'm not sure who");
    expect(he.split('\n')[1]).toContain('Ruiz');
  });
  it('"he" after a woman is the one man the names tell, not a name that says nothing ("Brenton")', () => {
    const say = chat(FERRY);
    expect(say('who is margaret okafor?')).toMatch(/^Council leader/);
    const he = say('what did he say?');
    expect(he).toContain('(read "he" as Tomas Brandt)');
    expect(he).not.toContain("I'm not sure who");
    expect(say('who is tomas brandt')).toMatch(/^Ferry captain/);
    expect(say('what did she say?')).toContain('(read "she" as Margaret Okafor)');
  });

  it('"he" with no one asked about before, in a story naming only a woman: no one it fits, asked back', () => {
    for (const question of ['what did he say?', 'who is he?'])
      expect(reply(ONE_WOMAN, question, false, {}), question).toBe(
        "I'm not sure who you mean by “he”: the article names no one it fits. Try asking with a name.",
      );
  });

  it('"she" with no one asked about before: the one woman of the story is offered, not assumed', () => {
    for (const question of ['what did she say?', 'who is she?'])
      expect(reply(ONE_WOMAN, question, false, {}), question).toBe(
        "I'm not sure who you mean by “she”: do you mean Anna Lindqvist? Try asking with the name.",
      );
  });
});
