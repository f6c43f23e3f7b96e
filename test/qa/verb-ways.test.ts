/**
 * Units of the ways of doing what a reader's verb says (`verbKindWords`): a story's particular verb for
 * an act the reader calls by a wider one, down WordNet's troponyms, within a specific verb's ways only
 * and in the sense each way most commonly has.
 */
import { describe, expect, it } from 'vitest';
import { verbKindWords } from '../../src/qa/wordnet.js';

describe('verbKindWords', () => {
  it('reads pilfering, embezzling and shoplifting as ways of stealing', () => {
    expect(verbKindWords('steal')).toEqual(expect.arrayContaining(['pilfer', 'embezzle', 'shoplift']));
  });

  it('reads protesting and grumbling as ways of complaining, rebuilding as a way of building', () => {
    expect(verbKindWords('complain')).toEqual(expect.arrayContaining(['protest', 'grumble']));
    expect(verbKindWords('build')).toContain('rebuild');
  });

  it('not the other way: stealing is no way of pilfering', () => {
    expect(verbKindWords('pilfer')).not.toContain('steal');
    expect(verbKindWords('steal')).not.toContain('steal');
  });

  it('has none for a verb whose ways are most acts of its class', () => {
    for (const verb of ['move', 'go', 'take', 'get', 'change', 'say'])
      expect(verbKindWords(verb)).toEqual([]);
  });

  it('leaves out a way only a rare sense of it is: "take" is a way of winning nobody means', () => {
    expect(verbKindWords('win')).not.toContain('take');
    expect(verbKindWords('steal')).not.toContain('pocket');
  });
});
