/**
 * Scenarios: whose age, when one age is shared by a list ("The couple, Peter and Ruth Gallagher, both
 * 68"), when a sentence says two ages of two subjects ("Ali Khan is 33 and his cousin, Omar Khan, is
 * 37"), and when the age is said of a pronoun that stands for the person named before ("Lucy Moore
 * crossed the line… She is 19 and…"). Session 31's reviewers found each (review31b, review31e); these
 * stories are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { story } from '../support/chat.js';

const couple = [
  'Couple renew their vows after 50 years',
  'A couple from Paisley have renewed their wedding vows at the church where they married in 1976.',
  'The couple, Peter and Ruth Gallagher, both 68, were joined by their four grandchildren.',
  'Their son, Mark Gallagher, 40, gave a speech at the reception.',
  'Mrs Gallagher said the day had been "just as special as the first time".',
];

const garden = [
  'Gardener wins gold at Chelsea',
  'A gardener from Fife has won a gold medal at the Chelsea Flower Show for a garden made from slate.',
  'Graham Gallagher designed the garden with a team of six volunteers.',
  'He said the medal was "the proudest moment of my working life".',
];

describe('an age shared by a list of names is each one\'s ("both 68", "all 29")', () => {
  it('"how old is Ruth Gallagher?" → 68, and so is Peter (the first name alone takes the surname)', () => {
    const engine = story('couple.txt', ...couple);
    expect(engine.ask('how old is Ruth Gallagher?').answer?.text).toBe('68');
    expect(engine.ask('how old is peter gallagher').answer?.text).toBe('68');
  });

  it('"how old is Mrs Gallagher?" → 68, not her son\'s 40', () => {
    expect(story('couple.txt', ...couple).ask('how old is Mrs Gallagher?').answer?.text).toBe('68');
  });

  it('"how old is Kate Lowe?" of three founders "all 29"', () => {
    const engine = story(
      'wall.txt',
      'Three friends open climbing wall in Preston',
      'Three school friends have opened an indoor climbing wall in a former mill in Preston.',
      'The founders, Amy Lowe, Kate Lowe and Dan Price, all 29, met at primary school.',
      'Their first instructor, Joan Price, is 55 and has climbed for 30 years.',
    );
    expect(engine.ask('how old is Kate Lowe?').answer?.text).toBe('29');
    expect(engine.ask('how old is Joan Price?').answer?.text).toBe('55');
  });

  it("in a folder, the couple's age is not given to another story's Gallagher", () => {
    const engine = new Engine([
      parseArticle('couple.txt', couple.join('\n\n')),
      parseArticle('garden.txt', garden.join('\n\n')),
    ]);
    expect(engine.ask('how old is Ruth Gallagher?').answer?.text).toBe('68');
    const other = engine.ask('how old is Graham Gallagher?');
    expect(other.answered).toBe(false);
  });
});

describe('two ages said of two subjects in one sentence', () => {
  it('"how old is Omar Khan?" → 37, the age said of him, not the first one', () => {
    const engine = story(
      'bakery.txt',
      'Cousins take over family bakery',
      'Two cousins have taken over the bakery their grandfather opened in Bradford in 1961.',
      'Ali Khan is 33 and his cousin, Omar Khan, is 37. Both worked in banking before the move.',
      '"We grew up in this kitchen," Omar said.',
    );
    expect(engine.ask('how old is Omar Khan?').answer?.text).toBe('37');
    expect(engine.ask('how old is Ali Khan?').answer?.text).toBe('33');
  });
});

describe('an age said of "she" is the age of whom the story\'s "she" stands for', () => {
  const runner = () =>
    story(
      'race.txt',
      'Teenager wins Leeds half marathon',
      'A teenager from Otley has won the Leeds half marathon at her first attempt.',
      'Lucy Moore crossed the line in one hour and 14 minutes on Sunday.',
      'She is 19 and trains with a club in Harrogate three times a week.',
      'Her coach, Jane Ross, said the win had been "years in the making".',
    );

  it('"how old is Lucy Moore?" → 19, and "how old is she?" → 19; her coach\'s age is not said', () => {
    expect(runner().ask('how old is Lucy Moore?').answer?.text).toBe('19');
    expect(runner().ask('how old is she?').answer?.text).toBe('19');
    // Her coach is no "she" of that sentence: the story gives her no age.
    expect(runner().ask('how old is Jane Ross?').answered).toBe(false);
  });
});
