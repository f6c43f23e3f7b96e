/**
 * Scenarios: "they", "he" and "she" in the console chat after an answer naming two people, as the quick
 * start's first question does ("who signed?" → "Khaled Obaidi and Alexander Fomin"). "they" is both of
 * them; "he" or "she" is the one of them it fits, and when it fits both the reply asks which, naming
 * them: never "no words I can look up".
 */
import { describe, expect, it } from 'vitest';
import { reply } from '../../src/console/chat.js';
import { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';
import { respond } from '../../src/qa/respond.js';
import { SEED_FILE, seedKnowledge } from '../support/seed.js';
import { chat, story } from '../support/chat.js';

const { engine: seed } = await loadEngine(seedKnowledge());

// A man and a woman who signed together: their first names say which is which.
const TRAMS = story(
  'trams.txt',
  'City and union agree tram deal',
  'Transport chief David Walsh and union leader Helen Okafor signed the tram agreement on Tuesday.',
  'Walsh said the new timetable would start in May.',
  'Okafor said drivers would get a rest day after every five shifts.',
  'The deal ends a strike that lasted three weeks.',
);

// Two men who signed together, and a woman the story names once.
const TWO_MEN = (mayor: boolean) =>
  story(
    'ferries.txt',
    'Harbour and union agree ferry deal',
    'Harbour master Peter Reilly and union leader Thomas Walsh signed the ferry agreement on Monday.',
    'Reilly said the first boats would sail in April.',
    'Walsh said crews would be paid for every crossing.',
    ...(mayor ? ['Mayor Anna Lindqvist said the city would pay for two new boats.'] : []),
  );

// Two winners the tagger tags as one person ("Anna Weber, Paul Schmidt").
const PRIZE = story(
  'prize.txt',
  'Scientists share chemistry prize',
  'The chemistry prize went to Anna Weber, Paul Schmidt on Monday.',
  'Weber said the work took ten years.',
  'Schmidt said the team would keep working on batteries.',
);

describe('"they" after an answer naming two people', () => {
  it('"who signed?" then "what did they say?": both of them, and the reply says so', () => {
    const say = chat(seed);
    expect(say('who signed?')).toMatch(/^Khaled Obaidi and Alexander Fomin\n/);
    const said = say('what did they say?');
    expect(said).toMatch(/^\(read "they" as Khaled Obaidi and Alexander Fomin\)\n/);
    expect(said).not.toContain('no words I can look up');
    // What they said comes first (`speaker.ts`): Obaidi's thanks and Fomin's promise, not the signing.
    expect(said.split('\n')[1]).toMatch(/Obaidi thanked Russia|Fomin, for his part, said/);
  });

  it('"their" and "them" too, and "where did they meet?" finds where the two met', () => {
    const say = chat(seed);
    say('who signed?');
    expect(say('what are their jobs?')).toMatch(/^\(read "their" as Khaled Obaidi and Alexander Fomin\)\n/);
    const met = say('where did they meet?');
    expect(met).toMatch(/^\(read "they" as Khaled Obaidi and Alexander Fomin\)\nSt\.Petersburg\n/);
    const say2 = chat(seed);
    say2('who signed?');
    expect(say2('what about them?')).toMatch(/^\(read "them" as Khaled Obaidi and Alexander Fomin\)\n/);
  });

  it('"they" after a story\'s two signatories finds the sentence naming both: "when did they sign it?"', () => {
    const say = chat(TRAMS);
    expect(say('who signed the tram agreement?')).toMatch(/^David Walsh and Helen Okafor\n/);
    expect(say('when did they sign it?')).toMatch(
      /^\(read "they" as David Walsh and Helen Okafor\)\nTuesday\n/,
    );
  });

  it('"which of them thanked russia?": the one of the two the story says, as the short answer', () => {
    const say = chat(seed);
    say('who signed?');
    expect(say('which of them thanked russia?')).toMatch(
      /^\(read "them" as Khaled Obaidi and Alexander Fomin\)\nObaidi\n/,
    );
  });

  it('"them" as an object is not the two: "what did russia promise them?" is answered as with no one asked about', () => {
    const say = chat(seed);
    say('who signed?');
    const promised = say('what did russia promise them?');
    expect(promised).not.toContain('read "them"');
    expect(promised).toBe(reply(seed, 'what did russia promise them?', false, {}));
    expect(promised).toMatch(/^Iraq\nFomin, for his part, said/);
  });

  it('"when did they sign it?" after "who signed?": the sentences naming both say no date, so the question\'s own words find "Thursday"', () => {
    const say = chat(seed);
    say('who signed?');
    expect(say('when did they sign it?')).toMatch(/^Thursday \(17 October 2019\)\n/);
    // The conversation is still about the two.
    expect(say('what did they say?')).toMatch(/^\(read "they" as Khaled Obaidi and Alexander Fomin\)\n/);
  });

  it('a list the tagger took for one person is each of them: "Anna Weber, Paul Schmidt", then "she" is Anna Weber', () => {
    const say = chat(PRIZE);
    expect(say('who won the chemistry prize?')).toMatch(/^Anna Weber, Paul Schmidt\n/);
    expect(say('what did they say?')).toMatch(/^\(read "they" as Anna Weber and Paul Schmidt\)\n/);
    expect(say('what did she say?')).toMatch(
      /^\(read "she" as Anna Weber\)\nWeber said the work took ten years/,
    );
  });

  it('after one person, "they" is still not them: the parties who signed (unchanged)', () => {
    const say = chat(seed);
    say('who is fomin');
    expect(say('when did they sign it?')).toBe(reply(seed, 'when did they sign it?', false, {}));
  });
});

describe('"he" and "she" after an answer naming two people', () => {
  it('"who signed?" then "what did he say?": both could be "he", so the reply asks which, naming both', () => {
    const say = chat(seed);
    say('who signed?');
    expect(say('what did he say?')).toBe(
      "I'm not sure who you mean by “he”: it could be Khaled Obaidi or Alexander Fomin. Try asking with a name.",
    );
    // The conversation is still about both; naming one of them moves it to him.
    expect(say('what did they say?')).toMatch(/^\(read "they" as Khaled Obaidi and Alexander Fomin\)\n/);
    expect(say('what did fomin say?')).toMatch(/^Fomin, for his part, said/);
    expect(say('what did he say?')).toMatch(/^Fomin, for his part, said/);
  });

  it('an answer naming one of the two moves the conversation to him: "which of them is the union leader?", "who thanked russia?"', () => {
    const say = chat(TWO_MEN(false));
    say('who signed the ferry agreement?');
    expect(say('which of them is the union leader?')).toMatch(
      /^\(read "them" as Peter Reilly and Thomas Walsh\)\nThomas Walsh\n/,
    );
    expect(say('what did he say?')).toMatch(/^Walsh said crews would be paid/);
    // The short answer is the surname alone, which the tagger does not take for a person there.
    const seedSay = chat(seed);
    seedSay('who signed?');
    expect(seedSay('who thanked russia?')).toMatch(/^Obaidi\n/);
    expect(seedSay('what did he say?')).toMatch(
      /^According to the statement, after the meeting, Obaidi thanked/,
    );
  });

  it('a man and a woman: "she" is the woman and "he" the man, and the reply says whom it read', () => {
    const say = chat(TRAMS);
    say('who signed the tram agreement?');
    const she = say('what did she say?');
    expect(she).toMatch(/^\(read "she" as Helen Okafor\)\nOkafor said drivers would get a rest day/);
    // Now on her: "he" is the one man of the story.
    expect(say('what did he say?')).toMatch(/^\(read "he" as David Walsh\)\nWalsh said the new timetable/);
    const say2 = chat(TRAMS);
    say2('who signed the tram agreement?');
    expect(say2('what did he say?')).toMatch(/^\(read "he" as David Walsh\)\nWalsh said the new timetable/);
  });

  it('two men: "she" is someone else the story names, or the reply asks, naming the two it is not', () => {
    const withMayor = chat(TWO_MEN(true));
    expect(withMayor('who signed the ferry agreement?')).toMatch(/^Peter Reilly and Thomas Walsh\n/);
    expect(withMayor('what did he say?')).toBe(
      "I'm not sure who you mean by “he”: it could be Peter Reilly or Thomas Walsh. Try asking with a name.",
    );
    expect(withMayor('what did she say?')).toMatch(
      /^\(read "she" as Anna Lindqvist\)\nMayor Anna Lindqvist said/,
    );
    const without = chat(TWO_MEN(false));
    without('who signed the ferry agreement?');
    expect(without('what did she say?')).toBe(
      "I'm not sure who you mean by “she”: it doesn't sound like Peter Reilly or Thomas Walsh, and the article names no one else it fits. Try asking with a name.",
    );
  });

  it('a "he" that fits both, beside words to look up: those words are searched, as with no one asked about', () => {
    const say = chat(seed);
    say('who signed?');
    expect(say('when did he sign it?')).toBe(reply(seed, 'when did he sign it?', false, {}));
  });
});

describe('people of another article', () => {
  it('"/article iraq" after the ferry signatories: "they" is no one there, and back on the ferries it is them again', () => {
    const both = new Engine([...seed.articles, ...TWO_MEN(false).articles]);
    const say = chat(both);
    say('/article ferries');
    expect(say('who signed the ferry agreement?')).toMatch(/^Peter Reilly and Thomas Walsh\n/);
    say('/article iraq');
    const there = say('what did they say?');
    expect(there).not.toContain('Peter Reilly');
    expect(there).toBe(reply(both, 'what did they say?', false, { article: SEED_FILE }));
    say('/article ferries');
    expect(say('what did they say?')).toMatch(/^\(read "they" as Peter Reilly and Thomas Walsh\)\n/);
  });

  it("a question asked of another article by name (the bot's /ask article:) reads no one of this one", () => {
    const both = new Engine([...seed.articles, ...TWO_MEN(false).articles]);
    const person = { names: ['Peter Reilly', 'Thomas Walsh'], article: 'ferries.txt' };
    const elsewhere = respond(
      both,
      'what did they say?',
      { article: SEED_FILE, context: 'ferries.txt' },
      { person },
    );
    // No one of this one, and nothing else to look up: the reply asks who "they" are.
    expect(elsewhere).toMatchObject({
      kind: 'answer',
      answer: { refused: 'unclear-person', unclear: { pronoun: 'they', fitting: [] } },
    });
    expect(elsewhere.kind === 'answer' && elsewhere.answer.readAs).toBe(undefined);
    const here = respond(both, 'what did they say?', { context: 'ferries.txt' }, { person });
    expect(here).toMatchObject({
      kind: 'answer',
      answer: { readAs: { pronoun: 'they', people: person.names } },
    });
  });
});

describe('"who" asked of the people a pronoun stands for never answers with them', () => {
  it('"who signed?" then "who did they meet?": not the two who signed', () => {
    const say = chat(seed);
    say('who signed?');
    const met = say('who did they meet?');
    expect(met).toMatch(/^\(read "they" as Khaled Obaidi and Alexander Fomin\)\n/);
    expect(met.split('\n')[1]).not.toMatch(/Obaidi|Fomin/);
  });

  it('"who did they thank?": not Obaidi, the one of them who thanked, whatever the tagger calls him', () => {
    const say = chat(seed);
    say('who signed?');
    expect(say('who did they thank?').split('\n')[1]).not.toMatch(/Obaidi|Fomin/);
  });

  it.each([
    ['who of them is the director?', 'Alexander Fomin'],
    ['who among them is the minister?', 'Khaled Obaidi'],
    ['who are they?', 'Khaled Obaidi and Alexander Fomin'],
  ])('"%s" picks among them or names them: they are the answer', (question, answer) => {
    const say = chat(seed);
    say('who signed?');
    expect(say(question).split('\n')[1]).toBe(answer);
  });

  it('"who is fomin?" then "who did he meet?": Obaidi, not Fomin and Obaidi', () => {
    const say = chat(seed);
    say('who is fomin?');
    expect(say('who did he meet?')).toMatch(/^Khaled Obaidi\n/);
  });

  it('"who is obaidi?" then "who is he?": his title, not the pair of signatories', () => {
    const say = chat(seed);
    say('who is obaidi?');
    expect(say('who is he?')).toMatch(/^Iraqi Defense Minister\n/);
  });

  it('a man and a woman: "who is walsh?" then "who did he sign with?" is Helen Okafor', () => {
    const say = chat(TRAMS);
    say('who is walsh?');
    expect(say('who did he sign with?')).toMatch(/^Helen Okafor\n/);
  });
});

describe('"tell me more" after the bot asked which person was meant', () => {
  it('"who signed?", "what did he say?" (which one?), then "tell me more" reads on from the signing', () => {
    const say = chat(seed);
    say('who signed?');
    expect(say('what did he say?')).toContain('Khaled Obaidi or Alexander Fomin');
    const more = say('tell me more');
    expect(more).not.toMatch(/^More of what\?/);
    expect(more).toContain('have signed the protocol of the second meeting');
  });
});
