import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { parseQuestion } from '../../src/qa/question.js';
import { storyOfPronoun } from '../../src/qa/story-pronoun.js';
import { storySubject, titledSex } from '../../src/qa/story-subject.js';
import { personSubject } from '../../src/qa/subject.js';

const DIR = new URL('../fixtures/story-pronoun-folder', import.meta.url).pathname;
const read = (file: string) => parseArticle(file, readFileSync(join(DIR, file), 'utf8'));
const articles = [read('library-hours.txt'), read('teacher.txt'), read('bakery.txt')];
const engine = new Engine(articles);
const entitiesOf = engine.index.entitiesOf.bind(engine.index);
const sentence = (text: string) => ({ text, role: 'body' as const, index: 0, paragraph: 0 });

describe('titledSex', () => {
  const vivian = personSubject('Vivian Thorne');
  it('reads the sex of "Mr Thorne" over the first-name lists', () => {
    expect(vivian?.pronouns.has('she')).toBe(true);
    if (vivian === undefined) return;
    expect(titledSex(vivian, [sentence('Mr Thorne said he would rest.')])).toBe('male');
  });
  it('says nothing for a couple ("Mr Thorne" and "Mrs Thorne") or no title', () => {
    if (vivian === undefined) return;
    expect(titledSex(vivian, [sentence('Mr Thorne and Mrs Thorne said so.')])).toBeUndefined();
    expect(titledSex(vivian, [sentence('Thorne said so.')])).toBeUndefined();
  });
  it("gives the story's subject his pronouns", () => {
    const subject = storySubject(articles[1] as (typeof articles)[number], entitiesOf);
    expect(subject?.name).toBe('Vivian Thorne');
    expect(subject?.pronouns.has('he')).toBe(true);
  });
});

describe('storyOfPronoun', () => {
  const question = (text: string) => parseQuestion(text, () => true);
  const library = articles[0]?.sentences.find((s) => s.text.includes('she said'));
  const input = (text: string) => ({
    index: engine.index,
    articles,
    groups: [],
    question: question(text),
    entitiesOf,
    best: library === undefined ? undefined : { article: 0, sentence: library },
  });
  it('a bare "he" fitting no one of the best story is the one man a story is about', () => {
    expect(storyOfPronoun(input('how old is he'))).toBe(1);
  });
  it('a "she" the best passage says itself stays', () => {
    expect(storyOfPronoun(input('how old is she'))).toBeUndefined();
  });
  it('a "he" bound by a name before it is not read', () => {
    expect(storyOfPronoun(input('how old was Ben when he left'))).toBeUndefined();
  });
});
