/**
 * The story's main subject (`subject.ts`): found only when the headline and the lead agree on one
 * person or organisation, or the story keeps naming one clearly more than anyone else; a story about
 * two people, or about no one, has none.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { findEntities } from '../../src/qa/entities.js';
import { findSubject, subjectPronoun, type StorySubject } from '../../src/qa/subject.js';
import { tokenize } from '../../src/qa/text.js';
import { readSeed } from '../support/seed.js';

const tagged = (s: { text: string }) => findEntities(s.text);
const story = (file: string, lines: string[]) => parseArticle(file, lines.join('\n\n'));

describe('findSubject', () => {
  it('a story about one person: her name, and "she" as the story says it', () => {
    const subject = findSubject(
      story('pilot.txt', [
        'Harbour pilot Ana Ruiz retires after 30 years',
        'Ana Ruiz, the first woman to guide cargo ships into Port Alder, retired on Friday after three decades with the pilot boats.',
        'Ruiz joined the port authority in 1994 as a deckhand. She was made a pilot six years later.',
        'She is 58 and lives in the fishing village of Carrow.',
        'Ruiz said she would spend her retirement sailing.',
      ]),
      tagged,
    );
    expect(subject?.kind).toBe('person');
    expect(subject?.name).toBe('Ana Ruiz');
    expect(subject?.stems).toEqual(['ruiz']);
    expect([...(subject?.pronouns ?? [])]).toContain('she');
    expect(subject?.pronouns.has('he')).toBe(false);
  });

  it('a winner the tagger does not know is the subject when a title names her, not the loser it knows', () => {
    const subject = findSubject(
      story('mayor.txt', [
        'Priya Raman wins Harford mayoral race by 812 votes',
        'City council member Priya Raman was elected mayor of Harford on Tuesday, defeating two-term incumbent Dale Whitcomb.',
        "Raman received 9,431 votes to Whitcomb's 8,619.",
        'Raman, 38, a former teacher, campaigned on repairing water mains. She will be the first woman to lead the city.',
        'Whitcomb conceded in a phone call to Raman. He thanked voters.',
      ]),
      tagged,
    );
    expect(subject?.name).toBe('Priya Raman');
    expect(subject?.stems).toEqual(['raman']);
  });

  it('a story naming two people as often as each other has no subject (the seed article)', () => {
    const text = readSeed();
    expect(findSubject(parseArticle('iraq-russia-military-cooperation.txt', text), tagged)).toBeUndefined();
  });

  it('a story about two people, one in the headline and both named alike, has no subject', () => {
    const subject = findSubject(
      story('final.txt', [
        'Novak wins the final',
        'Peter Novak beat Jan Kral in a five-set final on Sunday.',
        'Novak served well. Kral returned better.',
        'Novak and Kral had met twice before. He said he was tired.',
        'Kral will play again in May.',
      ]),
      tagged,
    );
    expect(subject).toBeUndefined();
  });

  it('a story about no one in particular has no subject', () => {
    const subject = findSubject(
      story('rain.txt', [
        'Heavy rain floods the valley',
        'Heavy rain flooded roads across the valley on Tuesday, closing two schools.',
        'More rain is expected on Thursday. It should clear by the weekend.',
      ]),
      tagged,
    );
    expect(subject).toBeUndefined();
  });

  it('an organisation the story keeps naming: "it" and "they"', () => {
    const subject = findSubject(
      story('coffee.txt', [
        'Nestle opens its thousandth shop',
        'Nestle opened its thousandth shop on Monday, in Leeds.',
        'Nestle said sales rose by a tenth last year. It plans 50 more shops.',
        'Nestle was founded in 1866.',
      ]),
      tagged,
    );
    expect(subject?.kind).toBe('organization');
    expect(subject?.pronouns.has('it')).toBe(true);
    expect(subject?.pronouns.has('they')).toBe(true);
  });
});

describe('subjectPronoun: which pronoun of a question stands for the subject', () => {
  const person: StorySubject = {
    kind: 'person',
    name: 'Richey Edwards',
    stems: ['edward'],
    nameStems: ['richei', 'edward'],
    word: 'edwards',
    pronouns: new Set(['he', 'him', 'his', 'himself']),
    mentions: 20,
  };
  const company: StorySubject = {
    ...person,
    kind: 'organization',
    name: 'Greggs',
    stems: ['gregg'],
    nameStems: ['gregg'],
    word: 'greggs',
    pronouns: new Set(['it', 'its', 'they', 'their', 'them']),
  };
  const asked = (q: string, s: StorySubject, names: string[] = []) =>
    subjectPronoun(tokenize(q), s, new Set(names))?.word;

  it('"he", "his", "him" of a question about the story', () => {
    expect(asked('how old is he?', person)).toBe('he');
    expect(asked('where did the cops find his car', person)).toBe('his');
    expect(asked("What share of the band's earnings still goes to him?", person)).toBe('him');
  });

  it('not a pronoun bound by a person the question names before it', () => {
    expect(asked('how long did the husband play the day his son was born', person)).toBeUndefined();
    expect(asked('why did Hayot say he stopped', person, ['hayot'])).toBeUndefined();
  });

  it('"it" only as the question\'s subject or a possessive, never a pronoun of the wrong kind', () => {
    expect(asked('when did it open its first shop?', company)).toBe('it');
    expect(asked('how much were its profits', company)).toBe('its');
    expect(asked('what is the council doing about it', company)).toBeUndefined();
    expect(asked('how old is he?', company)).toBeUndefined();
  });
});
