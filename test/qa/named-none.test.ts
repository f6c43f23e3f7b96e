/** A who-question's passage that names no one (`named-none.ts`). */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import { namesNoOneAsked } from '../../src/qa/named-none.js';
import { stem, tokenize } from '../../src/qa/text.js';

const person = { slot: 'person' } as const;
const read = (text: string, described = false) => ({
  text,
  tokens: tokenize(text),
  entities: findEntities(text),
  described,
});
const stems = (...words: string[]) => new Set(words.map(stem));

describe('namesNoOneAsked', () => {
  it('a passage naming no one, not even by a capitalised word but its first and a month', () => {
    const text =
      'She added that it was the second fire at the site in three years, after a smaller blaze in October 2023.';
    expect(namesNoOneAsked('who came second', person, read(text), stems('second'))).toBe(true);
  });

  it('a lead describing someone the next sentence names says who ("A 13-year-old from Penmore…")', () => {
    const text = 'A 13-year-old has become the youngest chess master.';
    expect(
      namesNoOneAsked('who is the youngest chess master', person, read(text, true), stems('youngest')),
    ).toBe(false);
    expect(namesNoOneAsked('who is the youngest chess master', person, read(text), stems('youngest'))).toBe(
      true,
    );
  });

  it('a name the question gives itself is no answer to it', () => {
    const text = 'The Vestey Group said it had not been informed of any planned seizure.';
    expect(namesNoOneAsked('who came second', person, read(text), stems('head', 'vestey', 'group'))).toBe(
      true,
    );
  });

  it('a person, a body or a place the tagger finds, or a capitalised word it does not, names someone', () => {
    expect(
      namesNoOneAsked(
        'who came second',
        person,
        read('Station commander Iain Fraser said crews were at the scene.'),
        stems('charge'),
      ),
    ).toBe(false);
    expect(
      namesNoOneAsked(
        'who came second',
        person,
        read('Iran was refused after the US blocked its application.'),
        stems('blocked', 'iran'),
      ),
    ).toBe(false);
    expect(
      namesNoOneAsked(
        'who came second',
        person,
        read("This is disputed by Thoreau's political philosophy."),
        stems('argues'),
      ),
    ).toBe(false);
  });

  it('only for a question asking "who", as typed', () => {
    const text = 'It is conjectured that there are infinitely many twin primes.';
    expect(namesNoOneAsked('whos going to wind it', person, read(text), stems('wind'))).toBe(true);
    expect(namesNoOneAsked('They were no match for who?', person, read(text), stems('match'))).toBe(true);
    expect(
      namesNoOneAsked('What is the name of the supposition?', person, read(text), stems('supposition')),
    ).toBe(false);
    expect(
      namesNoOneAsked('What are members who have been baptized?', person, read(text), stems('members')),
    ).toBe(false);
  });

  it('only for a question asking for a person', () => {
    const text = 'The fire started in a pile of shredded wood.';
    expect(namesNoOneAsked('who came second', { slot: 'none' }, read(text), stems('fire'))).toBe(false);
    expect(namesNoOneAsked('who came second', { slot: 'date' }, read(text), stems('fire'))).toBe(false);
  });
});
