/**
 * Scenarios: "how old was she?" of a story that gives her age as news writes it on a death or a court
 * appearance ("dies aged 79"), never with the word "old": what "how old" asks is an age, the noun WordNet
 * names as the attribute "old" is a value of. On a story written for this test.
 */
import { describe, expect, it } from 'vitest';
import { attributeNouns } from '../../src/qa/wordnet.js';
import { chat, story } from '../support/chat.js';

const OBITUARY = story(
  'obituary.txt',
  'Harpist Maeve Rooney dies aged 79',
  'The Welsh harpist Maeve Rooney, whose recordings of hymns sold a million copies, has died aged 79.',
  'She died at her home in Aberaeron on Tuesday, her agent said. She had been ill since the spring.',
  'Born in Cardigan in 1946, Rooney began to play at the age of five and gave her first concert in Cardiff.',
);

describe('"how old" is read as an age the story gives without "old"', () => {
  it.each([
    ['how old was maeve rooney', '79'],
    ['how old was rooney when she died?', '79'],
    ['how old was the harpist', '79'],
  ])('"%s" → %s', (question, age) => {
    // The short answer is the reply's first line, after any "(read "she" as …)".
    const lines = chat(OBITUARY)(question).split('\n');
    expect(lines.find((line) => !line.startsWith('(read '))).toBe(age);
  });

  it('reads a first "she" as the story\'s person in a conversation', () => {
    const ask = chat(OBITUARY);
    const reply = ask('how old was she');
    expect(reply).toContain('79');
    expect(reply).not.toMatch(/couldn't find/i);
  });
});

const WALK = story(
  'walk.txt',
  'Sisters finish charity walk',
  'Two sisters from Penzance have finished walking the length of Britain to raise money for a hospice.',
  "Megan and Cerys Price covered 874 miles in 61 days, reaching John o' Groats on Sunday.",
);

describe('"how long" that asks a time is no length', () => {
  it('"how long did it take them" is not answered by "the length of Britain"', () => {
    expect(chat(WALK)('how long did it take them')).not.toContain('length of Britain');
  });
});

describe('attributeNouns: the noun an adjective measures (WordNet "=")', () => {
  it.each([
    ['old', 'age'],
    ['long', 'length'],
    ['far', 'distance'],
    ['tall', 'height'],
    ['big', 'size'],
  ])('%s → %s', (adjective, noun) => {
    expect(attributeNouns(adjective)).toContain(noun);
  });

  it('gives none for a word that is no such adjective', () => {
    expect(attributeNouns('quickly')).toEqual([]);
    expect(attributeNouns('minister')).toEqual([]);
  });
});
