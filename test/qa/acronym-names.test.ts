import { describe, expect, it } from 'vitest';
import { collectAcronyms } from '../../src/qa/acronyms.js';
import { definedAcronyms, pairedNames } from '../../src/qa/acronym-names.js';

const namesOf = (...texts: string[]) => texts.flatMap((t) => collectAcronyms(t, new Map()));

describe('definedAcronyms', () => {
  it('reads a name before the acronym in brackets, or before ", or"', () => {
    expect(definedAcronyms('The European Union (EU) said so.')).toEqual(new Map([['eu', 'european union']]));
    expect(definedAcronyms('the Coastal Rescue Agency, or CRA, was set up').get('cra')).toBe(
      'coastal rescu agenc',
    );
  });

  it('an acronym spelt by lower-case words is defined as no name', () => {
    expect(definedAcronyms('genetically modified (GM) wheat')).toEqual(new Map([['gm', '']]));
  });

  it('brackets whose letters the words before do not spell define nothing', () => {
    expect(definedAcronyms('a rise in prices (CPI) in May').size).toBe(0);
  });
});

describe('pairedNames', () => {
  const written = new Set(['gm', 'cra', 'ca']);

  it('an undefined acronym pairs with the one name with its initials that is not a person', () => {
    const names = namesOf('General Motors will build cars.', 'George Martin said so.');
    expect(pairedNames(names, written, new Map()).get('gm')).toBe('gener motor');
  });

  it('two names with the same initials: neither', () => {
    const names = namesOf('General Motors will build cars.', 'The Grand Mosque was full.');
    expect(pairedNames(names, written, new Map()).has('gm')).toBe(false);
  });

  it('an acronym the story defines by other words pairs with none of its names', () => {
    const names = namesOf('The Grand Mosque was full.');
    expect(pairedNames(names, written, new Map([['gm', '']])).has('gm')).toBe(false);
  });

  it("a name's head with its nearer words is a name; a middle stretch is not", () => {
    const names = namesOf('The Greater Manchester Combined Authority met.');
    const paired = pairedNames(names, new Set(['ca', 'mc']), new Map());
    expect(paired.get('ca')).toBe('combin author');
    expect(paired.has('mc')).toBe(false);
  });
});
