/**
 * Scenario: a person the tagger does not know, named after a title written in lower case, as news
 * often writes one ("led by coxswain Angus Rennie", "team leader Callum Drysdale"). The reader who asked
 * "who led the search?" has that person in mind: "what did he say?" is about them, not "That question
 * has no words I can look up" (`titledNames` in `src/qa/titles.ts`, read by `last-person.ts`).
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const LIFEBOAT = story(
  'lifeboat.txt',
  'Two Kayakers Saved From Loch Brannoch',
  'Two kayakers who capsized on Loch Brannoch were rescued on Saturday evening, the Corrin Lifeboat said.',
  'The search was led by coxswain Angus Rennie. He said the pair had done "exactly the right thing".',
  'The volunteers were joined by shepherd Ailsa Munro and her dog.',
  'Kayaker Owen Quinn thanked the crew. He said he would buy a brighter jacket.',
);

describe('a person named after a lower-case title is remembered', () => {
  it('"who led the search?" then "what did he say?": Angus Rennie', () => {
    const ask = chat(LIFEBOAT);
    expect(ask('who led the search?')).toMatch(/^coxswain Angus Rennie\n/);
    const he = ask('what did he say?');
    expect(he).not.toContain('no words I can look up');
    // What he said first (`speaker.ts`): the "He" right after the sentence naming him is him; a later
    // "He" after another man is not.
    expect(he.split('\n')[0]).toBe('He said the pair had done "exactly the right thing".');
    expect(he).toContain('The search was led by coxswain Angus Rennie.');
    expect(he).not.toContain('brighter jacket');
  });

  it('after "who is angus rennie?", "she" is the shepherd, the only woman the story names', () => {
    const ask = chat(LIFEBOAT);
    expect(ask('who is angus rennie?')).toContain('coxswain Angus Rennie');
    expect(ask('what did she do?')).toContain('(read "she" as Ailsa Munro)');
  });
});
