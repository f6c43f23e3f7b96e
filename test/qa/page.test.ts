import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { compilePagePatterns, pageFieldAsked } from '../../src/qa/page.js';
import { placeInArticle } from '../../src/format/citation.js';
import { statusMessage } from '../../src/format/messages.js';

describe('pageFieldAsked: questions about the page itself', () => {
  it.each([
    ['Who took the photo?', 'credit'],
    ['who took this picture', 'credit'],
    ['who took it?', 'credit'],
    ['who owns the photo', 'credit'],
    ['whose photo is it?', 'credit'],
    ['who is the photographer', 'credit'],
    ['photo credit?', 'credit'],
    ['What does the photo show?', 'caption'],
    ["what's in the picture?", 'caption'],
    ['what is the image of', 'caption'],
    ['When was the article published?', 'published'],
    ['when was it published', 'published'],
    ['when was this story written?', 'published'],
    ["what's the publication date", 'published'],
    ['how old is this article?', 'published'],
    ['when is this story from?', 'published'],
    ['how old is this?', 'published'],
    ['when is it from?', 'published'],
    ['Who wrote this article?', 'author'],
    ["who's the author", 'author'],
    ['who reported it?', 'source'],
    ['which news agency reported this?', 'source'],
    ['where is this story from?', 'source'],
    ['what is the source of this article?', 'source'],
    ["what's the headline", 'headline'],
    ['what the photo shows', 'caption'],
    ['when was the photo taken', 'caption'],
    ['Where was this picture taken?', 'caption'],
    ['what date was the photo taken', 'caption'],
    ['when were the photos taken?', 'caption'],
    ['what date was the photo taken on?', 'caption'],
    ['when was the photo of the minister taken?', 'caption'],
    ['what is the caption of the photo', 'caption'],
    ['what does the caption under the picture say?', 'caption'],
    ['what does the caption say', 'caption'],
    ['when it was published', 'published'],
    ['what is the title of the article?', 'headline'],
    ['which newspaper is this column in', 'site'],
    ['what site is this article from', 'site'],
    ['which site published this', 'site'],
    ['in which paper was this published?', 'site'],
    ['what magazine is this from?', 'site'],
    ['which TV channel ran this story', 'site'],
    ['where was this article published?', 'site'],
    ['when was this review published', 'published'],
    ['when was this op-ed written?', 'published'],
    ['when was this post updated', 'published'],
    ['who wrote this column?', 'author'],
    ['who reported this story', 'source'],
  ])('"%s" → %s', (question, field) => expect(pageFieldAsked(question)).toBe(field));

  it.each([
    // About the story's thing, not its picture.
    'who owns it',
    'who made it?',
    'When was the statement published?',
    'Where was the statement published?',
    'Who wrote the letter?',
    'Who took the decision?',
    'What does the protocol show?',
    'When was the decision taken?',
    'where were they taken?',
    'when was the photo ban made law?',
    'where was the shot fired',
    'Which agency does Fomin head?',
    'what is the source of the funding',
    'who reported the attack to the police?',
    'What is the title of his book?',
    'When was the review published?',
    'who put out the report',
    'who broke the news to the family?',
    'Which newspaper did he work for?',
    'What channel did the interview air on?',
    'Which site was chosen for the new bridge?',
    'how old is it',
  ])('"%s" is about the story, not the page', (question) => expect(pageFieldAsked(question)).toBeUndefined());
});

const WIRE = `Ministers sign a water deal
12 March 2021
Two farmers walk along a dry canal near the border
Photo: Jane Roe / Agency Images

BERLIN (Newswire) — Two ministers signed a deal on sharing river water on Friday, officials said.

The deal ends a dispute that lasted a decade, the ministers told reporters after the talks.
`;

describe('compilePagePatterns', () => {
  it('leaves the patterns reading questions as before', () => {
    const asked = ['who took the photo?', 'when was it published', 'who won the match?'];
    const before = asked.map(pageFieldAsked);
    compilePagePatterns();
    compilePagePatterns();
    expect(asked.map(pageFieldAsked)).toEqual(before);
    expect(before).toEqual(['credit', 'published', undefined]);
  });
});

describe('answers from the page, citing the part of it', () => {
  const article = {
    ...parseArticle('water.txt', WIRE),
    meta: { byline: 'Sam Writer', siteName: 'Example News', publishedTime: '2021-03-12T09:30:00Z' },
  };
  const engine = new Engine([article]);

  it('photo credit: the photographer is the answer, cited as "photo credit"', () => {
    const answer = engine.ask('who took the photo?');
    expect(answer).toMatchObject({ answered: true, page: 'credit', type: 'person' });
    const best = answer.passages[0];
    expect(best?.text).toBe('Photo: Jane Roe / Agency Images');
    expect(best?.highlights.map((h) => best.text.slice(h.start, h.end))).toEqual([
      'Jane Roe / Agency Images',
    ]);
    expect(best && placeInArticle(best)).toBe('photo credit');
  });

  it('caption, dateline and headline', () => {
    expect(engine.ask('what does the picture show?').passages[0]?.text).toContain('dry canal');
    const published = engine.ask('when was this article published?');
    expect(published.passages[0]?.section).toBe('dateline');
    expect(published.passages.map((p) => p.text)).toContain('2021-03-12T09:30:00Z');
    expect(engine.ask("what's the headline?").passages[0]?.text).toBe('Ministers sign a water deal');
  });

  it('author and site from the page metadata, the agency from the wire dateline', () => {
    const author = engine.ask('who wrote this?').passages[0];
    expect(author?.text).toBe('Sam Writer');
    expect(author && placeInArticle(author)).toBe('byline');
    const source = engine.ask('who reported it?');
    const first = source.passages[0];
    expect(first?.highlights.map((h) => first.text.slice(h.start, h.end))).toEqual(['Newswire']);
    expect(source.passages.map((p) => p.text)).toContain('Example News');
  });

  it('a page without a photo says so, without searching the story', () => {
    const plain = new Engine([
      parseArticle(
        'plain.txt',
        'Rain\n\nIt rained all day in the town, and the river rose by a metre overnight.\n',
      ),
    ]);
    const answer = plain.ask('Who took the photo?');
    expect(answer).toMatchObject({ answered: false, page: 'credit', passages: [] });
    expect(statusMessage(answer)).toBe('The page gives no photo credit.');
    expect(statusMessage(plain.ask('who wrote this article?'))).toBe('The page names no author.');
  });

  it('with several articles, a page question is asked of the one named or talked about, else refused as "which article?"', () => {
    const two = new Engine([article, parseArticle('plain.txt', 'Rain\n\nIt rained all day in the town.\n')]);
    expect(two.ask("what's the headline?")).toMatchObject({
      page: 'headline',
      refused: 'which-article',
      passages: [],
    });
    expect(two.ask("what's the headline?").choices).toBeUndefined();
    expect(two.ask('who took the photo?', { article: 'water.txt' }).page).toBe('credit');
    const fromContext = two.ask('who took the photo?', { context: 'water.txt' });
    expect(fromContext.passages[0]?.text).toBe('Photo: Jane Roe / Agency Images');
    // The conversation's article does not narrow a question about the story.
    expect(two.ask('did it rain all day?', { context: 'water.txt' }).passages[0]?.article.id).toBe(
      'plain.txt',
    );
    // An article no longer loaded (removed by a reload) is no context.
    expect(two.ask('what is the headline?', { context: 'gone.txt' }).refused).toBe('which-article');
  });

  it('of several, none named: the one story with a photo or a byline answers, naming it', () => {
    const plain = parseArticle(
      'plain.txt',
      'Rain\n\nIt rained all day in the town, and the river rose by a metre overnight.\n',
    );
    const two = new Engine([plain, article]);
    const photo = two.ask('who took the photo?');
    expect(photo).toMatchObject({ answered: true, page: 'credit', about: { id: 'water.txt' } });
    expect(photo.passages[0]?.text).toBe('Photo: Jane Roe / Agency Images');
    expect(two.ask('what does the photo show?').passages[0]?.text).toContain('dry canal');
    // A byline only one story prints is that story's: no "which one?" with one to pick.
    expect(two.ask('who wrote this?')).toMatchObject({
      answered: true,
      page: 'author',
      about: { id: 'water.txt' },
    });
  });

  it('of several with a photo each, which one; of several with none, none has one', () => {
    const boat = parseArticle(
      'boat.txt',
      'Crews race on the river\n4 May 2022\nRowers pass under the old bridge\nPhoto: Ann Lee / Rowing Pics\n\nEight crews raced on the river on Saturday.\n',
    );
    const both = new Engine([article, boat]);
    expect(both.ask('who took the photo?')).toMatchObject({ refused: 'which-article', page: 'credit' });
    expect(both.ask('who took the photo?').choices).toBeUndefined();
    const none = new Engine([
      parseArticle('plain.txt', 'Rain\n\nIt rained all day in the town, and the river rose by a metre.\n'),
      parseArticle('snow.txt', 'Snow\n\nIt snowed all night in the hills, and the roads were closed.\n'),
    ]);
    const answer = none.ask('who took the photo?');
    expect(answer).toMatchObject({ answered: false, page: 'credit', noneOf: 2, passages: [] });
    expect(statusMessage(answer)).toBe('Each of my 2 articles: the page gives no photo credit.');
  });
});
