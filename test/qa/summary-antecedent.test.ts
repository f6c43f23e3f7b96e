/** Which of a story's sentences lean on the one before them: a summary shows those only right after it. */
import { describe, expect, it } from 'vitest';
import { leansOnPrevious, quotedBy } from '../../src/qa/summary-antecedent.js';

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

describe('a quotation said by a pronoun', () => {
  const alone = (text: string) => quotedBy(['Dr Hana Iqbal led the project.', text], 1).length > 0;

  it.each([
    '"We measured it twice to be sure," she said.',
    '“It is a miracle no one died,” he added.',
    '"We will be back next year", they said.',
    '"It was the best day of my life," said he.',
    '"We are delighted," she told the BBC.',
    'She told reporters: "It is really important to support our teachers.',
    // The end of a quotation begun a sentence before: its one mark closes it.
    'It could be the last big year for the show," he said.',
  ])('"%s" leans on the sentence naming the speaker', (text) => expect(alone(text)).toBe(true));

  it.each([
    '"He was the best of us," the coach said.',
    '"She said it would hold," Iqbal said.',
    'Mr Johnson told Today: "I felt I ought to say sorry for some things," he said.',
    'He said the storm was the worst the crew had seen.',
    'They said the bridge would stay on the river until May.',
    'Iqbal said: "We measured it twice."',
  ])('"%s" does not', (text) => expect(alone(text)).toBe(false));

  it('leans on the sentences back to the one naming the speaker', () => {
    const texts = [
      'The bridge spans eight metres over the river.',
      'Coxswain Rhys Bevan has served on the lifeboat for twenty years.',
      'He said the storm was the worst the crew had seen.',
      '"The yacht was drifting towards the rocks.',
      'We reached it just in time," he added.',
      'The sailors were checked by paramedics.',
    ];
    expect(quotedBy(texts, 4)).toEqual([3, 2, 1]);
    expect(quotedBy(texts, 2)).toEqual([]);
    expect(quotedBy(texts, 5)).toEqual([]);
  });
});
