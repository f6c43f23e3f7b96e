/**
 * "How old was she when…": the age the story says went with that event ("joined the academy at the
 * age of eight"), not a number that only may be an age (the "7" of her shirt) nor her age now.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = [
  'Teenager Mia Clarke signs first professional contract with Rovers',
  'Mia Clarke has signed her first professional contract with Castleford Rovers Women, the club announced on Monday.',
  'The 17-year-old midfielder, who wears the number 7 shirt, joined the Rovers academy at the age of eight.',
  'She has scored 11 goals in 23 appearances this season.',
  '"It is a dream come true," Clarke said. "I have supported this club all my life."',
].join('\n\n');
const engine = new Engine([parseArticle('academy.txt', story)]);

describe('an age the story says in words', () => {
  it.each([
    ['how old was she when she joined the academy', 'eight'],
    ['at what age did mia clarke join the academy', 'eight'],
  ])('"%s" → %s', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe(expected);
  });

  it('"how old is she" is still her age now', () => {
    expect(engine.ask('how old is mia clarke').answer?.text).toMatch(/^17-year-old/);
  });
});

describe('an age beside other numbers', () => {
  const ask = (lines: string[], question: string) =>
    new Engine([parseArticle('story.txt', lines.join('\n\n'))]).ask(question).answer?.text;

  it('the age of the asked event, not the one of an earlier event nor a squad number', () => {
    const netball = [
      'Hart named in England netball squad',
      'Lucy Hart has been named in the England squad for the Nations Cup.',
      'Hart, whose squad number is 22, made her international debut at 17 against Jamaica.',
    ];
    expect(ask(netball, 'how old was lucy hart when she made her international debut')).toBe('17');
    const striker = [
      'Ferreira signs for Rovers',
      'Striker Paulo Ferreira has joined Rovers on a three-year deal.',
      "He joined the club's academy at the age of 12 and made his first-team debut at 19.",
    ];
    expect(ask(striker, 'how old was ferreira when he made his first-team debut')).toBe('19');
  });

  it('an age in hyphened words', () => {
    const obituary = [
      'Village mourns its oldest resident',
      'Dorothy Marsh, who ran the village shop for forty years, has died.',
      'She died at home last week, aged eighty-five.',
    ];
    expect(ask(obituary, 'how old was dorothy marsh when she died')).toBe('eighty-five');
  });
});
