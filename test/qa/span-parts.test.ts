/**
 * The parts the short answer's candidates are built from (span-parts.ts), on sentences written for
 * these tests: lists and "of" phrases joined from the tagger's phrases, clauses, the entity type a
 * WordNet kind stands for, and the shape tests that keep cut or loose spans out.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';
import {
  balanced,
  calledNameOf,
  clauseIds,
  endsClause,
  entityTypesOfKinds,
  functionGap,
  joinedPhrases,
  nameAcross,
  namesAPlace,
  placeAfterPreposition,
  saysNothing,
} from '../../src/qa/span-parts.js';
import { tokenize } from '../../src/qa/text.js';

const joined = (text: string) =>
  joinedPhrases(text, findEntities(text)).map((c) => ({ text: text.slice(c.start, c.end), join: c.join }));

describe('phrases joined into one candidate', () => {
  it('joins a list that ends with "and", whatever its length', () => {
    const text = 'The market stalls sell smoked trout, rye bread and apple cider every weekend.';
    expect(joined(text)).toContainEqual({ text: 'smoked trout, rye bread and apple cider', join: 'list' });
  });

  it('joins two things with "or", an article opening the second', () => {
    const text = 'Visitors may pay with copper coins or the paper notes.';
    expect(joined(text).map((c) => c.text)).toContain('copper coins or the paper notes');
  });

  it('offers no list cut before its last item\'s "of" complement', () => {
    // "Director" goes on as "Director of the Russian Federal Service": "… and Director" is cut mid-phrase.
    const text =
      'Defense Minister Khaled Obaidi and Director of the Russian Federal Service Alexander Fomin signed it.';
    const texts = joined(text).map((c) => c.text);
    expect(texts).not.toContain('Khaled Obaidi and Director');
    expect(texts.some((t) => /and Director$/.test(t))).toBe(false);
    // A list whose last item ends before "of" is still joined.
    const whole = 'Visitors may pay with copper coins or the paper notes of the old bank.';
    expect(joined(whole).map((c) => c.text)).not.toContain('copper coins or the paper notes');
  });

  it('does not offer the start of a list without its end', () => {
    const text = 'The market stalls sell smoked trout, rye bread and apple cider every weekend.';
    expect(joined(text).map((c) => c.text)).not.toContain('smoked trout, rye bread');
  });

  it('joins a phrase and what it is of', () => {
    const text = 'The appeal was heard by the Court of Appeal of the Northern Circuit in March.';
    expect(joined(text)).toContainEqual({ text: 'Court of Appeal of the Northern Circuit', join: 'of' });
  });

  it('joins nothing across a verb or a full stop', () => {
    const text = 'The ferry leaves Dover. Passengers board early.';
    expect(joined(text)).toEqual([]);
  });
});

describe('clauses', () => {
  it('numbers the clauses of a passage, a comma or a bracket starting the next', () => {
    const text = 'The dam opened in 1961, after (some say) a long delay.';
    const ids = clauseIds(text, tokenize(text));
    const of = (word: string) => ids[tokenize(text).findIndex((t) => t.word === word)];
    expect(of('dam')).toBe(of('1961'));
    expect(of('after')).not.toBe(of('1961'));
    expect(of('some')).not.toBe(of('after'));
    expect(of('delay')).not.toBe(of('some'));
  });

  it('reads a gap between two tokens with its neighbours: the comma of "£186,000" ends no clause', () => {
    const text = 'It sold for £186,000, a record, and costs £6.50 a day.';
    const gapAt = (mark: string, from = 0) => {
      const at = text.indexOf(mark, from);
      return endsClause(text, at, at + mark.length);
    };
    expect(gapAt(',')).toBe(false);
    expect(gapAt(', ')).toBe(true);
    expect(gapAt('.')).toBe(false);
    expect(gapAt('.', text.length - 1)).toBe(true);
    expect(endsClause(text, 0, text.indexOf(','))).toBe(false);
  });
});

describe('the entity type a kind asked for stands for (WordNet)', () => {
  it.each([
    [['port'], 'place'],
    [['composer'], 'person'],
    [['season'], 'date'],
    [['airline'], 'organization'],
  ])('"what %s…" asks for a %s', (kinds, type) => {
    expect(entityTypesOfKinds(kinds)).toContain(type);
  });

  it('a kind of thing that is none of them asks for no entity type', () => {
    expect(entityTypesOfKinds(['sauce'])).toEqual(new Set());
    expect(entityTypesOfKinds([])).toEqual(new Set());
  });
});

describe('the shape of a span', () => {
  it('is cut when it opens a bracket it does not close, or closes one it did not open', () => {
    expect(balanced('22 miles (35 km)')).toBe(true);
    expect(balanced('22 miles (35 km')).toBe(false);
    expect(balanced('35 km) between')).toBe(false);
    expect(balanced('22 miles')).toBe(true);
    expect(balanced('T]he birth lottery')).toBe(false);
    expect(balanced('[T]he birth lottery')).toBe(true);
    expect(balanced('(a [b) c]')).toBe(false);
  });

  it('is joined to the question words by function words only, or not', () => {
    const tokens = tokenize('The capital of the province is Halden, a port.');
    const at = (word: string) => tokens.findIndex((t) => t.word === word);
    expect(functionGap(tokens, at('capital'), at('province'))).toBe(true); // "of the"
    expect(functionGap(tokens, at('province'), at('halden'))).toBe(true); // "is"
    expect(functionGap(tokens, at('capital'), at('halden'))).toBe(false); // "province" between
    expect(functionGap(tokens, undefined, at('halden'))).toBe(false);
  });
});

describe('a phrase that names a place, for a where-question whose passage names no place', () => {
  /** The phrase of `text` whose words are `words`, as a candidate, and whether it names a place. */
  const placeOf = (text: string, words: string) => {
    const start = text.indexOf(words);
    const passage = { text, tokens: tokenize(text), tags: findEntities(text) };
    return namesAPlace({ start, end: start + words.length, kind: 'phrase' }, passage);
  };

  it('a phrase after a locative preposition does', () => {
    expect(placeOf('The sponges live in marine waters worldwide.', 'marine waters worldwide')).toBe(true);
    expect(placeOf('The mouth sits at the narrow end of the body.', 'narrow end')).toBe(true);
  });

  it('a phrase whose head WordNet files under a place or a building does, wherever it stands', () => {
    expect(placeOf('Plenary meetings fill the debating chamber on Wednesdays.', 'debating chamber')).toBe(
      true,
    );
  });

  it('a phrase that merely shares the sentence with the question words does not', () => {
    const text =
      'The protocol summarizes agreements reached during the talks and action mechanisms requiring further development.';
    expect(placeOf(text, 'action mechanisms')).toBe(false);
    expect(placeOf(text, 'further development')).toBe(false);
  });

  it('a topic after "on" or "over" is no place; a place after them is', () => {
    const signed = 'The ministers signed an agreement on military-technical cooperation on Thursday.';
    expect(placeOf(signed, 'military-technical cooperation')).toBe(false);
    expect(placeOf('Unions and the council clashed over pay for weeks.', 'pay')).toBe(false);
    expect(placeOf('The ferry runs aground on the island every winter.', 'island')).toBe(true);
  });

  it('a time after "on" or "in" is no place', () => {
    expect(placeOf('The crew flew into space on April 12 last year.', 'April 12')).toBe(false);
  });

  it('an organisation does (an institution is somewhere); a date or a number does not', () => {
    const passage = { text: 'x', tokens: tokenize('x'), tags: [] };
    expect(namesAPlace({ start: 0, end: 1, kind: 'organization' }, passage)).toBe(true);
    expect(namesAPlace({ start: 0, end: 1, kind: 'date' }, passage)).toBe(false);
    expect(namesAPlace({ start: 0, end: 1, kind: 'number' }, passage)).toBe(false);
  });
});

describe('the tagged name that runs across an offset', () => {
  const text = 'The castle hotel was sold to Castle Leisure Group for £3m.';
  const tags = findEntities(text);
  const name = (at: number) => {
    const found = nameAcross(at, tags);
    return found === undefined ? undefined : text.slice(found.start, found.end);
  };

  it('is the name a word of which stands on either side', () => {
    expect(name(text.indexOf('Leisure'))).toBe('Castle Leisure Group');
    expect(name(text.indexOf(' Group'))).toBe('Castle Leisure Group');
  });

  it("is none at a name's edge, or between words of no name", () => {
    expect(name(text.indexOf('Castle Leisure'))).toBeUndefined();
    expect(name(text.indexOf(' hotel'))).toBeUndefined();
  });
});

describe('a place after a preposition of place (where something happened, not an actor)', () => {
  const at = (text: string, place: string) => text.indexOf(place);

  it('is found within the look-back, with no clause break between', () => {
    const text = 'The commission convened in the city of St.Petersburg last week.';
    expect(placeAfterPreposition(text, at(text, 'St.Petersburg'), 30)).toBe(true);
    const actor = 'Officials from both sides met, and Russia said the talks went well.';
    expect(placeAfterPreposition(actor, at(actor, 'Russia'), 30)).toBe(false);
  });

  it('reads only as far back as it is told', () => {
    const text = 'The commission convened in the city of St.Petersburg last week.';
    // "in" starts 15 characters before the place: a look-back of 10 does not reach it.
    expect(placeAfterPreposition(text, at(text, 'St.Petersburg'), 10)).toBe(false);
  });
});

describe('calledNameOf: the name right after "called" (review41n)', () => {
  it.each([
    ['boat', 'Mr Price keeps a boat called "Kingfisher" on the canal.', 'Kingfisher'],
    ['boat', 'Mr Price keeps a boat called “Blue Heron” on the canal.', 'Blue Heron'],
    ['van', 'She sells flowers from her van, named Daisy, in Hay.', 'Daisy'],
    ['shop', 'She runs a shop called Petals and Pots in Hay.', 'Petals and Pots'],
  ])('%s: %s → %s', (noun, text, name) => {
    expect(calledNameOf(noun, text)?.text).toBe(name);
  });

  it.each([
    ['lifeboat', 'The inshore lifeboat, Spirit of Lowenna, launched at once.', 'Spirit of Lowenna'],
    ['book', "It followed a new book, Brown's Britain by Robert Preston.", "Brown's Britain"],
    ['film', 'The film, "A Quiet Harbour", opens on Friday.', 'A Quiet Harbour'],
    ['ship', 'She served on the ship, HMS Tern.', 'HMS Tern'],
    // A title's own short words in lower case; "by" and a name of two words or more is its maker.
    ['report', 'The report, Bridges at Risk, was published on Monday.', 'Bridges at Risk'],
    ['play', 'The play, Salt on the Wind, opens in May.', 'Salt on the Wind'],
    ['play', 'The play, Stand by Me, opens in May.', 'Stand by Me'],
  ])('%s in apposition: %s → %s', (noun, text, name) => {
    expect(calledNameOf(noun, text)?.text).toBe(name);
  });

  it('no name in apposition when the capital opens the next clause', () => {
    expect(
      calledNameOf('lifeboat', 'After reaching the lifeboat, Rowe said they were cold.'),
    ).toBeUndefined();
    expect(
      calledNameOf('book', 'In the book, Mr Brown tells Mr Blair he cannot be trusted.'),
    ).toBeUndefined();
    // Not a remark quoted after a phrase set before the clause, nor the clause's subject (reread51).
    expect(
      calledNameOf('lifeboat', 'Asked about the lifeboat, "It was a miracle we got there," said Andy Rowe.'),
    ).toBeUndefined();
    expect(
      calledNameOf('lifeboat', 'After they launched the lifeboat, Coxswain Dan Rowe, 45, steered it out.'),
    ).toBeUndefined();
    expect(
      calledNameOf('lifeboat', 'In 2019 the council bought a new lifeboat, Spirit of Tenby, for £2m.')?.text,
    ).toBe('Spirit of Tenby');
    // Not the first of a list, nor a name "by the bow".
    expect(
      calledNameOf('lifeboat', 'The lifeboat, HM Coastguard, and Devon Police were all called.'),
    ).toBeUndefined();
    expect(calledNameOf('boat', 'He held the boat, Mr Hoskin by the bow, until help came.')).toBeUndefined();
  });

  it('none when the passage calls no one of that kind so', () => {
    expect(calledNameOf('boat', 'Mr Price keeps a van called "Kingfisher".')).toBeUndefined();
    expect(calledNameOf('boat', 'The boat was called into service in 1990.')).toBeUndefined();
  });
});

describe('saysNothing', () => {
  const says = (text: string, span: string) => {
    const start = text.indexOf(span);
    return saysNothing(text, tokenize(text), start, start + span.length);
  };
  const quote = '"My grandfather rebuilt the wheel by hand in 1987," he said.';

  it("a quotation's frame, or only function words, says nothing", () => {
    expect(says(quote, '" he said')).toBe(true);
    expect(says('"It was cold," Mr Pryce added.', '" Mr Pryce added')).toBe(true);
    expect(says('It was in the', 'in the')).toBe(true);
    // A speaker by their role, and what the role is of.
    expect(says('"It flooded in 1998," said neighbour Anne Lacey.', '" said neighbour Anne Lacey')).toBe(
      true,
    );
    expect(says('"It opens in 2026," a council spokesman said.', '" a council spokesman said')).toBe(true);
  });

  it('a name, a month, or what the quotation reports says something', () => {
    expect(says(quote, 'My grandfather rebuilt the wheel')).toBe(false);
    expect(says('It opens in May.', 'May')).toBe(false);
    expect(says('Reports from the United States said so.', 'United States')).toBe(false);
    expect(says('"It opens in 2026," a council spokesman said of the pool.', 'the pool')).toBe(false);
  });
});
