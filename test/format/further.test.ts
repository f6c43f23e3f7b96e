import { describe, expect, it } from 'vitest';
import { furtherPassages, saysTheSame, withAnswerMarked } from '../../src/format/further.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import type { Answer, Passage } from '../../src/qa/types.js';

const HEADLINE = 'Harbour Council Approves New Ferry Terminal';
const LEDE =
  'The harbour council approved the construction of a new ferry terminal on Tuesday, the mayor’s office said.';
const OTHER = 'The ferry operator said that tickets would cost less once the terminal opens next spring.';

describe('a headline that a body passage repeats', () => {
  it('says the same as the sentence it summarises, in other word forms, and not as an unrelated one', () => {
    expect(saysTheSame(HEADLINE, LEDE)).toBe(true);
    expect(
      saysTheSame(
        'Iraq, Russia Sign Military-Technical Cooperation Agreement',
        'Iraqi and Russian officials signed an agreement on military-technical cooperation.',
      ),
    ).toBe(true);
    expect(saysTheSame(HEADLINE, OTHER)).toBe(false);
    expect(saysTheSame('', LEDE)).toBe(false);
  });

  it('is not offered after the body passage that says the same; a headline that adds something is', () => {
    const engine = new Engine([
      parseArticle('ferry.txt', `${HEADLINE}\n\n${LEDE}\n\n${OTHER}\n`),
      parseArticle('bridge.txt', `Harbour Bridge Closed For Repairs Until Summer\n\n${OTHER}\n`),
    ]);
    const answer = engine.ask('did the harbour council approve a ferry terminal?');
    const sections = answer.passages.map((p) => `${p.article.file}:${p.section}`);
    expect(sections).toContain('ferry.txt:title');
    expect(sections).toContain('ferry.txt:body');
    const further = furtherPassages(answer);
    expect(further.some((p) => p.section === 'title' && p.article.file === 'ferry.txt')).toBe(false);
    // The bridge story's headline says something its body does not: still offered.
    expect(sections).toContain('bridge.txt:title');
    expect(further.map((p) => `${p.article.file}:${p.section}`)).toContain('bridge.txt:title');
  });
});

describe('what a further passage marks: the short answer where it appears, nothing else', () => {
  const SIGNED = 'Council member Ada Moreno and the harbour master Tom Reyes signed the plan on Tuesday.';
  const ref = { id: 'ferry.txt', title: HEADLINE, file: 'ferry.txt' };
  const passage = (text: string, marked: readonly string[] = []): Passage => ({
    text,
    score: 0.5,
    article: ref,
    section: 'body',
    sentence: 0,
    // As the engine gives a further passage: every entity of the asked type marked as a candidate.
    highlights: marked.map((w) => ({
      start: text.indexOf(w),
      end: text.indexOf(w) + w.length,
      kind: 'answer',
    })),
  });
  /** The words marked in `further` for a short answer `text`, written in SIGNED from `from` to `to`. */
  const marked = (text: string, from: string, to: string, further: Passage): string[] => {
    const start = SIGNED.indexOf(from);
    const answer: Answer = {
      question: 'q',
      answered: true,
      confidence: 0.9,
      type: 'person',
      answer: { text, passage: 0, start, end: SIGNED.indexOf(to) + to.length },
      passages: [passage(SIGNED), further],
      corrections: [],
    };
    const { text: shown, highlights } = withAnswerMarked(answer, further);
    return highlights.map((h) => shown.slice(h.start, h.end));
  };

  it('names the engine joined ("X and Y") are marked one by one; no other entity the engine marked', () => {
    const further = passage('Tom Reyes told the Harbour Trust that Ada Moreno signed it first.', [
      'Tom Reyes',
      'Harbour Trust',
      'Ada Moreno',
    ]);
    expect(marked('Ada Moreno and Tom Reyes', 'Ada', 'Reyes', further)).toEqual(['Tom Reyes', 'Ada Moreno']);
  });

  it('the answer as given, as whole words only', () => {
    const further = passage('In 20280 tonnes or in 2028: the 2028 date holds.', ['20280', '2028']);
    expect(marked('2028', 'Ada', 'Moreno', further)).toEqual(['2028', '2028']);
    expect(
      marked('Ada Moreno', 'Ada', 'Moreno', passage('The Harbour Trust met.', ['Harbour Trust'])),
    ).toEqual([]);
  });

  it('a dated weekday is not marked as its weekday: another Tuesday is another day', () => {
    const further = passage('The ferry ran on Tuesday, 4 May 1999.', ['Tuesday']);
    expect(marked('Tuesday (3 March 2026)', 'Tuesday', 'Tuesday', further)).toEqual([]);
  });

  it('nothing without a short answer', () => {
    const further = passage('Tom Reyes told the Harbour Trust.', ['Tom Reyes', 'Harbour Trust']);
    const answer: Answer = {
      question: 'q',
      answered: false,
      confidence: 0.2,
      type: 'person',
      answer: null,
      passages: [passage(SIGNED), further],
      corrections: [],
    };
    expect(withAnswerMarked(answer, further).highlights).toEqual([]);
  });
});
