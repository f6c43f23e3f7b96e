/** Words the article does not hold. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { expand } from '../../src/qa/expansion.js';
import { stem } from '../../src/qa/text.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';
import { isCommonWord } from '../../src/qa/wordnet.js';

const story = parseArticle(
  'visit.txt',
  [
    'Ministers meet in Paris',
    '',
    'A Japanese delegation arrived in Paris on Monday for two days of talks.',
    '',
    'The delegation was led by a representative of the trade ministry, Kenji Sato.',
    '',
    'French officials said the talks would cover fishing rights and tariffs.',
    '',
    'Both sides hope to sign a loan deal for a new harbour before the summer.',
  ].join('\n'),
);
const engine = new Engine([story]);

describe('words the article does not hold', () => {
  it('weigh as the rarest known word of the question, not as the rarest word of all', () => {
    const { groups } = expand(engine.index, ['fishing', 'quarrels'], DEFAULT_WEIGHTS);
    const [fishing, quarrels] = groups;
    expect(quarrels?.terms).toEqual([]);
    expect(quarrels?.idf).toBe(fishing?.idf);
    expect(quarrels?.idf).toBeLessThan(engine.index.idf('\u0000'));
  });

  it('do not sink an answer to the rest of the question', () => {
    const answer = engine.ask('Who led the Japanese delegation to the tournament?');
    expect(answer.passages[0]?.text).toContain('Kenji Sato');
    expect(answer.answered).toBe(true);
  });
});

describe('an English word the article lacks is not read as a nearby word it has', () => {
  // Each is one or two edits from a word of the story, and another word.
  it.each([
    ['sheriffs', 'tariffs'],
    ['tanks', 'talks'],
    ['sailor', 'sato'],
  ])('%s counts for nothing, not as a misspelt %s', (word) => {
    const { groups, corrections } = expand(engine.index, [word], DEFAULT_WEIGHTS);
    expect(groups[0]?.terms.filter((t) => t.stem !== word)).toEqual([]);
    expect(corrections).toEqual([]);
  });

  it('a variant spelling still counts as the word ("harbor" → "harbour", a WordNet synonym)', () => {
    const { groups } = expand(engine.index, ['harbor'], DEFAULT_WEIGHTS);
    expect(groups[0]?.terms.map((t) => t.stem)).toContain('harbour');
  });

  it('a misspelling that is no English word is still corrected ("delagation" → "delegation")', () => {
    const { corrections } = expand(engine.index, ['delagation'], DEFAULT_WEIGHTS);
    expect(corrections).toEqual([{ from: 'delagation', to: 'delegation' }]);
  });
});

describe('names WordNet knows only as names, and irregular forms', () => {
  const club = parseArticle(
    'club.txt',
    [
      'Town club honours its freemen',
      '',
      'Gavin Patterson, the club chairman, said the freemen ran the common for a century.',
    ].join('\n'),
  );
  const clubEngine = new Engine([club]);

  it('"paterson" (in WordNet only as a city) is read as the article\'s "Patterson"', () => {
    expect(isCommonWord('paterson')).toBe(false);
    const { corrections } = expand(clubEngine.index, ['paterson'], DEFAULT_WEIGHTS);
    expect(corrections).toEqual([{ from: 'paterson', to: 'patterson' }]);
  });

  it('a name the article lacks is not read as a common word near it ("washington" is not "washing")', () => {
    const story = parseArticle('wash.txt', 'Washing day\n\nThe washing was done on Monday.');
    const { groups, corrections } = expand(new Engine([story]).index, ['washington'], DEFAULT_WEIGHTS);
    expect(corrections).toEqual([]);
    expect(groups[0]?.terms).toEqual([]);
  });

  it('"freeman" finds the article\'s "freemen"', () => {
    const { groups } = expand(clubEngine.index, ['freeman'], DEFAULT_WEIGHTS);
    expect(groups[0]?.terms.map((t) => t.stem)).toContain(stem('freemen'));
  });

  it('a scenario: "whos gavin paterson" is answered with Patterson\'s sentence', () => {
    const answer = clubEngine.ask('whos gavin paterson');
    expect(answer.corrections).toEqual([{ from: 'paterson', to: 'patterson' }]);
    expect(answer.passages[0]?.text).toContain('Gavin Patterson, the club chairman');
  });
});

describe('accents', () => {
  it('a question typed without accents finds the article\'s accented words ("cafe" → "café")', () => {
    const siege = parseArticle(
      'siege.txt',
      [
        'Siege ends in Sydney',
        '',
        'Police said the siege was over on Tuesday morning.',
        '',
        'A gunman held hostages in a café in Martin Place for sixteen hours.',
      ].join('\n'),
    );
    const answer = new Engine([siege]).ask('who held people in the cafe');
    expect(answer.passages[0]?.text).toContain('café in Martin Place');
    expect(stem('café')).toBe(stem('cafe'));
    expect(stem('naïve')).toBe(stem('naive'));
  });
});

describe('an irregular form the article lacks', () => {
  const club = new Engine([
    parseArticle(
      'club.txt',
      [
        'Football club changes hands',
        '',
        'The club manager Ben Ito said the football club would keep its name and its ground.',
        '',
        'A consortium led by Ada Moreno purchased the club on Friday and gained control of the stadium.',
        '',
        'Ticket prices at the club will not rise this season, the club said.',
      ].join('\n'),
    ),
  ]);

  it.each([
    ['bought', 'purchased'],
    ['won', 'gained'],
  ])('"%s" is searched through the synonyms of its dictionary form, as "%s"', (word, said) => {
    const { groups } = expand(club.index, [word], DEFAULT_WEIGHTS);
    expect(groups[0]?.terms.map((t) => t.stem)).toContain(stem(said));
  });

  it('answers a question asked with it', () => {
    const answer = club.ask('who bought the club?');
    expect(answer.passages[0]?.text).toContain('purchased');
    expect(answer.answered).toBe(true);
  });
});
