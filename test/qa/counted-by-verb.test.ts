import { describe, expect, it } from 'vitest';
import { verbOfCounted } from '../../src/qa/counted-by-verb.js';
import { countsNoneAsked, namesDoing } from '../../src/qa/counted-noun.js';
import { numbersIn } from '../../src/qa/numbers.js';
import { tokenize } from '../../src/qa/text.js';
import { nounsOfVerb } from '../../src/qa/wordnet.js';

describe('nounsOfVerb: the nouns WordNet derives from a verb', () => {
  it.each([
    ['sign', 'signature'],
    ['signed', 'signer'],
    ['listen', 'listener'],
    ['vote', 'voter'],
    ['attend', 'attendance'],
    ['visit', 'visitor'],
    ['subscribe', 'subscriber'],
    ['fly', 'flier'],
    ['die', 'death'],
    ['apply', 'application'],
  ])('"%s" → %s', (verb, noun) => {
    expect(nounsOfVerb(verb)).toContain(noun);
  });

  // Not a noun whose commonest sense is another (an entrance is first a door, a liver an organ, a flyer
  // a leaflet), one of a rarer sense of
  // the verb (a council's motion), nor the verb's own noun, an act one person may repeat.
  it.each([
    ['enter', 'entrance'],
    ['move', 'motion'],
    ['move', 'move'],
    ['visit', 'visit'],
    ['return', 'return'],
    ['vote', 'vote'],
    ['live', 'liver'],
    ['fly', 'flyer'],
  ])('"%s" → not %s', (verb, noun) => {
    expect(nounsOfVerb(verb)).not.toContain(noun);
  });

  it('only nouns: "sign" gives no verb ("signify")', () => {
    expect(nounsOfVerb('sign')).not.toContain('signify');
  });
});

describe('verbOfCounted: the verb the counted people do', () => {
  it.each([
    ['how many people signed the petition', 'people', 'sign'],
    ['how many people listen to it', 'people', 'listen'],
    ['how many persons have signed?', 'persons', 'sign'],
    ['how many individuals will attend', 'individuals', 'attend'],
    ['how many people regularly visit the museum', 'people', 'visit'],
    // "-ied" and irregular forms, and verbs ending in "-ly" that are no adverbs.
    ['how many people applied for the grant', 'people', 'apply'],
    ['how many people tried the new route', 'people', 'try'],
    ['how many people ran the race', 'people', 'run'],
    ['how many people reply to the survey', 'people', 'reply'],
    ['how many people really voted', 'people', 'vote'],
  ])('"%s" → %s %s', (question, noun, verb) => {
    expect(verbOfCounted(question, noun)).toBe(verb);
  });

  it.each([
    // Done to them: "two killers" counts no one killed.
    ['how many people were killed', 'people'],
    ['how many people got hurt', 'people'],
    // Another subject: the station reaches them.
    ['how many people does the station reach', 'people'],
    // A kind of person is counted as itself: four joiners are no bakers who joined.
    ['how many bakers joined the union', 'bakers'],
    ['how many residents have signed?', 'residents'],
    // Not people.
    ['how many beetles were found', 'beetles'],
    ['how many trees planted', 'trees'],
    // A stopword between them ends the search: "never" says who did not.
    ['how many people never voted', 'people'],
  ])('"%s": none', (question, noun) => {
    expect(verbOfCounted(question, noun)).toBeUndefined();
  });
});

describe('namesDoing', () => {
  it.each([
    ['signatures', 'sign'],
    ['listeners', 'listen'],
    ['voters', 'vote'],
    ['deaths', 'die'],
    ['applications', 'apply'],
  ])('"%s" names what "%s" leaves or who does it', (word, verb) => {
    expect(namesDoing(word, verb)).toBe(true);
  });

  it('"beetles" names nothing of signing', () => {
    expect(namesDoing('beetles', 'sign')).toBe(false);
  });

  it('"entrances", "motions", "visits", "returns" count no one who entered, moved, visited, returned', () => {
    expect(namesDoing('entrances', 'enter')).toBe(false);
    expect(namesDoing('motions', 'move')).toBe(false);
    expect(namesDoing('visits', 'visit')).toBe(false);
    expect(namesDoing('returns', 'return')).toBe(false);
  });
});

describe("countsNoneAsked with the counted people's verb", () => {
  const passage = (text: string) => ({
    text,
    tokens: tokenize(text),
    numbers: numbersIn(text),
    measures: [],
  });
  const signatures = 'The group has collected more than 2,300 signatures on a petition.';
  const beetles = 'Surveyors counted 38 beetles in the quarry.';

  it('"2,300 signatures" counts the people who signed', () => {
    const question = 'how many people signed the petition';
    expect(countsNoneAsked('people', passage(signatures), question)).toBe(true);
    expect(countsNoneAsked('people', passage(signatures), question, 'sign')).toBe(false);
  });

  it('"38 beetles" does not', () => {
    expect(countsNoneAsked('people', passage(beetles), 'how many people signed', 'sign')).toBe(true);
  });
});
