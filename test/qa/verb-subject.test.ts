/**
 * The subject of a who-question's verb (verb-subject.ts): which questions ask it, and which name of a
 * passage is that verb's subject, or its agent when the passage says it in the passive.
 */
import { describe, expect, it } from 'vitest';
import { RECENT_TEXTS } from '../../src/qa/text-memo.js';
import { tokenize } from '../../src/qa/text.js';
import {
  agentsOfVerb,
  namesAskedThing,
  subjectsOfVerb,
  subjectVerb,
  whichSubjectVerb,
} from '../../src/qa/verb-subject.js';

/** The spans of `names` in `text`, as candidates. */
function spans(text: string, names: readonly string[]) {
  return names.map((name) => ({
    name,
    span: { start: text.indexOf(name), end: text.indexOf(name) + name.length },
  }));
}

function subjects(question: string, text: string, names: readonly string[]): string[] {
  const asked = subjectVerb(question);
  if (asked === undefined) return [];
  return subjectsOfVerb(spans(text, names), asked, { text, tokens: tokenize(text) }).map((c) => c.name);
}

describe('the verb a who-question asks the subject of', () => {
  it.each([
    ['who won the cup final', 'won', false],
    ['who has scored the most tries', 'scored', false],
    ['who was elected', 'elected', true],
    // "-ied": no detachment rule of WordNet's undoes it, its verb exceptions do ("worried" → "worry").
    ['who is worried about the noise', 'worried', true],
    ['who married the heir', 'married', false],
    ["who's tipped for best actor", 'tipped', true],
    // "get" and a participle: a passive, as with "be"; "get" and an object: the verb "get".
    ['who got rescued', 'rescued', true],
    ['who gets promoted first', 'promoted', true],
    ['who got the job', 'got', false],
    ['who got caught in the rip current', 'caught', true],
  ])('%s → %s', (question, verb, passive) => {
    expect(subjectVerb(question)).toMatchObject({ verb: { word: verb }, passive });
  });

  it.each(['who is the chief executive', 'who did they beat', 'who else came', 'what did they win'])(
    '%s → none',
    (question) => {
      expect(subjectVerb(question)).toBeUndefined();
    },
  );
});

describe('the subject in the passage', () => {
  it('the name right before the verb, not another name of the sentence', () => {
    const text = "Harbury Rovers won the Shield as Tom Avery's goal beat Kelso Athletic 2-1.";
    expect(subjects('who won the shield', text, ['Harbury Rovers', 'Tom Avery', 'Kelso Athletic'])).toEqual([
      'Harbury Rovers',
    ]);
  });

  it('past appositions set off by commas, the name before them first', () => {
    const text = 'Colin Marsh, 61, of Ilkley, West Yorkshire, admitted theft.';
    expect(subjects('who admitted theft', text, ['Colin Marsh', 'Ilkley', 'West Yorkshire'])).toEqual([
      'Colin Marsh',
    ]);
    const auditor =
      'The fraud came to light when a volunteer, Anita Shah, 34, noticed that two suppliers in Leeds had been paid twice.';
    expect(subjects('who noticed the payments', auditor, ['Anita Shah', 'Leeds'])).toEqual(['Anita Shah']);
  });

  it('a "he" or "she" after a reporting verb: that verb\'s subject, not the name nearest the verb', () => {
    const text =
      'Resident Maria Sandoval, who lives on Preston Parade, said she was worried about the noise.';
    expect(subjects('who is worried about the noise', text, ['Maria Sandoval', 'Preston Parade'])).toEqual([
      'Maria Sandoval',
    ]);
    // A pronoun of a clause that no reporting verb opens is no one named: no subject.
    const plain = 'Maria Sandoval lives on Preston Parade, and she was worried about the noise.';
    expect(subjects('who is worried about the noise', plain, ['Maria Sandoval', 'Preston Parade'])).toEqual(
      [],
    );
  });

  it('a "he" or "she" of the other sex than the speaker\'s name is not the speaker', () => {
    const text = 'Sue Pike said he was tired of waiting, speaking of her neighbour, Len Hart.';
    expect(subjects('who was tired of waiting', text, ['Sue Pike', 'Len Hart'])).toEqual([]);
    const husband = 'Asked about her husband, Tom Reed, Ann Reed said he was worried about the permits.';
    expect(subjects('who was worried about the permits', husband, ['Tom Reed', 'Ann Reed'])).not.toContain(
      'Ann Reed',
    );
    const same = 'Len Hart said he was tired of waiting.';
    expect(subjects('who was tired of waiting', same, ['Len Hart'])).toEqual(['Len Hart']);
  });

  it('appositions end at a reporting verb: the name nearest the verb inside the reported clause', () => {
    const keeper =
      "A retired keeper, Hugh Marren, said the lighthouse's first keeper, Silas Penrose, is buried by the chapel.";
    expect(subjects('who is buried by the chapel', keeper, ['Hugh Marren', 'Silas Penrose'])).toEqual([
      'Silas Penrose',
    ]);
    const mate = "A diver, Gwen Tully, said the schooner's mate, Robert Hale, was buried in Brittany.";
    expect(subjects('who was buried in brittany', mate, ['Gwen Tully', 'Robert Hale'])).toEqual([
      'Robert Hale',
    ]);
    const daughter = 'The harbourmaster, Ian Treloar, said his daughter, Nessa Treloar, was married in 2019.';
    expect(subjects('who was married', daughter, ['Ian Treloar', 'Nessa Treloar'])).toEqual([
      'Nessa Treloar',
    ]);
    // An apposition that only holds a reporting verb, after "who", is still one.
    const relative = 'Kate Moss, who said little, was married in 2019.';
    expect(subjects('who was married', relative, ['Kate Moss'])).toEqual(['Kate Moss']);
  });

  it("the passage's voice is the question's", () => {
    const text = 'The Shield was won by Harbury Rovers.';
    expect(subjects('who won the shield', text, ['The Shield', 'Harbury Rovers'])).toEqual([]);
    const critics = 'Critics tipped Jamie Foxx. Hilary Swank was tipped by many.';
    expect(
      subjects("who's tipped for best actress", critics, ['Critics', 'Jamie Foxx', 'Hilary Swank']),
    ).toEqual(['Hilary Swank']);
  });
});

function agents(question: string, text: string, names: readonly string[]): string[] {
  const asked = subjectVerb(question);
  if (asked === undefined) return [];
  return agentsOfVerb(spans(text, names), asked, { text, tokens: tokenize(text) }).map((c) => c.name);
}

describe('the agent of a passive in the passage', () => {
  it('the name after "by", past a title, not a name further on', () => {
    const text =
      'The stand was designed by local architect Mara Quinlan with the firm Verity and Sons, led by Tom Verity.';
    expect(agents('who designed the stand', text, ['Mara Quinlan', 'Verity and Sons', 'Tom Verity'])).toEqual(
      ['Mara Quinlan'],
    );
  });

  it('a pair named after "by" before either of its names', () => {
    const text = 'The song was written by Ruth Abara and Lee Dunn in a week.';
    expect(agents('who wrote the song', text, ['Ruth Abara', 'Ruth Abara and Lee Dunn', 'Lee Dunn'])[0]).toBe(
      'Ruth Abara and Lee Dunn',
    );
  });

  it('none for a question in the passive, nor for a "by" of another clause', () => {
    // "Parliament" is the agent, but "who was elected?" asks for the passive's subject (Mr Osei).
    expect(agents('who was elected', 'Mr Osei was elected by Parliament.', ['Parliament'])).toEqual([]);
    // Within reach of "designed", but past a comma: the "by" of another clause.
    const text = 'The bridge was designed, then opened by Anne Brook.';
    expect(agents('who designed the bridge', text, ['Anne Brook'])).toEqual([]);
  });
});

describe('the verb a which-question asks the subject of', () => {
  it.each([
    ['which group paid for the bells', 'group', 'paid'],
    ['what group of volunteers brought food to the village', 'group', 'brought'],
    ['which company has bought the stadium', 'company', 'bought'],
  ])('%s → %s, %s', (question, noun, verb) => {
    expect(whichSubjectVerb(question)).toMatchObject({ noun, asked: { verb: { word: verb } } });
  });

  it.each(['which party is the largest', 'which company did she work for', 'what group of people'])(
    '%s → none',
    (question) => {
      expect(whichSubjectVerb(question)).toBeUndefined();
    },
  );
});

describe('a name that is the thing a who-question asks about, not its doer', () => {
  /** Is `name` in `text` the asked thing of `question` (`namesAskedThing`)? */
  function asked(question: string, text: string, name: string): boolean {
    const verb = subjectVerb(question);
    if (verb === undefined) throw new Error(`no subject verb: ${question}`);
    const span = { start: text.indexOf(name), end: text.indexOf(name) + name.length };
    return namesAskedThing(span, verb, question, { text, tokens: tokenize(text) });
  }

  it('titled by the noun after the verb, right before the name or inside it', () => {
    expect(
      asked('who found the tortoise?', 'Missing tortoise Shelley was found by a dog walker.', 'Shelley'),
    ).toBe(true);
    expect(
      asked(
        'who found the tortoise?',
        'Missing tortoise Shelley was found by a dog walker.',
        'Missing tortoise Shelley',
      ),
    ).toBe(true);
  });

  it('not the agent after "by" of the asked verb, whatever its title; not a name without the title', () => {
    const rescued = 'A climber was rescued on Sunday by fellow climber Sam Orr.';
    expect(asked('who rescued the climber?', rescued, 'Sam Orr')).toBe(false);
    expect(
      asked('who found the tortoise?', 'Keith Dunmore found the tortoise in a hedge.', 'Keith Dunmore'),
    ).toBe(false);
    // Nothing after the verb: no asked thing to be.
    expect(asked('who found it?', 'Missing tortoise Shelley was found by a dog walker.', 'Shelley')).toBe(
      false,
    );
  });
});

describe('a question read once for every passage weighed', () => {
  // The ranking and the short answer ask a question's verb again for each passage and candidate: the
  // same reading, the same value object, while the question is recent (`text-memo.ts`), and an equal
  // one read afresh once RECENT_TEXTS other questions have pushed it out.
  it('gives the same reading of a who-question and a which-question, first, again and after the bound', () => {
    const who = 'Who repaired the gangway at Port Avery?';
    const which = 'Which trust runs the ferry?';
    const first = subjectVerb(who);
    const firstWhich = whichSubjectVerb(which);
    expect(first).toMatchObject({ verb: { word: 'repaired' }, passive: false, modal: false });
    expect(firstWhich).toMatchObject({ noun: 'trust', asked: { verb: { word: 'runs' } } });
    expect(subjectVerb(who)).toBe(first);
    expect(whichSubjectVerb(which)).toBe(firstWhich);
    for (let i = 0; i <= RECENT_TEXTS; i++) {
      subjectVerb(`who moored boat ${i}?`);
      whichSubjectVerb(`which crew sailed boat ${i}?`);
    }
    expect(subjectVerb(who)).not.toBe(first);
    expect(subjectVerb(who)).toEqual(first);
    expect(whichSubjectVerb(which)).toEqual(firstWhich);
  });
});
