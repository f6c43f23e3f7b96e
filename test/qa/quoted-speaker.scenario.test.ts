/**
 * Scenarios: who said it. A story names its speaker once, with a role before the name that is no
 * part of it ("Helm Ravi Pillai"), then goes on with their words: a quotation said by "he" right after
 * the sentence naming them, a second quoted sentence after '"…," he said.' or '"…," said Pillai.' that
 * names no one, and a sentence inside a quotation opening with "He" that is the speaker's word for
 * someone else; and a thing with a man's first name in its name ("Ty Seren, the hospice…") read as no
 * man, so the "He" after the person named next is theirs. On stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { findEntities } from '../../src/qa/entities.js';
import { findReferents } from '../../src/qa/referents.js';
import { wholeQuotation } from '../../src/qa/quotation.js';
import { chat, story } from '../support/chat.js';

const lifeboatParagraphs = [
  'Inshore lifeboat saves two paddleboarders',
  'Two paddleboarders were rescued off Tenby on Saturday after the wind blew them out to sea.',
  'Helm Ravi Pillai took the inshore lifeboat out through the harbour mouth.',
  '"The wind was pushing them further out every minute," he said. "We had to be quick."',
  'Volunteer Lowri Price, 19, pulled both paddleboarders into the boat. It was her first rescue.',
  '"She kept her head and did everything by the book," said Pillai. "I could not have asked for more."',
  'Station manager Gwen Howells thanked the crew.',
];
const lifeboat = story('lifeboat.txt', ...lifeboatParagraphs);

const transferParagraphs = [
  'Club chairman says star forward may leave',
  'Harbour Town chairman Maurice Hale says the club will not stand in the way of its top scorer.',
  '"It would be a great loss for us," said Hale. "This lad is the best finisher in the league. He has scored in every home game this season."',
  'The forward has a year left on his contract.',
];

const hospiceParagraphs = [
  'Baker cycles to Paris for hospice',
  'A baker from Rhyl has cycled to Paris to raise money for a hospice.',
  'The money will go to Ty Seren, the hospice in Prestatyn, which looked after her father last year.',
  'The bike was lent to her by cyclist Celyn Rowe, who rode it in the Tour of Britain.',
  'He said he was glad it had been used for a good cause.',
];

const pubParagraphs = [
  'Villagers buy their last pub',
  'Residents of Ashley Green have bought the Plough after raising £410,000 in shares.',
  'Society chair Helen Marsh, a retired GP, said the sale had completed on Friday. "This is not just about beer," she said. "For a lot of older people here, the Plough was the only place they saw another face all week." She added that the society had almost given up in March.',
  'The pub is expected to reopen in July.',
];
const pub = story('pub.txt', ...pubParagraphs);

/** The passage shown first: the line just before its source line ("— Headline (file)"). */
const firstPassage = (said: string) => {
  const lines = said.split('\n');
  return lines[lines.findIndex((l) => l.startsWith('— ')) - 1] ?? '';
};

/** Whose words each sentence is read as, by the sentence's first words, for the story `paragraphs`. */
const speakers = (paragraphs: readonly string[]) => {
  const article = parseArticle('story.txt', paragraphs.join('\n\n'));
  const { one, quoted } = findReferents(article, (s) => findEntities(s.text));
  return article.sentences.flatMap((s) => {
    const name = (one.get(s.index) ?? quoted.get(s.index))?.name;
    return name === undefined ? [] : [`${s.text.slice(0, 12)} → ${name}`];
  });
};

describe('a role before a name is no part of it', () => {
  it('"who took the lifeboat out?" → Ravi Pillai, not "Helm Ravi Pillai"', () => {
    const said = chat(lifeboat)('who took the lifeboat out?');
    expect(said.split('\n')[0]).toBe('Ravi Pillai');
  });
});

describe('the speaker of a quotation, and of the quoted sentence after it', () => {
  it('reads each quotation of the helm as his, the second sentence after "he said." too', () => {
    expect(speakers(lifeboatParagraphs)).toEqual([
      '"The wind wa → Ravi Pillai',
      '"We had to b → Ravi Pillai',
      // '"…," said Pillai.' then a quoted sentence: the speaker by the full name given before (full-name.ts).
      '"I could not → Ravi Pillai',
    ]);
  });

  it('"what did Ravi Pillai say about the wind?" → his quotation about it, said by "he"', () => {
    const said = chat(lifeboat)('what did Ravi Pillai say about the wind?');
    expect(firstPassage(said)).toMatch(/^"The wind was pushing them/);
  });

  it('a "He" inside a quotation is the speaker\'s word, not the speaker', () => {
    expect(speakers(transferParagraphs)).toEqual([
      '"This lad is → Maurice Hale',
      'He has score → Maurice Hale',
    ]);
    const article = parseArticle('story.txt', transferParagraphs.join('\n\n'));
    const { one } = findReferents(article, (s) => findEntities(s.text));
    const inside = article.sentences.find((s) => s.text.startsWith('He has scored'));
    expect(inside === undefined ? 'missing' : one.get(inside.index)).toBeUndefined();
  });

  it.each([
    ['"I could not have asked for more."', true],
    ['"A shortage of money has never been a problem for us.', true],
    ['He has scored in every home game this season."', true],
    ['"Gaming widows" has become a common term.', false],
    ['"It would be a great loss," said Hale.', false],
    ['He said it was her first rescue.', false],
  ])('%s is nothing but quoted words: %s', (text, whole) => {
    expect(wholeQuotation(text)).toBe(whole);
  });
});

describe('a name set beside a thing is no person', () => {
  it('"Ty Seren, the hospice in Prestatyn" is no man before "He said…": the cyclist is', () => {
    expect(speakers(hospiceParagraphs)).toEqual(['He said he w → Celyn Rowe']);
  });

  it('"what did Celyn Rowe say?" → "He said he was glad…"', () => {
    const said = chat(story('hospice.txt', ...hospiceParagraphs))('what did Celyn Rowe say?');
    expect(firstPassage(said)).toMatch(/^He said he was glad/);
  });
});

describe('review31c: whose the quotation a sentence ends with is, and a player by position', () => {
  it('"said X, before Y added: "…" — the next quoted sentence is no one\'s, not X\'s', () => {
    expect(
      speakers([
        'Crews were called to the bungalow in Pontypridd just after 02:00 on Sunday.',
        '"The alarm in the hall had no battery," said watch manager Gwen Rees, before her colleague Dafydd Howells added: "Test your alarms every month.',
        'It takes a few seconds."',
      ]),
    ).toEqual([]);
  });

  it('"Owen Jenkins, the Scarlets lock" is a player, whose "He said…" follows', () => {
    expect(
      speakers([
        'Wales beat France 24-20 in Cardiff on Saturday.',
        'Owen Jenkins, the Scarlets lock, made 22 tackles.',
        'He said the team had shown real character.',
      ]),
    ).toEqual(['He said the  → Owen Jenkins']);
  });
});

describe('a speaker named after a title whose person sense is not its commonest ("Society chair")', () => {
  it('the "she" of the quotation, the quotation after it and "She added" are hers', () => {
    expect(speakers(pubParagraphs)).toEqual([
      '"This is not → Helen Marsh',
      '"For a lot o → Helen Marsh',
      'She added th → Helen Marsh',
    ]);
  });

  it('"what did helen marsh say about older people?" → her words about them, not her first sentence', () => {
    expect(firstPassage(chat(pub)('what did helen marsh say about older people?'))).toContain(
      'For a lot of older people here',
    );
  });
});
