/**
 * Scenarios: a sentence giving two people of one surname an age each ("Kwabena Mensah, 51, and his
 * wife, Dr Abena Mensah, 44, …"): "how old is Mr Mensah?" asks his, whichever of them the sentence names
 * first. The person meant is told by the title (its sex, or the story writing it before one name) and
 * the possessive joining them ("his wife": he is the one before it). On stories written for these tests
 * (review31b's item 1).
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const pharmacy = (couple: string) =>
  story(
    'pharmacy.txt',
    'Couple open late-night pharmacy in Salford',
    'A couple have opened a pharmacy in Salford that stays open until midnight.',
    `${couple} opened the pharmacy on Eccles New Road in May.`,
    'Mr Mensah, who ran a shop in Accra for ten years, said customers had asked for longer hours.',
    'Dr Mensah, a pharmacist at a hospital in Bolton, said most came in after work.',
    'The council said it would look at parking outside the shop.',
  );

const hisFirst = () => pharmacy('Kwabena Mensah, 51, and his wife, Dr Abena Mensah, 44,');
const herFirst = () => pharmacy('Dr Abena Mensah, 44, and her husband, Kwabena Mensah, 51,');

describe('whose age, when one sentence gives two of one surname', () => {
  it('"how old is Mr Mensah?" → 51, not his wife\'s 44, named before or after her', () => {
    expect(hisFirst().ask('how old is Mr Mensah?').answer?.text).toBe('51');
    expect(herFirst().ask('how old is mr mensah?').answer?.text).toBe('51');
  });

  it('"how old is mrs mensah" → 44, not her husband\'s 51, named before or after her', () => {
    expect(hisFirst().ask('how old is mrs mensah').answer?.text).toBe('44');
    expect(herFirst().ask('how old is Mrs Mensah?').answer?.text).toBe('44');
  });

  it('"how old is Dr Mensah?" → 44: the story writes "Dr" before her name only', () => {
    expect(hisFirst().ask('how old is Dr Mensah?').answer?.text).toBe('44');
    expect(herFirst().ask('how old is Dr Mensah?').answer?.text).toBe('44');
  });
});

const award = () =>
  story(
    'award.txt',
    'Brother and sister share engineering prize',
    'A brother and sister who work at rival firms have shared a prize for their work on tidal power.',
    'Professor Anne Lennox, of the University of Dundee, and her brother, Dr Callum Lennox, of a firm in Aberdeen, were given the medal on Friday.',
    'The pair designed a turbine that can be fixed to an old pier.',
    'Professor Lennox is 62. She has taught at Dundee since the 1990s.',
    'Dr Lennox, who is four years younger, lives in Stonehaven with his family.',
    'Their mother, Dr Isobel Lennox, 90, was an engineer before them, the university said in 2020.',
  );

describe("an age said in a sentence of its own is the subject's (review31b's item 2)", () => {
  it('"how old is Anne Lennox?" → 62, "Professor Lennox is 62" being the one the story calls Professor; not her brother\'s', () => {
    expect(award().ask('how old is Anne Lennox?').answer?.text).toBe('62');
    const brother = award().ask('how old is Callum Lennox?');
    expect(brother.answer?.text).not.toBe('62');
    expect(brother.answer?.text).not.toBe('90');
  });
});

describe("a sentence giving two ages, the first its subject's (review31e)", () => {
  const bakers = () =>
    story(
      'bakers.txt',
      'Brothers take over family bakery',
      'Two brothers have taken over the bakery their grandfather opened in Forfar in 1952.',
      'Ewan Baird is 45 and his younger brother, Rory Baird, is 41.',
      '"Our granddad would have been delighted," Rory said.',
    );

  it('"how old is Rory?" → 41: the sentence is not only his brother\'s because it opens on his', () => {
    expect(bakers().ask('how old is Rory?').answer?.text).toBe('41');
  });
});
