/**
 * Scenarios: a person named in full once and then by one word ("Daniel Hart, 34, … appeared…", then
 * "Hart, who…", then '"…," he told the court.'). The "he" after "Hart" is Daniel Hart, so a reader
 * asking for his words by his full name gets his quote; a surname two people of the story share
 * ("Tom Reid and his son Jack Reid") and a title that says someone else ("Mrs Reid" after "Sam Reid")
 * are no one's full name. On stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { findEntities } from '../../src/qa/entities.js';
import { fullerName } from '../../src/qa/full-name.js';
import { findReferents } from '../../src/qa/referents.js';
import { chat, story } from '../support/chat.js';

const courtParagraphs = [
  'Man charged over warehouse fire in Hull',
  'A man has been charged after a fire destroyed a warehouse in Hull last week.',
  "Daniel Hart, 34, of Beverley, appeared at Hull Magistrates' Court on Monday charged with arson.",
  'Hart, who worked at the warehouse until March, was remanded in custody. "I did not start that fire," he told the court.',
  'Fire crews spent two days at the scene.',
];

const chessParagraphs = [
  'Teenager takes chess title',
  'Emma Lennox beat 40 adults over nine rounds at the tournament in Stirling, which ended on Sunday.',
  'Emma, who learned the game from her uncle, lost only one game all week. "I was calm the whole time," she said.',
  'Emma will now play at the European youth championships in Portugal.',
];

const fishermenParagraphs = [
  'Father and son rescue swimmer off Arbroath',
  'Two fishermen have pulled a swimmer from the sea off Arbroath.',
  'Tom Reid and his son Jack Reid were returning to harbour when they saw the man waving.',
  'Reid, who has fished the coast for 30 years, steered the boat alongside. "He was very cold," he said.',
];

const skipperParagraphs = [
  'Skipper praised after storm rescue',
  'Sam Reid guided his trawler through the storm to rescue three sailors near Peterhead.',
  'His wife waited on the quay. Mrs Reid, who runs a cafe in the town, said she had not slept. "I was so scared," she said.',
];

/** The passage shown first: the line just before its source line ("— Headline (file)"). */
const firstPassage = (said: string) => {
  const lines = said.split('\n');
  return lines[lines.findIndex((l) => l.startsWith('— ')) - 1] ?? '';
};

/** Whom each pronoun opening is read as, by the sentence's first words. */
const readAs = (paragraphs: readonly string[]) => {
  const article = parseArticle('story.txt', paragraphs.join('\n\n'));
  const { one } = findReferents(article, (s) => findEntities(s.text));
  return article.sentences.flatMap((s) => {
    const name = one.get(s.index)?.name;
    return name === undefined ? [] : [`${s.text.slice(0, 12)} → ${name}`];
  });
};

describe('a person named again by one word is the person named in full before', () => {
  it('"what did daniel hart say?" → his words to the court, confidently', () => {
    const said = chat(story('court.txt', ...courtParagraphs))('what did daniel hart say?');
    expect(firstPassage(said)).toBe('"I did not start that fire," he told the court.');
    expect(said).toContain('confidence: high');
  });

  it('"what did emma lennox say?" → her quote after "Emma, who…", not refused', () => {
    const said = chat(story('chess.txt', ...chessParagraphs))('what did emma lennox say?');
    expect(said).not.toMatch(/couldn't find/u);
    expect(firstPassage(said)).toBe('"I was calm the whole time," she said.');
  });

  it('the quote\'s "he" after "Hart, who…" is Daniel Hart; a shared surname or another\'s title is no one\'s full name', () => {
    expect(readAs(courtParagraphs)).toContain('"I did not s → Daniel Hart');
    // "Reid" of "Tom Reid and his son Jack Reid", and "Mrs Reid" after "Sam Reid", stay as written.
    expect(readAs(fishermenParagraphs)).toContain('"He was very → Reid');
    expect(readAs(skipperParagraphs)).toContain('"I was so sc → Mrs Reid');
  });
});

describe('fullerName', () => {
  const never = () => false;
  it('a first name or a surname alone is the one longer name it opens or ends', () => {
    const before = [{ name: 'Isla Mackay', gender: 'female' as const }];
    expect(fullerName('Isla', before, 'female', never)?.name).toBe('Isla Mackay');
    expect(fullerName('Mackay', before, 'female', never)?.name).toBe('Isla Mackay');
  });
  it('no full name for two longer names, a pronoun the name says otherwise of, or a word inside', () => {
    const two = [
      { name: 'Anna Price', gender: 'female' as const },
      { name: 'Anna Kowal', gender: 'female' as const },
    ];
    expect(fullerName('Anna', two, 'female', never)).toBeUndefined();
    expect(
      fullerName('Reid', [{ name: 'Tom Reid', gender: 'male' as const }], 'female', never),
    ).toBeUndefined();
    expect(
      fullerName('Van', [{ name: 'Lena Van Dyke', gender: 'female' as const }], 'female', never),
    ).toBeUndefined();
  });
});
