/**
 * Scenarios: "what did they say?" after "who signed?", and "what did he say?" after "who led the
 * search?", as people type them in the console chat: the sentences that report what those people said
 * ("Walsh thanked…", "Brandt, for his part, said…", "He said…" right after the sentence naming him)
 * come before the sentence that only names them ("… signed the deal, the council said"). On stories
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { openingGender } from '../../src/qa/referents.js';
import { speakerAsked, spokenBy } from '../../src/qa/speaker.js';
import { chat, story } from '../support/chat.js';

const deal = story(
  'deal.txt',
  'City and Union Sign Tram Deal',
  'Transport chief David Walsh and union leader Oskar Brandt signed the tram agreement on Tuesday, the city council said.',
  'The deal ends a strike that lasted three weeks.',
  'After the signing, Walsh thanked the drivers for their patience “through a hard winter.”',
  'Brandt, for his part, said that drivers would get a rest day after every five shifts.',
);

const rescue = story(
  'rescue.txt',
  'Walkers Found Safe on Black Fell',
  'Two walkers lost overnight on Black Fell were found safe on Monday.',
  'The search was led by team leader Gareth Pryce of the Fellside Rescue Team.',
  'He said the walkers had done "exactly the right thing" by staying put.',
  'The team said the search cost about £6,000.',
);

const lifeboat = story(
  'lifeboat.txt',
  'Ferry Turns Back to Save Fishermen',
  'A ferry turned back in a gale on Saturday to pick up three fishermen whose boat had sunk.',
  'Captain Ewan Lindsay, 51, saw their flares from the bridge of the MV Corran.',
  '"We just did what any crew would have done," he said.',
  'The fishermen were treated in hospital for the cold.',
);

/** The passage shown first: the reply's lines after any "(read …)" note, up to the source line. */
const firstPassage = (said: string) =>
  said
    .split('\n')
    .filter((l) => !l.startsWith('(read'))
    .find((l) => l.trim() !== '') ?? '';

describe('what people said', () => {
  it('"what did they say?" after "who signed?": what each of them said, not the signing', () => {
    const say = chat(deal);
    expect(say('who signed?')).toMatch(/^David Walsh and Oskar Brandt/);
    const said = say('what did they say?');
    expect(firstPassage(said)).toMatch(/Walsh thanked|Brandt, for his part, said/);
    expect(said.indexOf('Walsh thanked')).toBeLessThan(said.indexOf('signed the tram agreement'));
    expect(said.indexOf('for his part, said')).toBeLessThan(said.indexOf('signed the tram agreement'));
  });

  it('"what did brandt say?" → his words', () => {
    expect(firstPassage(chat(deal)('what did brandt say?'))).toMatch(/^Brandt, for his part, said/);
  });

  it('"what did he say?" after "who led the search?": the "He said" sentence', () => {
    const say = chat(rescue);
    expect(say('who led the search?')).toContain('Gareth Pryce');
    expect(firstPassage(say('what did he say?'))).toMatch(/^He said the walkers/);
  });
});

describe('a quotation said by "he"', () => {
  it('"what did Ewan Lindsay say?" → the quotation his "he said" gives, not the sentence naming him', () => {
    expect(firstPassage(chat(lifeboat)('what did Ewan Lindsay say?'))).toMatch(/^"We just did what any crew/);
  });

  it.each([
    ['"We did well," he said.', 'male'],
    ['“It was hard,” she later told reporters.', 'female'],
    ['"He did well," the team said.', undefined],
    ['"We did well," he left.', undefined],
  ])('"%s": the quotation\'s speaker is the sentence\'s pronoun → %s', (text, gender) => {
    expect(openingGender(text)).toBe(gender);
  });

  it('"what did he say?" after "who saw the flares?" → his quotation', () => {
    const say = chat(lifeboat);
    expect(say('who saw the flares?')).toMatch(/^Ewan Lindsay/);
    expect(firstPassage(say('what did he say?'))).toMatch(/^"We just did what any crew/);
  });
});

describe('a quotation said by "he" is not credited past its sentence before, nor to its object', () => {
  const arrest = story(
    'arrest.txt',
    'Man Held Over Warehouse Fire',
    'A man has been arrested after a fire destroyed a warehouse in Rhyl.',
    'Officers arrested Dylan Price, 34, at his home on Friday morning.',
    '"This was a carefully planned operation," he said.',
  );
  const couple = story(
    'quarry.txt',
    'Couple Fight Quarry Plan',
    'A couple have objected to plans to extend a quarry near their home.',
    'Delyth Mostyn, 52, has lived beside the quarry for 20 years.',
    '"We are not against jobs," she said.',
    'Her husband, Emyr Mostyn, said their windows were covered in dust.',
  );

  it('credits a quotation past an opening phrase ("After the opening, Jenny Cole said…"), and by a title', () => {
    const bakery = story(
      'bakery.txt',
      'Sisters Open Bakery',
      'Sarah Cole and her sister Jenny Cole opened the Vault Bakery on Saturday.',
      'After the opening, Jenny Cole said the queue had stretched around the block.',
      '"We sold out of everything by lunchtime," she said.',
    );
    expect(firstPassage(chat(bakery)('what did Jenny Cole say about lunchtime?'))).toMatch(/^"We sold out/);
    expect(spokenBy('"The sea was my life," she said.', ['eilidh', 'lindsay'], ['mrs', 'lindsay'])).toBe(
      true,
    );
  });

  it('"what did Dylan Price say?" → not the unnamed officer\'s quotation', () => {
    expect(firstPassage(chat(arrest)('what did Dylan Price say?'))).not.toMatch(/carefully planned/);
  });

  it('"what did Emyr Mostyn say?" → his words, not his wife\'s quotation', () => {
    expect(firstPassage(chat(couple)('what did Emyr Mostyn say?'))).toMatch(
      /^Her husband, Emyr Mostyn, said/,
    );
    expect(firstPassage(chat(couple)('what did Delyth Mostyn say?'))).toMatch(/^"We are not against jobs/);
  });
});

describe('"he" after a who-answer named with an age the tagger does not know', () => {
  const skipper = story(
    'skipper.txt',
    'Lifeboat Saves Fishermen',
    'Three fishermen were rescued after their boat lost power off Anglesey.',
    'The skipper, Torquil Macrae, 58, sent out a mayday at about 21:30.',
    'HM Coastguard said Mr Macrae had been in the water briefly.',
    'Mr Macrae has fished off Anglesey for 30 years.',
    '"Without them we would have been on the rocks," he said.',
  );

  it('"who was the skipper?" then "how old is he?" → 58, and "what did he say?" → his words', () => {
    const say = chat(skipper);
    expect(say('who was the skipper?')).toMatch(/^Torquil Macrae\n/);
    expect(say('how old is he?')).toMatch(/^58\n/);
    expect(firstPassage(say('what did he say?'))).toMatch(/^"Without them/);
  });
});

describe('spokenBy', () => {
  it.each([
    ['Walsh thanked the drivers.', true],
    ['Brandt, for his part, said that drivers would rest.', true],
    ['"We are glad," said Oskar Brandt.', true],
    ['Walsh and Brandt signed the agreement, the council said.', false],
    // Named after the verb but going on with a verb of their own: the subject of what was said.
    ['The council said Walsh had been told in March.', false],
    ['"We are glad," said Oskar Brandt, who chairs the union.', true],
    ['The deal was welcomed by Brandt.', false],
  ])('"%s" → %s for Walsh or Brandt', (text, expected) => {
    expect(spokenBy(text, ['walsh', 'brandt'])).toBe(expected);
  });

  it('"He said…" is spoken by the person the pronoun stands for, and by no one else', () => {
    expect(spokenBy('He said the walkers did well.', ['pryce'], ['gareth', 'pryce'])).toBe(true);
    expect(spokenBy('He said the walkers did well.', ['walsh'], ['gareth', 'pryce'])).toBe(false);
    expect(spokenBy('"We did well," he said.', ['pryce'], ['gareth', 'pryce'])).toBe(true);
    expect(spokenBy('"He did well," the team said.', ['pryce'], ['gareth', 'pryce'])).toBe(false);
  });

  it('only "what did X say/tell/promise…" asks for a speaker', () => {
    expect(speakerAsked('what did they say?')).toBe('they');
    expect(speakerAsked('what did the minister promise')).toBe('the minister');
    expect(speakerAsked('what did they sign?')).toBeUndefined();
  });
});
