/**
 * Scenarios: a question's "he" or "she" is never answered by a person the story marks as the other
 * sex. On db4de0d, asked of a folder with no story picked, "how old is he" gave a woman's age ("Megan
 * Rowe, a 31-year-old potter") at 0.97 (`personMeant` took every name the story gives for the
 * pronoun's person). Stories of helper pron37's (session 37).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const windmill = [
  'Retired signalman rebuilds village windmill sails',
  'A retired railway signalman has spent three summers rebuilding the sails of the windmill at Thornby in Norfolk.',
  'Walter Greaves, 71, who worked on the line between Norwich and Cromer for 40 years, made each sail from larch in his barn.',
  'The new sails were painted by Megan Rowe, a 31-year-old potter, who said she had never painted anything so tall.',
  'Mr Greaves said he hoped the mill would grind flour again next year.',
];

const library = [
  'Village library reopens after flood repairs',
  'The library in Saxby has reopened six months after a burst river flooded its ground floor.',
  'The county council spent £80,000 on new shelves, carpets and a lift.',
  'Readers returned more than 300 books on the first morning.',
];

const article = (file: string, paragraphs: readonly string[]) =>
  parseArticle(file, paragraphs.join('\n\n') + '\n');

describe('a "he" is no woman the story names', () => {
  const folder = new Engine([article('windmill.txt', windmill), article('library.txt', library)]);

  it('"how old is he" of a folder with none picked does not give the potter\'s age, a woman\'s; "she" does', () => {
    const asked = folder.ask('how old is he');
    expect(asked.answer?.text ?? '').not.toMatch(/31/u);
    expect(asked.answered === true && /31/u.test(asked.passages[0]?.text ?? '')).toBe(false);
    expect(folder.ask('how old is she').answer?.text).toMatch(/31/u);
  });
});
