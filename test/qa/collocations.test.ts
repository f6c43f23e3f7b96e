/** WordNet collocations of a question ("pass away", "top out") read in the story's single word. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { collocations } from '../../src/qa/collocations.js';
import { Engine } from '../../src/qa/engine.js';
import { expand } from '../../src/qa/expansion.js';
import { verbBases } from '../../src/nlp/nlp.js';
import { parseQuestion } from '../../src/qa/question.js';
import { stem } from '../../src/qa/text.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';
import { lemmasStartingWith, phraseSynonyms } from '../../src/qa/wordnet.js';

const story = parseArticle(
  'fisherman.txt',
  [
    'Otaru mourns its oldest fisherman',
    '',
    'Kenji Mori, who fished the waters off Otaru for eighty years, died on 3 March at his home by the harbour.',
    '',
    'In 1951 he founded the first fishing co-operative in the town.',
    '',
    'Catches are expected to peak in 2030, the port authority says.',
    '',
    'The best boats of the fleet land most of the catch in the winter.',
  ].join('\n'),
);
const engine = new Engine([story]);
const without = new Engine([story], { weights: { ...DEFAULT_WEIGHTS, PHRASE_WEIGHT: 0 } });
const first = (e: Engine, question: string) => e.ask(question).passages[0]?.text ?? '';
const lemmas = (question: string) => collocations(question).map((c) => c.lemma);

describe('collocations', () => {
  it('finds a phrasal verb, inflected or not', () => {
    expect(lemmas('when did he pass away')).toEqual(['pass_away']);
    expect(lemmas('Mori passed away in March')).toEqual(['pass_away']);
    expect(lemmas('when will the number of boats top out?')).toEqual(['top_out']);
    expect(collocations('he passed away').map((c) => c.tokens.map((t) => t.word))).toEqual([
      ['passed', 'away'],
    ]);
  });

  it('finds a compound noun whose last word is inflected', () => {
    expect(lemmas('who were the prime ministers')).toEqual(['prime_minister']);
  });

  it('needs the words next to each other, with nothing between them', () => {
    expect(lemmas('did he pass, away from home?')).toEqual([]);
    expect(lemmas('did he pass the exam away from home?')).toEqual([]);
  });

  it('leaves out a phrase of stopwords only ("does it"), and still finds the one after it', () => {
    expect(lemmas('when does it go up again')).toEqual(['go_up']);
  });

  it('finds a hyphened word WordNet lists whole, inflected or not', () => {
    expect(lemmas('who are the front-runners?')).toEqual(['front-runner']);
    expect(lemmas('is it a long-term plan?')).toEqual(['long-term']);
    // Two words with a hyphen that WordNet does not list as one are no phrase.
    expect(lemmas('was it a cup-tie?')).toEqual([]);
    expect(lemmas('who is the front runner?')).toEqual([]);
  });

  it('takes the longest lemma at a word', () => {
    expect(lemmas('who founded the united states of america')).toEqual(['united_states_of_america']);
  });
});

describe('phraseSynonyms', () => {
  it("gives the single-word synonyms of a phrase's commonest senses, without its own words", () => {
    expect(phraseSynonyms('pass_away')).toEqual(
      expect.arrayContaining(['die', 'decease', 'perish', 'expire']),
    );
    expect(phraseSynonyms('pass_away')).not.toContain('pass');
    expect(phraseSynonyms('pass_away').every((w) => !w.includes('_'))).toBe(true);
  });

  it('counts every sense of a phrase none of whose senses WordNet tagged: their order says nothing', () => {
    // top_out: "give up one's career…", "provide with a top…", then "reach the highest point" (peak).
    expect(phraseSynonyms('top_out')).toContain('peak');
  });

  it('keeps to the two commonest senses of a phrase whose senses were tagged', () => {
    // go_up: "rise" and "rise, climb" are its two commonest senses; "approach, near" is its third.
    expect(phraseSynonyms('go_up')).toEqual(expect.arrayContaining(['rise', 'climb']));
    expect(phraseSynonyms('go_up')).not.toContain('near');
  });
});

describe('the WordNet look-ups behind it', () => {
  it('lists the lemmas that start with a prefix, and only those', () => {
    const found = lemmasStartingWith('verb', 'pass_');
    expect(found).toContain('pass_away');
    expect(found.every((l) => l.startsWith('pass_'))).toBe(true);
    expect(lemmasStartingWith('verb', 'zzzz_')).toEqual([]);
    expect(lemmasStartingWith('verb', 'pass away')).toEqual([]);
  });

  it("gives a verb's base forms, irregular ones included", () => {
    expect(verbBases('came')).toContain('come');
    expect(verbBases('topped')).toContain('top');
    expect(verbBases('taken')).toContain('take');
  });
});

describe('the question', () => {
  it('gives each phrase with the keywords it spans', () => {
    expect(parseQuestion('when did he pass away').phrases).toEqual([
      { keywords: ['pass', 'away'], lemma: 'pass_away' },
    ]);
    expect(parseQuestion('when will the boats top out?').phrases).toEqual([
      { keywords: ['top'], lemma: 'top_out' },
    ]);
  });

  it('leaves out a phrase whose words the parser dropped on purpose ("take place" in a where-question)', () => {
    expect(parseQuestion('where did the talks take place').phrases).toEqual([]);
  });
});

describe('the expansion', () => {
  const groupsOf = (question: string, weights = DEFAULT_WEIGHTS) => {
    const parsed = parseQuestion(question);
    const words = parsed.keywords.map((k) => k.word);
    return expand(engine.index, words, weights, parsed.names, parsed.phrases).groups;
  };

  it("reads each of the phrase's keywords in its synonyms, at the phrase weight", () => {
    const [pass, away] = groupsOf('when did he pass away');
    // The story's "died" (whose stem is not the stem of "die"): the phrase's verbs count in every form.
    const died = { stem: stem('died'), weight: DEFAULT_WEIGHTS.PHRASE_WEIGHT, other: true };
    expect(pass?.terms).toEqual([died]);
    expect(away?.terms).toEqual([died]);
  });

  it('is off when its weight is zero', () => {
    const groups = groupsOf('when did he pass away', { ...DEFAULT_WEIGHTS, PHRASE_WEIGHT: 0 });
    expect(groups.flatMap((g) => g.terms)).toEqual([]);
  });
});

describe('questions as readers type them', () => {
  it('when did he pass away → the sentence where he died', () => {
    expect(first(engine, 'when did he pass away')).toContain('died on 3 March');
    expect(first(without, 'when did he pass away')).not.toContain('died on 3 March');
  });

  it('when will the catch top out → the sentence where catches peak, with more confidence', () => {
    const asked = engine.ask('when will the catch top out');
    expect(asked.passages[0]?.text).toContain('expected to peak');
    expect(asked.passages[0]?.highlights.map((h) => asked.passages[0]?.text.slice(h.start, h.end))).toContain(
      'peak',
    );
    expect(asked.confidence).toBeGreaterThan(without.ask('when will the catch top out').confidence);
  });
});
