import { describe, expect, it } from 'vitest';
import { wordsOfLongerNames } from '../../src/qa/longer-names.js';

describe('wordsOfLongerNames: the words of a longer name a question writes', () => {
  it('reads a name of capitals, with its small words between them', () => {
    const found = wordsOfLongerNames('How many jobs will Bank of America cut?');
    expect(found.get('america')).toBe('bank_of_america');
    expect(found.get('bank')).toBe('bank_of_america');
    expect(wordsOfLongerNames('Where do North America and Europe trade?').get('america')).toBe(
      'north_america',
    );
  });

  it('leaves a lone capitalised word, the one opening a sentence and a function word in title case', () => {
    expect(wordsOfLongerNames('when will America lift the tariff?').size).toBe(0);
    expect(wordsOfLongerNames('America and Canada: who signed?').size).toBe(0);
    expect(wordsOfLongerNames('Where Is America?').size).toBe(0);
  });

  it('leaves a word the question also writes outside any name, and a question in capitals', () => {
    expect(wordsOfLongerNames('did Bank of America leave America?').has('america')).toBe(false);
    expect(wordsOfLongerNames('HOW MANY JOBS WILL BANK OF AMERICA CUT?').size).toBe(0);
  });
});
