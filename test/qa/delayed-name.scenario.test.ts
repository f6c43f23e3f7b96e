/**
 * Scenarios: a story that describes its subject before naming them, as news does ("A 15-year-old from
 * Kelford has been named…" / "Anjali Deshmukh, a Year 10 pupil at Kelford High School, beat…"), and
 * then calls her by her first name ("Anjali said"). On cc09a92 the tagger knew no "Anjali Deshmukh",
 * so the story had no one a "she" could be: "how old is she?" was answered with her aunt's age (the
 * only age given with a name), "what did she say?" asked who was meant. A held-out newcomer's chess
 * story (nc51) failed so on every "she" question. Own story.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const BAKER = () =>
  story(
    'baker.txt',
    'Kelford teenager, 15, named young baker of the year',
    "A 15-year-old from Kelford has been named the UK's young baker of the year, the youngest winner in the competition's history.",
    'Anjali Deshmukh, a Year 10 pupil at Kelford High School, beat 40 other finalists at the event in Harrogate on Saturday with a lemon and cardamom loaf.',
    'She first baked with her aunt, Meera Joshi, a 52-year-old nurse, when she was eight.',
    '"I honestly thought the judges would find it too sour," Anjali said.',
    'The head judge, pastry chef Colin Reeve, said her loaf was "the best thing we tasted all weekend".',
    "Anjali's prize includes £1,000 and a week's placement at a London bakery.",
  );

describe('a "she" the lead describes and the next paragraph names', () => {
  it('"how old is she?" is the age the lead gives her, not her aunt\'s', () => {
    const [readAs, age] = chat(BAKER())('how old is she?').split('\n');
    expect(readAs).toBe('(read "she" as Anjali Deshmukh)');
    expect(age).toMatch(/^15(?:-year-old)?$/);
  });

  it('"what did she say?" is her quotation, where the story calls her Anjali', () => {
    expect(chat(BAKER())('what did she say?')).toContain(
      '"I honestly thought the judges would find it too sour,"',
    );
  });

  it('asked after another question about her, "what did she say?" is still her quotation', () => {
    const say = chat(BAKER());
    say('how old is she?');
    expect(say('what did she say?')).toContain('"I honestly thought the judges would find it too sour,"');
  });

  it('"what school does she go to?" is the school of her apposition', () => {
    expect(chat(BAKER())('what school does she go to?').split('\n')[1]).toBe('Kelford High School');
  });

  it('her aunt, asked by name, is still 52', () => {
    expect(chat(BAKER())('how old is meera joshi?')).toMatch(/^52(?:-year-old)?\n/);
  });

  it('"Year 10" is a school year, not an age', () => {
    expect(chat(BAKER())('how old is anjali deshmukh?')).not.toMatch(/^10\n/);
  });
});

describe('"his neighbour" asks the neighbour, whoever "his" is', () => {
  const walk = () =>
    story(
      'walk.txt',
      'Widower, 71, walks 500 miles for hospice',
      'A retired bus driver has completed a 500-mile walk to raise money for the hospice that cared for his late wife.',
      "Thomas Walker, 71, arrived at St Brigid's Hospice on Saturday to be greeted by more than 200 friends.",
      'He was joined for the final ten miles by his neighbour, Martin Kowalski, a 48-year-old accountant.',
      'He has raised £23,000.',
    );

  it('"how old is he?" is 71 and "how old is his neighbour?" 48', () => {
    expect(chat(walk())('how old is he?').split('\n')[1]).toBe('71');
    expect(chat(walk())('how old is his neighbour?').split('\n')[1]).toMatch(/^48(?:-year-old)?\b/);
  });
});
