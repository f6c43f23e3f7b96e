/**
 * A story that describes its person by role before naming them ("A former school caretaker who stole
 * … has been jailed" / "Dennis Harlow, 61, of Whitby, admitted theft…"), asked "who was jailed?" and
 * then about "he", as readers type in the console chat (`describedLead` in `referents.ts`,
 * `described-answer.ts`).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const caretaker = parseArticle(
  'caretaker.txt',
  [
    'Former school caretaker jailed for stealing £80,000 from sports club',
    'A former school caretaker who stole £80,000 from a youth sports club has been jailed for three years.',
    'Dennis Harlow, 61, of Whitby, admitted theft at Teesside Crown Court on Monday.',
    'He spent the money on horse racing bets, the court heard.',
    "Harlow's solicitor, Amy Tranter, said her client was deeply sorry.",
    "The club's chairman, Paul Quinn, said the theft had nearly closed the club.",
  ].join('\n\n'),
);

const ferry = parseArticle(
  'ferry.txt',
  [
    'Harbour ferry returns after a year',
    'The harbour ferry carried its first passengers in a year on Thursday morning.',
    'Captain Ellen Morris said 140 people had booked seats for the first week.',
  ].join('\n\n'),
);

function chat(engine: Engine): (message: string) => string {
  const conversation: Conversation = {};
  return (message) => reply(engine, message, false, conversation) ?? '';
}

describe('"who was jailed?" when the headline and lead give a role and the next sentence the name', () => {
  const engine = new Engine([caretaker]);

  it('answers with the name, marks the role phrase, and shows the sentence naming him', () => {
    const answer = engine.ask('who was jailed?');
    expect(answer.answer?.text).toBe('Dennis Harlow');
    const best = answer.passages[answer.answer?.passage ?? 0];
    expect(best?.text.slice(answer.answer?.start, answer.answer?.end).toLowerCase()).toBe(
      'former school caretaker',
    );
    expect(answer.passages.map((p) => p.text)).toContain(
      'Dennis Harlow, 61, of Whitby, admitted theft at Teesside Crown Court on Monday.',
    );
  });

  it('then "he" is that man: his age, what he spent it on, his sentence and his solicitor', () => {
    const say = chat(engine);
    expect(say('who was jailed')).toMatch(/^Dennis Harlow\n/);
    expect(say('how old is he')).toMatch(/^61\n/);
    expect(say('what did he spend the money on')).toContain('He spent the money on horse racing bets');
    expect(say('how long was he jailed for')).toMatch(/^three years\n/);
    // Where he lives, as news writes it after his name and age: "Dennis Harlow, 61, of Whitby, …".
    expect(say('where is he from')).toMatch(/^Whitby\n/);
    expect(say('who is his solicitor')).toMatch(/^Amy Tranter\n/);
  });

  it('first thing in a conversation, "he" is the man the headline and lead describe: the story is about him', () => {
    const say = chat(engine);
    const age = say('how old is he');
    expect(age).toContain('(read "he" as Dennis Harlow)');
    expect(age).toMatch(/\n61\n/);
    expect(chat(engine)('how long was he jailed for')).toMatch(/\nthree years\n/);
    // Asked his name, the name in full as the story writes it, not a part of the sentence naming him.
    expect(chat(engine)('whats his name')).toMatch(/\nDennis Harlow\n/);
  });

  it('where someone is from: the place after their name and age ("…, 61, of Whitby,")', () => {
    expect(engine.ask('where is harlow from?').answer?.text).toBe('Whitby');
    expect(engine.ask('where is dennis harlow from?').answer?.text).toBe('Whitby');
    // "where does he live?" is answered only by that: not by the court's town.
    expect(
      engine.ask('where does harlow live?', { lastPeople: ['Dennis Harlow'] }).answer?.text ?? '',
    ).not.toContain('Teesside');
    // The court is where he admitted theft, not where he lives.
    expect(engine.ask('where is harlow from?').answer?.text).not.toContain('Teesside');
  });

  it('his name asked by his surname: the name in full, from the sentence that gives it', () => {
    expect(engine.ask("what is harlow's full name?").answer?.text).toBe('Dennis Harlow');
    expect(engine.ask('whats harlows name').answer?.text).toBe('Dennis Harlow');
  });

  it('a question naming him finds the lead that describes him', () => {
    expect(engine.ask('how long was harlow jailed for?').answer?.text).toBe('three years');
  });

  it('among other stories too', () => {
    const say = chat(new Engine([ferry, caretaker]));
    expect(say('who was jailed')).toMatch(/^Dennis Harlow\n/);
    expect(say('how old is he')).toMatch(/^61\n/);
  });
});

describe('"where does he live?" in a longer story, where the passage naming him is answerable', () => {
  const club = parseArticle(
    'club.txt',
    [
      'Former club secretary jailed for stealing from bowls club',
      'A former club secretary who stole £60,000 from a bowls club has been jailed for two years.',
      'Alan Brierley, 66, of Skipton, admitted fraud at York Crown Court on Tuesday.',
      'The court heard he moved money from the club into his own accounts over five years.',
      'He spent it on holidays and a new car, prosecutor Jane Holt said.',
      'The club has 140 members and plays at Aireside Park.',
      '"He took away the savings of people who live on their pensions," club president Rita Moss said.',
    ].join('\n\n'),
  );

  it("answers the residence after his name and age, not the court's city", () => {
    const say = chat(new Engine([club]));
    expect(say('who was jailed')).toMatch(/^Alan Brierley\n/);
    // Not the court's city: the residence.
    const lives = say('where does he live');
    expect(lives).not.toMatch(/^York\n/);
    expect(lives).toMatch(/^Skipton\n/);
  });
});
