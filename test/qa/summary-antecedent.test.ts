/** Which of a story's sentences lean on the one before them: a summary shows those only right after it. */
import { describe, expect, it } from 'vitest';
import { leansOnPrevious } from '../../src/qa/summary-antecedent.js';

describe('a sentence leaning on the one before it', () => {
  it.each([
    'They observed the comet for six hours in March.',
    'This means the plant will need more water.',
    'His mother ran the shop before him.',
    'In 2010, he moved to Leeds.',
    'On Saturday, she said the talks had failed.',
    'The city council will hold a special election in March to fill the seat she is leaving.',
    // Who "she" is was said before the quotation (newcomer 19's gist showed it alone).
    '"Our crews were dealing with exploding drums of solvent and thick toxic smoke," she said.',
    '“It is a miracle no one died,” he added.',
  ])('"%s" does', (text) => expect(leansOnPrevious(text)).toBe(true));

  it.each([
    'Corbett said he and Barker were always mindful of their family audience.',
    'Comets usually only release water when they come much closer to the Sun.',
    'But Morrison is determined the album will be released on Monday.',
    '"He was the best of us," the coach said.',
    'Raman will be sworn in on January 2.',
  ])('"%s" does not', (text) => expect(leansOnPrevious(text)).toBe(false));
});
