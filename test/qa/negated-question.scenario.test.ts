/**
 * Who-questions that deny their verb ("who won't sign?", "who did not vote?"): a passage that says the
 * verb of some people without denying it names those the question leaves out, so it does not answer;
 * one that says who refused or did not, does. "cannot" denies as "can't" does, in a question and in a
 * passage.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { seedKnowledge } from '../support/seed.js';
import { loadKnowledgeOrFail } from '../../src/knowledge/load.js';

const { articles } = await loadKnowledgeOrFail(seedKnowledge());
const seed = new Engine(articles);

const COUNCIL = parseArticle(
  'council-budget.txt',
  [
    'Harford council passes budget after long debate',
    'Harford council approved its budget for next year on Tuesday by nine votes to four.',
    'Councillors Ann Price and Tom Wells refused to vote, saying the cuts to libraries went too far.',
    'Council leader Mark Doyle said the budget protected front-line services.',
  ].join('\n\n'),
);
const council = new Engine([COUNCIL]);

const LIBRARY = [
  'Council votes on new library',
  'Harford council voted on Tuesday to build a new library.',
  'Mayor Anna Lindqvist and councillor Tom Reid will attend the opening in May.',
  'The library will open with 40,000 books, the council said.',
];
const HOLM = 'Councillor Sara Holm said she cannot attend the opening because she will be abroad.';

describe('a who-question that denies its verb', () => {
  it.each(["who won't sign?", "who couldn't sign?", 'who did not sign?', 'who never signed?'])(
    'is not answered with the people who did: "%s" of the seed story',
    (question) => {
      const answer = seed.ask(question);
      expect(answer.answered, `${question} → ${answer.answer?.text ?? ''}`).toBe(false);
      expect(answer.answer).toBeNull();
    },
  );

  it('is answered by a sentence saying who refused', () => {
    const answer = council.ask("who didn't vote?");
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('refused to vote');
  });

  it('the same question without the "not" is answered as before', () => {
    expect(seed.ask('who signed?').answered).toBe(true);
  });
});

describe('"cannot" denies as "can\'t" does', () => {
  it('"who cannot attend the opening?" is not answered with the people who will attend', () => {
    const library = new Engine([parseArticle('library.txt', LIBRARY.join('\n\n'))]);
    const answer = library.ask('who cannot attend the opening?');
    expect(answer.answered, answer.answer?.text).toBe(false);
  });

  it('"who cannot attend?" is answered by the sentence saying who cannot', () => {
    const library = new Engine([parseArticle('library.txt', [...LIBRARY, HOLM].join('\n\n'))]);
    expect(library.ask('who cannot attend?').answer?.text).toBe('Sara Holm');
  });

  it('a passage saying she "cannot attend" answers "can sara holm attend the opening?" with no, not yes', () => {
    const library = new Engine([parseArticle('library.txt', [...LIBRARY, HOLM].join('\n\n'))]);
    const answer = library.ask('can sara holm attend the opening?');
    expect(answer.passages[0]?.text).toBe(HOLM);
    expect(answer.polarity).toBe('no');
  });
});
