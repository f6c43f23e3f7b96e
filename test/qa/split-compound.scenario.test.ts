/**
 * Scenarios: a word a reader writes joined that the story writes as two ("headteacher" of "Head
 * teacher Claire Bowman") is those two words; a joined word is never cut into two the story uses apart
 * only ("carpet" is no "car" and "pet"). Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import type { Group } from '../../src/qa/expansion.js';
import { SearchIndex } from '../../src/qa/search-index.js';
import { splitCompounds } from '../../src/qa/split-compound.js';
import { stem } from '../../src/qa/text.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const SCHOOL = parseArticle(
  'school.txt',
  [
    'Hillcrest Primary rated outstanding after inspection',
    '',
    'A primary school in Dunford has been rated outstanding by inspectors for the first time in its 40-year history.',
    'Inspectors praised its reading programme and the behaviour of its 410 pupils during a two-day visit in October.',
    'Head teacher Claire Bowman, who joined the school in 2019, said staff were "absolutely thrilled".',
    'The school car park will be resurfaced in the summer, and a class pet, a rabbit called Biscuit, has a new hutch.',
    'A pupil who hurt his head, teacher Anna Cole said, was back in class the next day.',
    '',
  ].join('\n'),
);
const school = new Engine([SCHOOL]);

describe('a compound written as one word', () => {
  it('"whats the headteachers name" names the head teacher', () => {
    const answer = school.ask('whats the headteachers name');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Claire Bowman');
  });

  it('"when did the headteacher join" is answered from the head teacher\'s sentence', () => {
    const answer = school.ask('when did the headteacher join');
    expect(answer.passages[0]?.text).toContain('Head teacher Claire Bowman');
    expect(answer.answer?.text).toBe('2019');
  });
});

describe('splitCompounds', () => {
  const index = new SearchIndex([SCHOOL]);
  const unread = (word: string): Group => ({ word, terms: [], idf: index.idf('\u0000') });

  it('reads a joined word as the two the story writes side by side, the head counting as the word', () => {
    const groups = [unread('headteachers')];
    splitCompounds(index, groups, DEFAULT_WEIGHTS);
    expect(groups[0]?.terms).toEqual([
      { stem: stem('teachers'), weight: 1 },
      { stem: stem('head'), weight: DEFAULT_WEIGHTS.RELATED_WEIGHT },
    ]);
  });

  it('does not join two words a comma parts: "head, teacher Anna Cole" is no head teacher', () => {
    const groups = [unread('headteacher')];
    const apart = new SearchIndex([
      parseArticle(
        'apart.txt',
        'Pupil back in class\n\nA pupil who hurt his head, teacher Anna Cole said, was back in class.\n',
      ),
    ]);
    splitCompounds(apart, groups, DEFAULT_WEIGHTS);
    expect(groups[0]?.terms).toEqual([]);
  });

  it('leaves a word whose parts the story writes only apart ("car park", "class pet") unread: "carpet"', () => {
    const groups = [unread('carpet')];
    splitCompounds(index, groups, DEFAULT_WEIGHTS);
    expect(groups[0]?.terms).toEqual([]);
  });
});
