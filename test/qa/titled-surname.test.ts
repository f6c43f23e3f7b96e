import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { expandQuestion } from '../../src/qa/expansion.js';
import { parseQuestion } from '../../src/qa/question.js';
import { titleBefore } from '../../src/qa/titled-surname.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

describe('titleBefore', () => {
  it('reads a title of address or a role right before the word', () => {
    expect(titleBefore('how old is Mr Petch', 14)).toBe('mr');
    expect(titleBefore('how old is Dr. Okafor', 15)).toBe('dr');
    expect(titleBefore('what did councillor wilde say', 20)).toBe('councillor');
  });

  it('reads no title before a word that has none', () => {
    expect(titleBefore('how old is Gordon Petch', 18)).toBeUndefined();
    expect(titleBefore('how old is Petch', 11)).toBeUndefined();
  });
});

/** An engine over one short story: its headline, then its paragraphs. */
const story = (...paragraphs: string[]) => new Engine([parseArticle('story.txt', paragraphs.join('\n\n'))]);

/** The names the story lends the question's words, as "word:lent stem". */
function lent(engine: Engine, question: string): string[] {
  const { groups } = expandQuestion(engine.index, parseQuestion(question), DEFAULT_WEIGHTS);
  return groups.flatMap((g) => g.terms.filter((t) => t.lent === true).map((t) => `${g.word}:${t.stem}`));
}

describe('lendFullNames: a surname after a title, or a first name alone, lent the rest of the full name', () => {
  const chandlery = story(
    'Harbour chandlery changes hands',
    'The harbour chandlery on Quay Street has been sold to retired boatbuilder Ansel Verrick, who has worked on the quay since he was fifteen.',
    'The shop will keep its two staff, the seller said.',
    'Mr Verrick said he plans to add a workshop where children can learn to varnish oars.',
  );

  it('"Mr Verrick" finds "retired boatbuilder Ansel Verrick", a name only the role makes a person', () => {
    expect(lent(chandlery, 'what does Mr Verrick plan to add?')).toEqual(['verrick:ansel']);
  });

  it('"ansel" alone is lent the surname the story then calls him by', () => {
    expect(lent(chandlery, 'what does ansel plan to add?')).toEqual(['ansel:verrick']);
  });

  it('a headline may write the first name alone: the body calls her by surname still', () => {
    const final = story(
      "Lucinda ends Harrow's title run",
      'Lucinda Marchbank beat the holder Petra Harrow in straight sets to win the county title on Sunday.',
      "Ms Marchbank, 19, said she had trained on the club's clay court since she was seven.",
      'Ms Harrow said her knee had troubled her all week.',
    );
    expect(lent(final, 'where did lucinda train?')).toEqual(['lucinda:marchbank']);
  });

  it('not when the body writes the first name alone: that sentence is found by it already', () => {
    const bakery = story(
      'Village bakery reopens',
      'Baker Tobias Quenby reopened the village bakery on Monday after a flood closed it in March.',
      'Mr Quenby said the new ovens cost more than the old shop was worth.',
      'Tobias said he had to borrow flour from a neighbour for the first batch.',
    );
    expect(lent(bakery, 'what did tobias say about the ovens?')).toEqual([]);
  });

  it('not a first name that is a common word ("mark")', () => {
    const garage = story(
      'Garage owner retires',
      'Mechanic Mark Tillotson has closed the garage his father opened in 1961.',
      "Mr Tillotson said the last car he fixed was a neighbour's tractor.",
    );
    expect(lent(garage, 'what did mark fix last?')).toEqual([]);
  });

  it('not a first name two people of the story share', () => {
    const choir = story(
      'Choir wins county shield',
      'Conductor Harriet Pengelly and pianist Harriet Voss led the village choir to the county shield on Saturday.',
      'Ms Pengelly said the choir had rehearsed in the church hall every Wednesday.',
      'Ms Voss said she had arranged the winning song herself.',
    );
    expect(lent(choir, 'where did harriet rehearse?')).toEqual([]);
    expect(lent(choir, 'where did Ms Pengelly rehearse?')).toEqual(['pengelly:harriet']);
  });
});
