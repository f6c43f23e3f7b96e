/**
 * A person named right after the role they hold, whose surname is also a landform: "the returning
 * officer, Colin Marsh," and "chairman Peter Hill" are read as places by compromise, first name and
 * all, so "who is the returning officer?" was answered "Osei's supporters" from the sentence that
 * names him. A role is held by a person (`entities.ts`, `namesRoleHolder`). A place after a role with a
 * preposition between ("the mayor of Alice Springs") stays a place.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { findEntities } from '../../src/qa/entities.js';

const typed = (text: string): string[] =>
  findEntities(text)
    .filter((e) => e.type !== 'phrase')
    .map((e) => `${e.type}:${text.slice(e.start, e.end)}`);

describe('a name after a role is a person, though it ends like a place', () => {
  it('"the returning officer, Colin Marsh," and "chairman Peter Hill"', () => {
    expect(
      typed('When the returning officer, Colin Marsh, read out the figures, the hall cheered.'),
    ).toContain('person:Colin Marsh');
    expect(typed('Club chairman Peter Hill said the deal was done.')).toContain('person:Peter Hill');
  });

  it('a name before an age, a role in apposition or a verb of speech: "Helen Marsh, a retired GP, said"', () => {
    expect(typed('Society chair Helen Marsh, a retired GP, said the sale had gone through.')).toContain(
      'person:Helen Marsh',
    );
    expect(typed('The path was walked by Alan Hill, 67, every morning.')).toContain('person:Alan Hill');
    expect(typed('Afterwards Alan Hill said the path had been closed for years.')).toContain(
      'person:Alan Hill',
    );
  });

  it('a body whose name opens with a first name says things too: "Marsh County Council said"', () => {
    expect(typed('Marsh County Council said the bridge would stay shut.')).not.toContain(
      'person:Marsh County Council',
    );
  });

  it('a place after a preposition, or before a distance, stays a place (reread51)', () => {
    expect(typed('Residents of Alice Springs said the festival would go ahead.')).not.toContain(
      'person:Alice Springs',
    );
    expect(typed('Flood water reached Jordan Hill, 3.5 miles from the coast.')).not.toContain(
      'person:Jordan Hill',
    );
    expect(typed('The fair is held every June at Alice Springs, 1,500km south of Darwin.')).not.toContain(
      'person:Alice Springs',
    );
  });

  it('a place before a place noun in apposition stays a place', () => {
    expect(typed('They drove to Alice Springs, a remote town, on Sunday.')).not.toContain(
      'person:Alice Springs',
    );
  });

  it('a place after a role and a preposition, or after no role, stays a place', () => {
    expect(typed('The mayor of Alice Springs opened the fair.')).not.toContain('person:Alice Springs');
    expect(typed('They drove to Mount Hill on Sunday.')).not.toContain('person:Mount Hill');
  });
});

const STORY = parseArticle(
  'count.txt',
  [
    'Green candidate wins Dunmore council seat after recount',
    'Nadia Okafor of the Green Party won the Dunmore East seat on Friday by 87 votes after a recount.',
    'When the returning officer, Colin Marsh, read out the result, her supporters broke into cheers.',
    'The first count had put her ahead by fewer than 40 votes.',
  ].join('\n\n'),
);

describe('asking who holds the role', () => {
  it('"who is the returning officer?" → Colin Marsh', () => {
    const answer = new Engine([STORY]).ask('who is the returning officer?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Colin Marsh');
  });
});
