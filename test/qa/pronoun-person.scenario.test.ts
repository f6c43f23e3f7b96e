/**
 * Scenarios: the answer is in a sentence that names its person by "He" after a quotation, and the
 * person was named before it in a way the pronoun reading once missed: a surname that is a common noun
 * for a kind of place ("Daniel Grove", "Ann Heath"), dropped as if it were a place, and a name written
 * with an initial ("R Okonjo"), which the tagger takes for no one. On stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { wordVectors } from '../../src/qa/embeddings.js';
import { Engine } from '../../src/qa/engine.js';
import { findEntities } from '../../src/qa/entities.js';
import type { Group } from '../../src/qa/expansion.js';
import { initialledNames } from '../../src/qa/initialled-name.js';
import { findReferents } from '../../src/qa/referents.js';
import { PASSAGE_FEATURES } from '../../src/qa/passage-model.js';
import { softCoverage } from '../../src/qa/soft-match.js';
import { tokenize } from '../../src/qa/text.js';
import { isPlaceName } from '../../src/qa/wordnet.js';
import { chat, story } from '../support/chat.js';

const housingParagraphs = [
  'Housing Plan Criticised',
  'The council unveiled a plan for 2,000 new homes on the edge of Merton on Tuesday.',
  'Former housing minister Daniel Grove criticised the plan on local radio.',
  '"Where will the children of all these families go to school?"',
  'the former minister asked.',
  'He said the council should build two new schools before a single house.',
  'The council will publish its final plan in the spring.',
];
const housingText = housingParagraphs.join('\n\n');
const housing = story('housing.txt', ...housingParagraphs);

const chess = [
  'Why Players Quit Online Chess',
  '',
  'Online chess has grown fast since the pandemic, and so have the hours some players spend on it.',
  '',
  'R Okonjo, writing in the magazine Board Talk, said recently: "I used to play chess online every night.',
  '',
  '"Some weeks I would stay up until three in the morning, five nights running."',
  '',
  'He quit the game, he says, because he found that walking in the hills was more fun than chess.',
].join('\n');

/** Whom each sentence opening with a pronoun stands for, by its text's first words. */
const readings = (raw: string) => {
  const article = parseArticle('story.txt', raw);
  const { one } = findReferents(article, (s) => findEntities(s.text));
  return article.sentences.flatMap((s) => {
    const name = one.get(s.index)?.name;
    return name === undefined ? [] : [`${s.text.slice(0, 11)} → ${name}`];
  });
};

/** The passage shown first: the line just before its source line ("— Headline (file)"). */
const firstPassage = (said: string) => {
  const lines = said.split('\n');
  return lines[lines.findIndex((l) => l.startsWith('— ')) - 1] ?? '';
};

describe('"He" after a quotation, for a person named before it', () => {
  it('"what does grove think the council should do" → "He said the council should build…"', () => {
    const said = chat(housing)('what does grove think the council should do');
    expect(firstPassage(said)).toMatch(/^He said the council should build two new schools/);
  });
});

describe('a name written with initials', () => {
  it('"He quit the game…" after "R Okonjo, writing in…, said" and a quotation is R Okonjo', () => {
    expect(readings(chess)).toEqual(['He quit the → R Okonjo']);
  });

  it.each([
    ['R Okonjo, writing in the magazine, said', ['R Okonjo']],
    ['The novel by P. D. James sold well.', ['P. D. James']],
    ['A Labour spokesman said', []],
    ['I Robot is a film.', []],
    ['President George W Hughes said', []],
    ['Shares in W H Smith fell.', []],
  ])('"%s" → %j', (text, names) => {
    expect(initialledNames(text).map((n) => n.name)).toEqual(names);
  });
});

describe('a place by its proper name, not a surname that is a kind of place', () => {
  it.each([
    ['Paris', true],
    ['Wales', true],
    ['Grove', false],
    ['Field', false],
    ['Heath', false],
  ])('%s → %s', (word, place) => {
    expect(isPlaceName(word)).toBe(place);
  });
});

describe('the learned re-ranking reads the pronoun as the name, as the ranking does', () => {
  const group = (word: string, stem: string): Group => ({ word, idf: 2, terms: [{ stem, weight: 1 }] });
  const groups = [group('grove', 'grove'), group('schools', 'school')];
  const tokens = tokenize('He said the council should build two new schools.');

  it('a group the opening pronoun says is said (soft coverage)', () => {
    expect(softCoverage(wordVectors(), groups, tokens, [0])).toBe(1);
    expect(softCoverage(wordVectors(), groups, tokens)).toBeLessThan(1);
  });

  it('"He said the council should build…" says all of "what does grove think the council should do"', () => {
    const engine = new Engine([parseArticle('housing.txt', housingText)]);
    const { candidates } = engine.assess('what does grove think the council should do', {});
    const soft = PASSAGE_FEATURES.indexOf('soft');
    const said = candidates?.find((c) => c.text.startsWith('He said the council'));
    expect(said?.features[soft]).toBeGreaterThan(0.75);
  });
});
