/** The object of the preposition a question ends on ("what … thank Russia for?"), read from the passage. */
import { describe, expect, it } from 'vitest';
import { stem, tokenize } from '../../src/qa/text.js';
import { strandedObject, strandedPreposition } from '../../src/qa/stranded.js';

function objectOf(question: string, text: string, words: string[], verb?: string): string | undefined {
  const matched = new Set(words.map(stem));
  const asked = verb === undefined ? undefined : tokenize(verb)[0];
  return strandedObject(question, { text, tokens: tokenize(text) }, matched, asked)?.text;
}

describe('strandedPreposition', () => {
  it('reads "for" and "about" ending a what-question', () => {
    expect(strandedPreposition('What did Obaidi thank Russia for?')).toBe('for');
    expect(strandedPreposition('what did they talk about')).toBe('about');
    expect(strandedPreposition('Which crimes was he jailed for ?')).toBe('for');
  });

  it('reads nothing else', () => {
    expect(strandedPreposition('What did Obaidi thank Russia for supporting?')).toBeUndefined();
    expect(strandedPreposition('Who did he vote for?')).toBeUndefined();
    expect(strandedPreposition('Where did they come from?')).toBeUndefined();
  });
});

describe('strandedObject', () => {
  const thanks = 'According to the statement, after the meeting, Obaidi thanked Russia for supporting Iraq.';

  it('takes what follows the preposition after the question words', () => {
    expect(objectOf('what did Obaidi thank Russia for?', thanks, ['thanked', 'russia'])).toBe(
      'supporting Iraq',
    );
  });

  it('goes on to the end of a quotation the object opens', () => {
    const text =
      'Obaidi thanked Russia for supporting Iraq “in all fields, especially military cooperation.”';
    expect(objectOf('what did he thank Russia for', text, ['thanked'])).toBe(
      'supporting Iraq “in all fields, especially military cooperation.”',
    );
  });

  it('stops where a clause of its own begins', () => {
    const text = 'The mayor praised the crews for clearing the roads before the storm arrived.';
    expect(objectOf('what did the mayor praise the crews for?', text, ['praised', 'crews'])).toBe(
      'clearing the roads',
    );
  });

  it('passes over a "for" that gives a stretch of time', () => {
    const text = 'The port was closed for six weeks last winter.';
    expect(objectOf('what was the port closed for?', text, ['port', 'closed'])).toBeUndefined();
  });

  it('needs a question word before the preposition, in the same clause', () => {
    expect(
      objectOf('what did Obaidi thank Russia for?', 'For years, Russia helped Iraq.', ['russia']),
    ).toBeUndefined();
    expect(
      objectOf('what was he thanked for?', 'He was thanked, for once, by everyone.', ['thanked']),
    ).toBeUndefined();
  });

  it('gives nothing for a question that does not end on its preposition', () => {
    expect(objectOf('What did Obaidi thank Russia with?', thanks, ['thanked'])).toBeUndefined();
  });
});

describe('strandedObject and quotations', () => {
  it('ends the object where a quotation it sits in closes', () => {
    const text = 'They stand for the sake of research" as the report put it.';
    expect(objectOf('what do they stand for?', text, ['stand'])).toBe('the sake of research');
  });

  it('goes on to a straight closing mark when the object opens the quotation', () => {
    const text = 'He thanked them for "years of patient work, and more."';
    expect(objectOf('what did he thank them for?', text, ['thanked'])).toBe(
      '"years of patient work, and more."',
    );
  });
});

describe('strandedObject for "in", "on", "into" and "with" after a verb', () => {
  const tools = 'The tools, 412 in all, were stored inside a sealed oak chest.';

  it('"what were the tools in?": the object of a preposition of the same sense after a form of "be"', () => {
    expect(objectOf('what were the tools in', tools, ['tools'])).toBe('a sealed oak chest');
  });

  it('"what will she spend it on?": the object of "on" after the question\'s verb, past its own object', () => {
    const text = 'Mrs Okafor said she would spend her grant on repairing the old water wheel.';
    expect(objectOf('what is she going to spend hers on', text, ['spend'], 'spend')).toBe(
      'repairing the old water wheel',
    );
  });

  it('not the "in" no such verb comes before, nor a time, nor after a noun after "what"', () => {
    expect(objectOf('what were the tools in', 'The tools, 412 in all, are old.', ['tools'])).toBeUndefined();
    expect(objectOf('what was it built in', 'The mill was built in 1862.', ['mill'])).toBeUndefined();
    expect(objectOf('what town were the tools in', tools, ['tools'])).toBeUndefined();
  });
});

describe('strandedObject: a "that" clause for "about" (session 55)', () => {
  const worry = 'Councillor Tom Reddy said he was worried that the tank could crack again.';

  it('takes the clause after a feeling or saying word and "that"', () => {
    expect(objectOf('what is the councillor worried about', worry, ['worried'])).toBe(
      'the tank could crack again',
    );
  });

  it('not a relative clause after a noun ("the report that was published")', () => {
    const text = 'The report that was published on Monday runs to 80 pages.';
    expect(objectOf('what is the report about', text, ['report'])).toBeUndefined();
  });
});
