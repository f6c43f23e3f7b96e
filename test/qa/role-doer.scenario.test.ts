/**
 * Who did it, when the story says it of a role, and who holds a role the reader names in other words.
 * "The chief executive of Larkfield Post has written to staff": who wrote is the chief executive, not
 * the company of the "of" phrase; "A fan from Llanelli has driven…": a fan (a device in WordNet's first
 * sense, a supporter in its second) is who drove, not the town. "Whos the boss of Crumbs Bakery?" of a
 * lead that names only the firm and a next sentence "The firm's chief executive, Tom Hale, said…": the
 * chief executive ("boss" and "chief" are WordNet synonyms), though the lead shares more words. "Who
 * was the fan?" of that lead and "Gareth Rees, 71, set off…": the person the lead describes. On stories
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const story = (name: string, ...paragraphs: string[]) =>
  new Engine([parseArticle(`${name}.txt`, paragraphs.join('\n\n'))]);

describe('a role phrase as the doer, read in its person sense', () => {
  const post = story(
    'post',
    'Postal firm changes delivery rounds',
    'The chief executive of Larkfield Post has written to staff to explain the decision.',
    'The union said it would ballot its members.',
  );
  const fan = story(
    'fan',
    'Scooter fan reaches the final',
    'A fan from Tenby has ridden more than 200 miles on a mobility scooter to see his team play.',
    'The trip took him nine days.',
  );
  const named = story(
    'named',
    'Scooter fan reaches the final',
    'A fan from Llanelli has driven more than 200 miles on a mobility scooter to see his team play.',
    'Gareth Rees, 71, set off on Monday.',
  );

  it('"who wrote to staff?" is the chief executive, not the firm of the "of" phrase', () => {
    for (const question of ['who wrote to staff?', 'who has written to staff']) {
      const text = post.ask(question).answer?.text ?? '';
      expect(text).toMatch(/chief executive/);
    }
  });

  it('"who rode 200 miles?" is the fan, not the town he is from', () => {
    expect(fan.ask('who rode more than 200 miles?').answer?.text).toBe('fan');
  });

  it('the fan named in the next sentence answers with the name', () => {
    expect(named.ask('who drove more than 200 miles?').answer?.text).toBe('Gareth Rees');
  });

  it('"who was the fan?" is the person the lead describes as a fan, named next, not the town', () => {
    for (const question of ['who was the fan?', 'who is the scooter fan'])
      expect(named.ask(question).answer?.text).toBe('Gareth Rees');
    // "Where is the fan from?" still asks the place.
    expect(named.ask('where is the fan from?').answer?.text).toBe('Llanelli');
  });

  it('a retired teacher, not the town, won the prize; "the union" still answers for itself', () => {
    const teacher = story(
      'teacher',
      'Poetry prize for teacher',
      'A retired teacher from Penmor has won a Cornish poetry prize.',
      'The judges praised her quiet verse.',
    );
    expect(teacher.ask('who won the poetry prize?').answer?.text).toBe('retired teacher');
    expect(post.ask('who will ballot its members?').passages[0]?.text).toMatch(/^The union said/);
  });
});

describe('"who is the boss of …" is the person the story titles chief', () => {
  const bakery = story(
    'bakery',
    'Bakery chain sold',
    'Crumbs Bakery has been sold to a private equity firm for £40m.',
    "The firm's chief executive, Tom Hale, said staff would keep their jobs.",
    'Its founder, Peter Marsh, said he was sad to leave.',
  );
  const ferry = story(
    'ferry',
    'Island ferry firm orders two electric ships',
    'Harbourline Ferries has ordered two battery-powered ferries from a shipyard in Norway, the company said on Tuesday.',
    'The vessels will cost £80m and are due to enter service in 2028.',
    'Chief executive Fiona Strachan said the order was the biggest investment in its history.',
    "The shipyard's managing director, Lars Eide, said work would begin in the spring.",
  );

  it('"whos the boss of crumbs bakery" → Tom Hale, titled before his name', () => {
    expect(bakery.ask('whos the boss of crumbs bakery').answer?.text).toBe('Tom Hale');
  });

  it('"who is the boss of harbourline ferries?" → Fiona Strachan; the shipyard\'s boss is still its director', () => {
    expect(ferry.ask('who is the boss of harbourline ferries?').answer?.text).toBe('Fiona Strachan');
    expect(ferry.ask('who is the boss of the shipyard?').answer?.text).toBe('Lars Eide');
  });

  it('a previous owner holds no role, and a body titled with the role is not jumped over', () => {
    const club = story(
      'club',
      'Leam City sold',
      'Leam City has been sold for £12m, the league said.',
      "The club's new owner, Redbird Capital, said it would build a stadium.",
      'Previous owner Mark Tate said he was glad to go.',
      "The club's chief executive, Jo Dunn, said the deal was done.",
    );
    expect(club.ask('who is the boss of leam city?').answer?.text).toBe('Jo Dunn');
    expect(club.ask('who is the new owner?').answer?.text).toBe('Redbird Capital');
  });

  it('a deputy is no boss: "deputy chief executive" does not go before the lead', () => {
    const council = story(
      'council',
      'Council to close libraries',
      'Harlow Council will close four libraries to save £2m, the council said.',
      'Deputy chief executive Sam Reid said the cuts were painful.',
      'Chief executive Ruth Okafor will meet campaigners on Friday.',
    );
    expect(council.ask('who is the boss of the council?').answer?.text).toBe('Ruth Okafor');
  });
});
