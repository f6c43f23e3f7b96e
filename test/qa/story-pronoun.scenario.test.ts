/**
 * Scenarios: a bare "she" or "he" typed in the console chat, read as the person the story's own "she"
 * or "he" stands for (`pronoun-chain.ts`), and asked back where the story's pronoun is someone else's
 * or no one clear. On stories written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { chainedPerson } from '../../src/qa/pronoun-chain.js';
import { roleSex } from '../../src/qa/role-sex.js';
import { chat, story } from '../support/chat.js';

const factory = [
  'Greenvale Foods to create 400 jobs at new Wrexham factory',
  'A frozen food company is to create 400 jobs at a new factory on the Wrexham industrial estate.',
  'Greenvale Foods said the £60m site would make ready meals for supermarkets and open in 2028.',
  "The company's chief executive said she expected most of the jobs to go to people living nearby.",
  'Chief executive Nadia Okonjo said the firm had looked at sites in England but chose Wrexham.',
  '"We have been made very welcome here," she said.',
  'Economy Secretary Rhys Pugh said the factory was "fantastic news" for north Wales.',
];

const gallery = [
  "Helen Park appointed director of Cardiff's National Gallery",
  'Helen Park has been appointed the new director of the National Gallery in Cardiff.',
  'The 48-year-old will take up the post in January.',
  'She began her career as a curator in Swansea.',
  'The gallery\'s chairman, David Rees, said the board had chosen "an outstanding leader".',
  'Ms Park said she wanted the gallery to reach people who had never visited it.',
];

const marathon = [
  'Alemu wins Harbourside Marathon in course record',
  "Ethiopia's Tigist Alemu won the women's race at the Harbourside Marathon on Sunday, with Daniel Kiprop of Kenya taking the men's title.",
  'Alemu finished in two hours 21 minutes, a course record, while Kiprop ran two hours eight minutes.',
  'Race director Tom Whitfield said more than 9,000 runners had taken part.',
  '"I wanted the record," she said.',
];

// The story's "she" is a victim it never names; the one woman it names is a detective.
const robbery = [
  'Man jailed for robbing pensioner in Swansea',
  'A man who robbed a pensioner in her home in Swansea has been jailed for five years.',
  "Liam Hughes, 31, forced his way into the 82-year-old's house in March and took her savings.",
  'She was found by a neighbour the next morning.',
  'She told police she had been too frightened to call for help.',
  'Detective Sergeant Claire Evans said Hughes had targeted a vulnerable woman.',
];

// "She" is the chef's mother; the one "woman" the name lists see is a man named Andrei.
const restaurant = [
  'Chef opens restaurant in former Glasgow bank',
  'Marco Bianchi, 38, has opened a restaurant in a former bank in Glasgow.',
  'His mother travelled from Naples for the opening night.',
  'She said she had cried when she saw the old vault.',
  "The restaurant's manager, Andrei Volkov, said tables were booked until January.",
];

// The one "he" is a spokesman; the man named says nothing.
const takeover = [
  'Stockport County bought by US investors',
  'Halvorsen Capital has taken a 90% stake in the club from businessman Mark Stott.',
  'Mr Stott will keep a 10% share and remain on the board.',
  'A spokesman for the supporters trust said he hoped ticket prices would stay low.',
];

const councillors = [
  'Councillors clash over library closure',
  'Councillor Sarah Whitfield, who leads the council, said the building needed repairs.',
  'She said the service would move to the community centre.',
  'Councillor Joanne Pryce said the library had been open for 70 years.',
  'She said she would fight the closure.',
];

const trustees = [
  'Three new trustees join museum board',
  'Anna Weber, Paul Schmidt and Maria Costa have been appointed trustees of the Ashford Museum.',
  'She said the museum needed to attract younger visitors.',
];

/** The story's people, as the engine tags them, and `chainedPerson` of its "she" or "he". */
function chained(sex: 'she' | 'he', paragraphs: readonly string[]): string | undefined {
  const article = parseArticle('story.txt', paragraphs.join('\n\n'));
  const engine = new Engine([article]);
  return chainedPerson(sex, article.sentences, (s) => engine.index.entitiesOf(s));
}

describe('a bare "she" read as the person the story calls "she"', () => {
  it('"what did she say?" of a firm whose chief executive is described, then named, is her', () => {
    const said = chat(story('factory.txt', ...factory))('what did she say?');
    expect(said).toMatch(/read "she" as Nadia Okonjo\)/);
  });

  it('"what did she say?" of a profile of a woman the tagger does not know is her', () => {
    const said = chat(story('gallery.txt', ...gallery))('what did she say?');
    expect(said).toMatch(/read "she" as Helen Park\)/);
    expect(said).toMatch(/Ms Park said she wanted/);
  });

  it('"who won?" then "what was her time?": her time, though the tagger knows no "Tigist"', () => {
    const say = chat(story('marathon.txt', ...marathon));
    expect(say('who won?')).toMatch(/Tigist Alemu/);
    expect(say('what was her time?')).toMatch(/^two hours 21 minutes/m);
  });
});

describe('chainedPerson', () => {
  it.each([
    ['she', factory, 'Nadia Okonjo'],
    ['she', gallery, 'Helen Park'],
    // One "she said" after a quotation: too little to say whom the story calls "she".
    ['she', marathon, undefined],
    ['she', robbery, undefined],
    ['she', restaurant, undefined],
    ['he', takeover, undefined],
    ['she', councillors, undefined],
    ['she', trustees, undefined],
  ] as const)('%s of the story headed "%s"', (sex, paragraphs, person) => {
    expect(chained(sex, paragraphs)).toBe(person);
  });
});

describe('roleSex', () => {
  it.each([
    ['mother', 'she'],
    ['spokeswoman', 'she'],
    ['husband', 'he'],
    ['judge', undefined],
    ['victim', undefined],
  ] as const)('%s → %s', (word, sex) => {
    expect(roleSex(word)).toBe(sex);
  });
});
