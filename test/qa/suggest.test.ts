/** The example questions /help, greetings and /ask autocomplete offer: ones the article answers. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { helpExamples, suggestedQuestions, whatHappened } from '../../src/qa/suggest.js';

const engine = (...body: string[]) =>
  new Engine([parseArticle('story.txt', ['Harbour news', '', ...body.flatMap((b) => [b, ''])].join('\n'))]);

describe('suggested questions', () => {
  it('ask who did what a sentence says a named actor did', () => {
    const e = engine('Council member Ada Moreno opened the new ferry terminal on Tuesday morning.');
    expect(suggestedQuestions(e)).toContain('Who opened the new ferry terminal?');
  });

  it('keep a decimal point inside the object and the noun after it', () => {
    // Not "Who completed the 96-mile?": the point in "9.6-mile" ends no phrase.
    const e = engine('Tom Reed completed the 9.6-mile course in 71 minutes.');
    expect(suggestedQuestions(e)).toContain('Who completed the 9.6-mile course?');
  });

  const poor = [
    'The U.S. has long been heralded as a land of opportunity, a place where anyone can succeed regardless of class.',
    'The low ranking the U.S. received was due to its extreme levels of wealth and income inequality.',
    'Mayor Ben Ito received, with thanks, the keys of the city.',
    // The words after the verb are a clause's subject, no object: not "Who agreed that the lanes?".
    'Deputy leader Ian Nellins also agreed that the lanes were needed.',
    'Councillor Ruth Bell argued the new lanes would slow buses.',
    // A negation opens a clause of its own: not "Who urged people not?".
    'Its chairman, Owen Pryor, urged walkers not to light barbecues on the moor.',
  ];

  it("never ask about a passive verb, a copula, a verb with nothing after it or a clause's subject", () => {
    const who = suggestedQuestions(engine(...poor)).filter(
      (q) => q.startsWith('Who ') && !q.startsWith('Who is '),
    );
    expect(who).toEqual([]);
  });

  it('for help, only questions the article answers', () => {
    const e = engine(
      ...poor,
      'Council member Ada Moreno opened the new ferry terminal on Tuesday morning, the council said.',
    );
    const examples = helpExamples(e, 2);
    expect(examples.length).toBeGreaterThan(0);
    for (const q of examples) expect(e.ask(q).answered).toBe(true);
  });

  it("of one article, help's second example asks another kind of thing than its first", () => {
    // Two dated sentences first: the examples were "What happened in August 2024?" and "…September 2024?".
    const e = engine(
      'In August 2024, sewage poured into the River Lunn for eleven hours after a pump failed.',
      'In September 2024, thousands of dead fish were found along a four-mile stretch of the river.',
      'Judge Helen Carver fined Lunn Valley Water £2.4 million at Carlisle Crown Court.',
    );
    const examples = helpExamples(e, 2);
    expect(examples).toHaveLength(2);
    expect(examples[0]).toBe('What happened in August 2024?');
    expect(examples[1]).not.toMatch(/^What happened/);
    for (const q of examples) expect(e.ask(q).answered).toBe(true);
  });

  it('asks no "Who is Trent Vale?" of a story that calls a company "Trent Vale Water", but asks of a person', () => {
    const e = engine(
      'Trent Vale Water said the ban would start on Friday.',
      '"Trent Vale lost 190 million litres a day through leaks," campaigner Ruth Okafor said.',
      'Ruth Okafor MP has called for an inquiry.',
    );
    const asked = suggestedQuestions(e);
    expect(asked).not.toContain('Who is Trent Vale?');
    expect(asked).toContain('Who is Ruth Okafor?');
  });

  it('asks no "Who is Mary Ellen?" of a ferry named like a person ("The Mary Ellen, which carries…")', () => {
    const e = engine(
      'The Mary Ellen, which carries up to 40 cars on each crossing, returned to service on Monday.',
      'Skipper Ruth Okafor took the first crossing at 7am.',
    );
    const asked = suggestedQuestions(e);
    expect(asked).not.toContain('Who is Mary Ellen?');
    expect(asked).toContain('Who is Ruth Okafor?');
  });

  it('asks what was done in a length of time, not only how long ("Who spent five months?")', () => {
    const e = engine(
      'Keen grower Mary Walsh, 71, spent three years breeding the onion in a greenhouse behind his house.',
    );
    const who = suggestedQuestions(e).filter((q) => q.startsWith('Who ') && !q.startsWith('Who is '));
    expect(who).toContain('Who spent three years breeding the onion?');
    expect(who).not.toContain('Who spent three years?');
  });

  it('asks "Who" only of a person\'s or organisation\'s deed, not of a thing that is the subject', () => {
    const e = engine(
      // A named club earlier in the sentence is not the subject of "included".
      'The Maidstone Chess Club tournament included a former national junior champion.',
      // "that" stands for the game: not "Who lasted four hours?".
      'Sarah Jones, 10, won a game that lasted four hours.',
      'Sarah Jones, 10, won the county title.',
    );
    const who = suggestedQuestions(e).filter((q) => q.startsWith('Who ') && !q.startsWith('Who is '));
    expect(who).toEqual(['Who won the county title?']);
  });

  it('never cuts the object inside its noun phrase ("Who invited a former national junior?")', () => {
    const e = engine('Club secretary Anne Hollis invited a former national junior champion to the final.');
    const who = suggestedQuestions(e).filter((q) => q.startsWith('Who ') && !q.startsWith('Who is '));
    expect(who).toContain('Who invited a former national junior champion?');
    expect(who).not.toContain('Who invited a former national junior?');
  });

  it('ends the object at a comma ("Who opened the bridge?", not "…the bridge the council?")', () => {
    const who = suggestedQuestions(engine('Mayor Ben Ito opened the bridge, the council said.')).filter(
      (q) => q.startsWith('Who ') && !q.startsWith('Who is '),
    );
    expect(who).toEqual(['Who opened the bridge?']);
  });

  it('keeps the "has" of a perfect ("Who has grown vegetables?", not "Who grown vegetables?")', () => {
    const e = engine('Among them is Rosa Delgado, 83, who has grown leeks on plot 9 since 1979.');
    const who = suggestedQuestions(e).filter((q) => q.startsWith('Who ') && !q.startsWith('Who is '));
    expect(who).toContain('Who has grown leeks?');
    expect(who).not.toContain('Who grown leeks?');
  });

  it('asks what a number counts ("Who won six of her seven heats?", not "Who won six?")', () => {
    const e = engine(
      'Swimmer Nia Okoro, a pupil at Harbour Primary School, won six of her seven heats in Leeds.',
    );
    const who = suggestedQuestions(e).filter((q) => q.startsWith('Who ') && !q.startsWith('Who is '));
    expect(who).toEqual(['Who won six of her seven heats?']);
  });

  it('asks nothing of a number that counts nothing named ("Who voted nine?" of "voted nine to four")', () => {
    const e = engine(
      "Members of Ashby City Council's environment committee voted nine to four on Wednesday to end the scheme, run by operator Voltra, when its permit runs out.",
    );
    const who = suggestedQuestions(e).filter((q) => q.startsWith('Who ') && !q.startsWith('Who is '));
    expect(who).not.toContain('Who voted nine?');
    expect(who.every((q) => !/ (?:nine|four)\?$/.test(q))).toBe(true);
  });

  it('never ends the object on an adjective before its noun ("Who spotted the black?")', () => {
    const e = engine('Peter Lamb, 61, spotted the black, fist-sized stone on the gravel drive of his farm.');
    const who = suggestedQuestions(e).filter((q) => q.startsWith('Who ') && !q.startsWith('Who is '));
    expect(who).toEqual([]);
  });

  it('asks "Who is Peter Lamb?", not "Who is Mr Lamb?" nor "Who is Mr Lamb\'s?" of the same man', () => {
    const e = engine(
      'Peter Lamb, 61, a sheep farmer, found the stone on Tuesday.',
      'Mr Lamb said the stone was heavy.',
      "Mr Lamb's dogs found a second stone, and Ms Quill from the museum came to see it.",
    );
    const people = suggestedQuestions(e).filter((q) => q.startsWith('Who is '));
    expect(people).toEqual(['Who is Peter Lamb?', 'Who is Ms Quill?']);
  });

  it('asks no "Who aged 15?" nor "Who levelled it?"', () => {
    const e = engine(
      'Baker Tom Reeve, who started at the bakery aged 15, won the regional prize on Saturday.',
      'Striker Dean Ashworth levelled it with ten minutes left.',
    );
    const asked = suggestedQuestions(e);
    expect(asked.some((q) => /^Who aged\b/.test(q))).toBe(false);
    expect(asked).not.toContain('Who levelled it?');
  });

  it('with several articles, help takes its examples from each article in turn', () => {
    const e = new Engine([
      parseArticle(
        'ferry.txt',
        'Harbour news\n\nCouncil member Ada Moreno opened the new ferry terminal on Tuesday morning.\n\nAda Moreno thanked the builders of the terminal.\n',
      ),
      parseArticle(
        'bridge.txt',
        'River news\n\nEngineer Tomas Berg repaired the old swing bridge in March 2021.\n',
      ),
    ]);
    const examples = helpExamples(e, 2);
    expect(examples).toHaveLength(2);
    const sources = examples.map((q) => e.ask(q).passages[0]?.article.id);
    expect(new Set(sources).size).toBe(2);
  });
});

describe('"What happened …?" for a date', () => {
  it('says "on" a day and "in" a month or a year', () => {
    expect(whatHappened('February 1, 2016')).toBe('What happened on February 1, 2016?');
    expect(whatHappened('1 Feb 2016')).toBe('What happened on 1 Feb 2016?');
    expect(whatHappened('Tuesday 3 May 2021')).toBe('What happened on Tuesday 3 May 2021?');
    expect(whatHappened('December 1910')).toBe('What happened in December 1910?');
    expect(whatHappened('May 2015')).toBe('What happened in May 2015?');
    expect(whatHappened('1898')).toBe('What happened in 1898?');
  });

  it('a page\'s own publication date asks nothing; a day of the story is asked with "on" and answered by it', () => {
    const e = engine(
      'CNNMoney (New York) First published February 1, 2016: 1:28 AM ET',
      'On March 3, 2015, the harbour board voted to close the old ferry pier for repairs.',
    );
    const dated = suggestedQuestions(e).filter((q) => q.startsWith('What happened'));
    expect(dated).toEqual(['What happened on March 3, 2015?']);
    const answer = e.ask('What happened on March 3, 2015?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('voted to close the old ferry pier');
  });
});

describe('help examples are answered with what they ask of their sentence', () => {
  it('"What happened in 1994?" answered with a fragment ("with a herd of twelve cows") is not offered', () => {
    const e = engine(
      'The dairy opened on Mill Lane in 1994 with a herd of twelve cows.',
      'Council member Ada Moreno opened the new ferry terminal on Tuesday morning.',
    );
    expect(suggestedQuestions(e)).toContain('What happened in 1994?');
    expect(helpExamples(e, 3)).not.toContain('What happened in 1994?');
    expect(helpExamples(e, 3)).toContain('Who opened the new ferry terminal?');
  });

  it('an object stops before a quotation and never ends in "the"', () => {
    const e = engine('Judge Peter Walsh called the blue cheese "the finest I have tasted."');
    expect(suggestedQuestions(e)).toContain('Who called the blue cheese?');
  });
});
