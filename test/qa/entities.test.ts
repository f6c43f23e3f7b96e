/** The tagger's named things as `findEntities` reads them. */
import { describe, expect, it } from 'vitest';
import { findEntities, noDateInFigures } from '../../src/qa/entities.js';

/** The type `findEntities` gives the words `span` of `text`, if it finds them as one entity. */
function typeOf(text: string, span: string): string | undefined {
  const start = text.indexOf(span);
  return findEntities(text).find((e) => e.start === start && e.end === start + span.length)?.type;
}

describe('small numbers joined by dashes', () => {
  it('are a formation or a score, not a date; a date in figures has a year', () => {
    expect(typeOf('They employed the modern 3-4-1 scrum line-up.', '3-4-1')).toBe('number');
    expect(typeOf('The crew played a 2-1-1 formation in the final.', '2-1-1')).toBe('number');
    expect(typeOf('The tour of 1924-5 was unbeaten.', '1924-5')).toBe('date');
    expect(typeOf('It was signed on 12-10-2004.', '12-10-2004')).toBe('date');
    expect(typeOf('It was signed on 12-10-04.', '12-10-04')).toBe('date');
    expect(typeOf('The fete is on Sunday 14-8.', 'Sunday 14-8')).toBe('date');
  });

  it('are no date only when no date can be written so: three of them, or a 0 or a number above 31', () => {
    for (const span of ['3-4-1', '2-1-1', '4-4-2', '21-0', '42-7']) expect(noDateInFigures(span)).toBe(true);
    // A day and a month ("on 14-8", "9-11"), hours ("9-5"), a day, a month and a year ("12-10-04"), or a
    // score that may be a date ("2-1"): left as the tagger reads them.
    for (const span of ['14-8', '9-11', '9-5', '2-1', '12-10-04', '1924-5'])
      expect(noDateInFigures(span)).toBe(false);
  });
});

describe('a figure with thousands commas joined by a hyphen to its unit', () => {
  // The tagger tags "1100-mile" a number but leaves "1,100-mile" untagged.
  it.each([
    ['She finished a 1,100-mile walk around the coast.', '1,100'],
    ['The 2,500-seat hall reopened on Friday.', '2,500'],
  ])('"%s" holds the number %s', (text, figure) => {
    const at = text.indexOf(figure);
    expect(findEntities(text)).toContainEqual({ type: 'number', start: at, end: at + figure.length });
  });

  it('not a piece of a longer figure or a code', () => {
    expect(findEntities('Route A1,100-B was closed.').some((e) => e.type === 'number' && e.start === 7)).toBe(
      false,
    );
  });
});

describe('a name the tagger does not know, before what only a person has', () => {
  const people = (text: string) =>
    findEntities(text)
      .filter((e) => e.type === 'person')
      .map((e) => text.slice(e.start, e.end));

  it('is a person before a role in apposition or an age', () => {
    expect(people('Anjali Deshmukh, a Year 10 pupil at Kelford High School, beat 40 finalists.')).toContain(
      'Anjali Deshmukh',
    );
    expect(people('Tomasz Wierzbicki, 71, opened the shop in 1982.')).toContain('Tomasz Wierzbicki');
    expect(people('Anjali Deshmukh, a teacher based in Leeds, said so.')).toContain('Anjali Deshmukh');
  });

  it('not before "said" (a body speaks too), after a preposition (a place), or with a common word', () => {
    expect(people('Gazprom Neft said output rose.')).not.toContain('Gazprom Neft');
    expect(people('Gazprom Neft, a private firm based in Moscow, said output rose.')).not.toContain(
      'Gazprom Neft',
    );
    expect(people('They live in Upper Tolland, a village near Bath.')).not.toContain('Upper Tolland');
    expect(people('Penmore Academy, a school of 900 pupils, closed.')).not.toContain('Penmore Academy');
  });
});

describe('a word in lower case is no person', () => {
  it('a common noun in the first-name list ("blaze", "grace") is not tagged a person', () => {
    const blaze = 'At the height of the blaze, eight appliances and about 50 firefighters were at the scene.';
    expect(findEntities(blaze).filter((e) => e.type === 'person')).toEqual([]);
    const grace = 'The nuns said grace before the meal.';
    expect(findEntities(grace).filter((e) => e.type === 'person')).toEqual([]);
  });

  it('a name written with capitals still is, a lower-case particle inside it too', () => {
    expect(typeOf('Blaze Foley wrote the song in 1977.', 'Blaze Foley')).toBe('person');
    expect(typeOf('Grace Hopper said the bug was a moth.', 'Grace Hopper')).toBe('person');
  });
});

describe('a relational adjective before its noun', () => {
  it('is no person, though the tagger knows "Roman" as a first name; a name it opens stays one', () => {
    expect(typeOf('A hoard of more than 1,100 Roman coins was found in a field.', 'Roman')).toBeUndefined();
    expect(typeOf('Roman Abramovich bought the club in 2003.', 'Roman Abramovich')).toBe('person');
  });
});

describe('a name after "the" taken up by "which"', () => {
  it('is a thing named like a person (a ferry, a pub), not a person', () => {
    const ferry = 'The Mary Ellen, which carries up to 32 cars, is back in service.';
    expect(typeOf(ferry, 'Mary Ellen')).not.toBe('person');
    expect(
      typeOf('Regulars gathered at the Eliza Doolittle which opened in 1890.', 'Eliza Doolittle'),
    ).not.toBe('person');
  });

  it('stays a person with "who" or without "the"', () => {
    expect(typeOf('The Mary Ellen who runs the cafe is no relation.', 'Mary Ellen')).toBe('person');
    expect(typeOf('Mary Ellen, which is her full name, runs the cafe.', 'Mary Ellen')).toBe('person');
  });
});

describe('a one-word name after "in"', () => {
  it('is a place, though the tagger knows "Lincoln" and "Chester" as people', () => {
    expect(typeOf('The Collection Museum in Lincoln has said it hopes to buy the hoard.', 'Lincoln')).toBe(
      'place',
    );
    expect(typeOf('The race in Chester was won by a local man.', 'Chester')).toBe('place');
  });

  it('stays a person elsewhere, before a possessive, or with a first name', () => {
    expect(typeOf('Lincoln said the museum would bid.', 'Lincoln')).toBe('person');
    // A surname no place bears: "brought in" someone, "confidence in" someone.
    expect(typeOf('Rovers have brought in Hughes as interim manager.', 'Hughes')).toBe('person');
    expect(typeOf('The board has full confidence in Hughes.', 'Hughes')).toBe('person');
    expect(typeOf("A rise in Johnson's popularity followed.", "Johnson's")).toBe('person');
    expect(typeOf('She starred in a film with Michael Caine.', 'Michael Caine')).toBe('person');
    // A month after "in" is no place: "April" is a time there, whatever the tagger calls it.
    expect(typeOf('The head, who joined the school in April, said she accepted it.', 'April')).not.toBe(
      'place',
    );
  });
});
