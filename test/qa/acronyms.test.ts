/** Acronyms of names the article spells out: "the UN guy" when the story writes "United Nations". */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { collectAcronyms, writtenAcronyms } from '../../src/qa/acronyms.js';
import { Engine } from '../../src/qa/engine.js';
import { expand } from '../../src/qa/expansion.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { stem } from '../../src/qa/text.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';
import { spelledOutByWordNet } from '../../src/qa/wordnet.js';

function acronymsOf(text: string): Map<string, string[]> {
  const found = new Map<string, Set<string>>();
  collectAcronyms(text, found);
  return new Map([...found].map(([k, v]) => [k, [...v]]));
}

describe('collectAcronyms', () => {
  it('reads the initials of a run of capitalised words, with and without its small words', () => {
    const found = acronymsOf('Fans of World of Warcraft met officials of the United Nations in New Zealand.');
    expect(found.get('wow')).toEqual([stem('world'), stem('warcraft')]);
    expect(found.get('ww')).toEqual([stem('world'), stem('warcraft')]);
    expect(found.get('un')).toEqual([stem('united'), stem('nations')]);
    expect(found.get('nz')).toEqual([stem('new'), stem('zealand')]);
  });

  it('does not join names across punctuation, nor take a sentence-opening "The" as a letter', () => {
    const found = acronymsOf(
      "The European Union's envoy, Louis Michel, spoke. Paris, London and Rome agreed.",
    );
    expect(found.has('eu')).toBe(true);
    expect(found.has('teu')).toBe(false);
    expect(found.has('elm')).toBe(false);
    expect(found.has('pl')).toBe(false);
    expect(found.has('lr')).toBe(false);
  });

  it('finds none in lower-case text or single names', () => {
    expect(acronymsOf('the united nations met in paris on Monday.').size).toBe(0);
  });
});

const story = parseArticle(
  'relief.txt',
  [
    'Aid pledged after the tsunami',
    '',
    'The United Nations emergency relief coordinator, Jan Egeland, called it the worst disaster in recent history.',
    '',
    'The European Union has said it will deliver 3m euros of aid.',
    '',
    'Officials in New Zealand sent two aircraft with water and tents.',
    '',
    'The EU commissioner said the first days after the disaster were vital.',
  ].join('\n'),
);
const engine = new Engine([story]);

describe('questions written with an acronym', () => {
  it('count the spelt-out name as the acronym, at the weight of a correction', () => {
    const { groups } = expand(engine.index, ['un'], DEFAULT_WEIGHTS, new Set(['un']));
    expect(groups[0]?.terms).toEqual([
      { stem: stem('united'), weight: DEFAULT_WEIGHTS.CORRECTION_WEIGHT },
      { stem: stem('nations'), weight: DEFAULT_WEIGHTS.CORRECTION_WEIGHT },
    ]);
  });

  it('leave a common English word written in lower case alone', () => {
    // "cap" is a word, not the Common Agricultural Policy.
    const farm = parseArticle(
      'farm.txt',
      'Farm talks\n\nMinisters discussed the Common Agricultural Policy on Monday.',
    );
    const { groups } = expand(new Engine([farm]).index, ['cap'], DEFAULT_WEIGHTS);
    expect(groups[0]?.terms).toEqual([]);
  });

  it('read a word WordNet knows only as a name as the acronym, even in lower case ("un")', () => {
    const { groups } = expand(engine.index, ['un'], DEFAULT_WEIGHTS);
    expect(groups[0]?.terms.some((t) => t.stem === stem('nations'))).toBe(true);
  });

  it('find the passage that spells the name out', () => {
    expect(engine.ask("who's the UN guy?").passages[0]?.text).toContain('Jan Egeland');
    expect(engine.ask('what did officials in nz send').passages[0]?.text).toContain('two aircraft');
  });

  it('leave an acronym the story itself uses to match as written', () => {
    // The story writes "EU" once: the question's "EU" is that word, not every sentence with "union".
    const { groups } = expand(engine.index, ['eu'], DEFAULT_WEIGHTS, new Set(['eu']));
    expect(groups[0]?.terms).toEqual([{ stem: 'eu', weight: 1 }]);
  });
});

describe('abbreviations the story never writes, spelt out by WordNet', () => {
  it('reads what the letters stand for from a multi-word lemma of the same synset, by its initials', () => {
    expect(spelledOutByWordNet('ceo')).toEqual([['chief', 'executive', 'officer']]);
    expect(spelledOutByWordNet('GDP')).toEqual([['gross', 'domestic', 'product']]);
    // Small words leave no letter.
    expect(spelledOutByWordNet('fbi')).toEqual([['federal', 'bureau', 'of', 'investigation']]);
    expect(spelledOutByWordNet('chief')).toEqual([]);
    expect(spelledOutByWordNet('a.b')).toEqual([]);
  });

  const mci = parseArticle(
    'mci.txt',
    [
      'MCI backs Verizon bid',
      '',
      "MCI's directors have backed Verizon, despite it tabling less money.",
      '',
      'Chief executive Michael Capellas spent last week meeting shareholders to win their backing.',
      '',
      'An officer of the company said the talks had been friendly.',
    ].join('\n'),
  );
  const firm = new Engine([mci]);

  it('"who\'s the ceo" → the chief executive, named', () => {
    const answer = firm.ask("who's the ceo");
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('Chief executive Michael Capellas');
    expect(answer.answer?.text).toBe('Michael Capellas');
  });

  it('counts the spelt-out words only when the story says two of them: "officer" alone is someone else', () => {
    const lone = parseArticle(
      'lone.txt',
      'Talks\n\nAn officer of the company said the talks had been friendly.',
    );
    const { groups } = expand(new Engine([lone]).index, ['ceo'], DEFAULT_WEIGHTS);
    expect(groups[0]?.terms.some((t) => t.stem === stem('officer'))).toBe(false);
  });
});

describe('writtenAcronyms', () => {
  it("reads words written in capitals only, of an acronym's length", () => {
    expect(
      writtenAcronyms("The EU's envoy met IMF staff. I said NASA's plan is in UNICEFX, A draft."),
    ).toEqual(['eu', 'imf', 'nasa']);
  });
});

describe('a name written in full is indexed under the acronym the story writes for it', () => {
  const story = parseArticle(
    'fund.txt',
    [
      'Fund pledges aid',
      '',
      'The International Monetary Fund will lend Sri Lanka $1bn.',
      '',
      'Its staff said the IMF would send a team next week.',
      '',
      'The European Union will give 3m euros.',
    ].join('\n'),
  );
  const index = new SearchIndex([story]);
  const id = (start: string) => index.docs.findIndex((d) => d.sentence.text.startsWith(start));

  it('the sentence naming the International Monetary Fund holds "imf", as the one writing "IMF" does', () => {
    const said = new Set(index.postingsOf(stem('imf')).filter((_, i) => i % 2 === 0));
    expect(said.has(id('The International Monetary Fund'))).toBe(true);
    expect(said.has(id('Its staff'))).toBe(true);
    expect(index.acronymsInFull(id('The International Monetary Fund'))).toEqual(['imf']);
    expect(index.acronymsInFull(id('Its staff'))).toEqual([]);
  });

  it('not an acronym the story never writes: "The European Union" is not indexed under "eu"', () => {
    expect(index.has(stem('eu'))).toBe(false);
    expect(index.acronymsInFull(id('The European Union'))).toEqual([]);
  });
});
