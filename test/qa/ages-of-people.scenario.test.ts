/**
 * Scenarios: ages said of a person in ways the engine misread (session 34), on stories written for
 * these tests (test/fixtures/ages-of-people, one story a folder):
 * - a list of first names with a comma between them ("Lucy, Tom, Jack and Ella Dunn, aged 22, …"): the
 *   tagger's span "Lucy, Tom, Jack" is three people to the asked-person reading (`peopleNamed`), so
 *   Lucy is no part of another's name;
 * - a lead describing someone else ("A 16-year-old boy … after a woman was attacked") before the
 *   victim named with her own age ("Susan Marsh, 74,"): the lead is not hers (`describedLead`).
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const storyOf = storyFolders(new URL('../fixtures/ages-of-people/', import.meta.url));

const age = async (story: string, question: string) => (await storyOf(story)).ask(question).answer?.text;

describe('a list of first names given ages in order', () => {
  it('"Lucy, Tom, Jack and Ella Dunn, aged 22, 25, 28 and 31": the first name opening the list too', async () => {
    expect(await age('cousins-cafe', 'how old is Lucy Dunn?')).toBe('22');
    expect(await age('cousins-cafe', 'how old is Jack Dunn')).toBe('28');
    expect(await age('cousins-cafe', 'how old is Ella Dunn?')).toBe('31');
  });

  it('"Amy, Ben and Cara Price, aged 19, 23 and 26": Amy by her full name or her first', async () => {
    expect(await age('siblings-marathon', 'how old is Amy Price?')).toBe('19');
    expect(await age('siblings-marathon', 'how old is amy')).toBe('19');
    expect(await age('siblings-marathon', 'how old is Ben Price?')).toBe('23');
  });
});

describe('a lead describing someone else before the person named with their own age', () => {
  it('"A 16-year-old boy … after a woman was attacked" / "Susan Marsh, 74,": 74, and the boy 16', async () => {
    expect(await age('purse-robbery', 'how old is Susan Marsh?')).toBe('74');
    expect(await age('purse-robbery', 'how old is the boy?')).toMatch(/^16/);
  });

  it('"A 15-year-old boy … robbing a pensioner" / "Mary Hill, 82,": 82', async () => {
    expect(await age('handbag-robbery', 'how old is Mary Hill?')).toBe('82');
  });
});
