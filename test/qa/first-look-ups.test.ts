/**
 * A first ask pays for every word it looks up for the first time (the lemmatiser tags the word with
 * compromise; whether a word is English may tag it too). These look-ups are made only where their
 * answer can change the result: the same subjects, agents and keywords as before, fewer first look-ups.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Lemma from '../../src/qa/lemma.js';
import type * as WordNet from '../../src/qa/wordnet.js';

const looked = vi.hoisted(() => ({ lemmas: [] as string[], english: [] as string[] }));

vi.mock('../../src/qa/lemma.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Lemma>();
  return {
    ...actual,
    lemmaOf: (word: string) => {
      looked.lemmas.push(word);
      return actual.lemmaOf(word);
    },
  };
});

vi.mock('../../src/qa/wordnet.js', async (importOriginal) => {
  const actual = await importOriginal<typeof WordNet>();
  return {
    ...actual,
    isEnglishWord: (word: string) => {
      looked.english.push(word);
      return actual.isEnglishWord(word);
    },
  };
});

const { tokenize } = await import('../../src/qa/text.js');
const { agentsOfVerb, subjectsOfVerb, subjectVerb } = await import('../../src/qa/verb-subject.js');
const { parseQuestion } = await import('../../src/qa/question.js');
const { askedKind, fitOf } = await import('../../src/qa/answer-kind.js');
const { findEntities } = await import('../../src/qa/entities.js');
const { DEFAULT_WEIGHTS } = await import('../../src/qa/weights.js');

/** The spans of `names` in `text`, as candidates. */
function spans(text: string, names: readonly string[]) {
  return names.map((name) => ({
    name,
    span: { start: text.indexOf(name), end: text.indexOf(name) + name.length },
  }));
}

beforeEach(() => {
  looked.lemmas.length = 0;
  looked.english.length = 0;
});

describe("the subject of a who-question's verb", () => {
  it('is found without lemmatising the words before the first name', () => {
    const text = 'Officials said on Monday that Wakefield Trinity won the cup after Jamie Dixon scored.';
    const asked = subjectVerb('who won the cup');
    if (asked === undefined) throw new Error('"won" is the asked verb');
    looked.lemmas.length = 0;
    const found = subjectsOfVerb(spans(text, ['Wakefield Trinity', 'Jamie Dixon']), asked, {
      text,
      tokens: tokenize(text),
    });
    expect(found.map((c) => c.name)).toEqual(['Wakefield Trinity']);
    // "said" could be no verb of a subject that comes after it.
    expect(looked.lemmas).not.toContain('said');
    expect(looked.lemmas).not.toContain('monday');
    // A word after the name is still read for the verb.
    expect(looked.lemmas).toContain('scored');
  });

  it('of a passive is found without lemmatising the words after the last name', () => {
    const text = 'The stand was designed by Mara Quinlan, and it opened in May when fans sang.';
    const asked = subjectVerb('who designed the stand');
    if (asked === undefined) throw new Error('"designed" is the asked verb');
    looked.lemmas.length = 0;
    const found = agentsOfVerb(spans(text, ['Mara Quinlan']), asked, { text, tokens: tokenize(text) });
    expect(found.map((c) => c.name)).toEqual(['Mara Quinlan']);
    // "sang" (an irregular form, which only the lemmatiser reads) has no name after it.
    expect(looked.lemmas).not.toContain('sang');
    expect(looked.lemmas).toContain('designed');
  });
});

describe("a question's keywords", () => {
  it('leave out a function word the articles lack, asking whether a word is English only of such words', () => {
    const parsed = parseQuestion('who voted against the agreemnt with Iraq', () => false);
    expect(parsed.keywords.map((k) => k.word)).toEqual(['voted', 'agreemnt', 'iraq']);
    // "against" is in a class of compromise's lexicon that names nothing; "agreemnt" is in none.
    expect(looked.english).toContain('against');
    expect(looked.english).not.toContain('agreemnt');
  });
});

describe('a candidate of a question that asks no kind', () => {
  it('fits without its head being looked up, as it is for a question that asks one', () => {
    const text = 'Most of the fans travelled by coach from the northern towns.';
    const span = 'coach';
    const start = text.indexOf(span);
    const passage = { text, tokens: tokenize(text), tags: findEntities(text) };
    const fitFor = (question: string) =>
      fitOf(
        askedKind(question, parseQuestion(question), DEFAULT_WEIGHTS),
        { start, end: start + span.length, text: span, kind: 'phrase' },
        passage,
      );
    looked.english.length = 0;
    expect(fitFor('how did the fans travel')).toBe('fine');
    expect(looked.english).not.toContain('coach');
    expect(fitFor('what did the fans travel in')).not.toBe('none');
    expect(looked.english).toContain('coach');
  });
});
