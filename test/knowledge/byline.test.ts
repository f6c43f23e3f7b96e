import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import {
  bylinePublisher,
  isPaperName,
  readByline,
  readBylineTail,
  readNamedDay,
  readPublisherLine,
  withoutAuthor,
} from '../../src/knowledge/byline.js';
import type { Article, Role } from '../../src/knowledge/types.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bylines/${name}`, import.meta.url), 'utf8');
const texts = (a: Article, role: Role) => a.sentences.filter((s) => s.role === role).map((s) => s.text);

describe('readByline: the writer\'s line under a headline', () => {
  it.each([
    ['By Daniel Okoye', { names: 'Daniel Okoye', credit: 'By Daniel Okoye' }],
    // A surname the tagger reads as a verb ("grant"), after a first name it knows (a review finding).
    ['By Will Grant', { names: 'Will Grant', credit: 'By Will Grant' }],
    // A first name the tagger reads as a verb ("hope", "may"), which the first-name lists know.
    ['By Hope Long', { names: 'Hope Long', credit: 'By Hope Long' }],
    ['By May Bulman', { names: 'May Bulman', credit: 'By May Bulman' }],
    ['by DANIEL OKOYE', { names: 'DANIEL OKOYE', credit: 'by DANIEL OKOYE' }],
    ['Daniel Okoye, Science Correspondent', { names: 'Daniel Okoye', credit: 'Daniel Okoye, Science Correspondent' }],
    ['By Ana de la Cruz, Staff Writer', { names: 'Ana de la Cruz', credit: 'By Ana de la Cruz, Staff Writer' }],
    ['By Ana Ruiz and Tom Hale | Reuters', { names: 'Ana Ruiz and Tom Hale', credit: 'By Ana Ruiz and Tom Hale | Reuters' }],
    ['By Sam Patel · 2 June 2025', { names: 'Sam Patel', credit: 'By Sam Patel', date: '2 June 2025' }],
    ['By AFP', { names: 'AFP', credit: 'By AFP' }],
    // A first name the tagger alone reads as an adjective by its ending, before a paper's name (nc43's
    // page took such a byline for its headline once its breadcrumb was read as one).
    ['By Amish Rao, Portcullen Gazette', { names: 'Amish Rao', credit: 'By Amish Rao, Portcullen Gazette' }],
    // Names the tagger does not know as names still are ("Chidi", "Nwosu" are nouns to it).
    ['By Chidi Nwosu', { names: 'Chidi Nwosu', credit: 'By Chidi Nwosu' }],
    ['By Oluwaseun Adeyemi and Priya Raman', { names: 'Oluwaseun Adeyemi and Priya Raman', credit: 'By Oluwaseun Adeyemi and Priya Raman' }],
    ['Daniel Okoye | Science Correspondent', { names: 'Daniel Okoye', credit: 'Daniel Okoye | Science Correspondent' }],
    ['By Sam Patel, May 12, 2025', { names: 'Sam Patel', credit: 'By Sam Patel', date: 'May 12, 2025' }],
    ['Lena Fischer | Political Editor | 3 April 2025', { names: 'Lena Fischer', credit: 'Lena Fischer | Political Editor', date: '3 April 2025' }],
  ])('%s', (line, byline) => {
    expect(readByline(line)).toEqual(byline);
  });

  it.each([
    'Marine biologist finds heat-resistant coral off Kenya', // a headline
    'By The Numbers', // a heading that opens with "By"
    'By air and sea',
    'Vladimir Putin, Russian President', // a name and a title, but no writer's job
    'Daniel Okoye', // a name alone could be anyone's
    'By Daniel Okoye, who has reported from Nairobi for ten years', // a sentence
    'Iraq, Russia Sign Military-Technical Cooperation Agreement',
    'By Rail', // a guide's heading: one word is no name
    'By Tuesday',
    'Tom Hale, managing editor of the Times', // one of a list of people in the story
    'Jonas Weber, Staff Photographer', // the photo's credit, not the writer's
    'By Daniel Okoye and Ana Ruiz.', // a sentence's end
    'By Royal Decree, Stadium Opens Its Doors', // a headline in Title Case: a phrase, not a name
    'By Popular Demand, Tram Returns',
    // A paper's noun inside a headline's clause names no paper the writer's line ends on.
    'By Popular Demand, Post Office Reopens',
    'By Royal Decree, Daily Star Wins Award',
    'By Land and Sea, Refugees Reach the Coast',
  ])('not a byline: %s', (line) => {
    expect(readByline(line)).toBeUndefined();
  });
});

describe('a byline under the headline of a text file', () => {
  it.each(['coral.txt', 'coral-front-matter.txt', 'coral-source-line.txt', 'coral-correspondent.txt'])(
    '%s: the first line is the headline, the byline the author\'s credit',
    (file) => {
      const article = parseArticle(file, fixture(file));
      expect(article.title).toBe('Marine biologist finds heat-resistant coral off Kenya');
      expect(texts(article, 'title')).toEqual(['Marine biologist finds heat-resistant coral off Kenya']);
      expect(texts(article, 'caption')).toEqual([]);
      expect(texts(article, 'credit')).toHaveLength(1);
      expect(texts(article, 'credit')[0]).toMatch(/Daniel Okoye/);
      expect(article.meta?.byline).toBe('Daniel Okoye');
    },
  );

  it('keeps the metadata the front matter or the source line states', () => {
    expect(parseArticle('a.txt', fixture('coral-front-matter.txt')).meta).toEqual({
      url: 'https://example.org/science/coral-kenya',
      publishedTime: '2025-05-12',
      byline: 'Daniel Okoye',
    });
    expect(parseArticle('b.txt', fixture('coral-source-line.txt')).meta?.url).toBe('https://example.org/science/coral-kenya');
  });

  it('a "By … · date" line is the byline and the dateline, not a caption', () => {
    const article = parseArticle('bread.md', fixture('bread.md'));
    expect(texts(article, 'credit')).toEqual(['By Sam Patel']);
    expect(texts(article, 'dateline')).toEqual(['2 June 2025']);
    expect(article.date).toBe('2 June 2025');
    expect(texts(article, 'caption')).not.toContain('By Sam Patel · 2 June 2025');
  });

  it('the author the front matter names comes before a printed byline', () => {
    const raw = `---\nauthor: Ruth Glass\n---\n${fixture('coral.txt')}`;
    expect(parseArticle('c.md', raw).meta?.byline).toBe('Ruth Glass');
  });

  it('a Markdown heading "By Rail" in a guide stays a heading', () => {
    const raw = `# Getting to Hartley\n\n## By Bus Or Coach\n\nThe number 12 bus runs from the station to the village green every half hour.\n`;
    const article = parseArticle('guide.md', raw);
    expect(article.sentences.filter((s) => s.role === 'heading').map((s) => s.text)).toEqual(['By Bus Or Coach']);
    expect(article.meta).toBeUndefined();
  });

  it('a byline below the standfirst, inside the story, is a credit too', () => {
    const raw = [
      'Coral survives heatwave',
      '',
      'A strain of brain coral off Kenya kept its colour through the 2024 marine heatwave, researchers say.',
      '',
      'By Daniel Okoye',
      '',
      'The coral grows near Watamu, where the team found it during a survey of bleached reefs last year.',
    ].join('\n');
    const article = parseArticle('d.txt', raw);
    expect(texts(article, 'credit')).toEqual(['By Daniel Okoye']);
    expect(texts(article, 'heading')).toEqual([]);
    expect(article.meta?.byline).toBe('Daniel Okoye');
  });
});

describe('the publisher-and-place line printed under the byline', () => {
  it.each([
    ['BBC Sport, Wembley', 'BBC Sport'],
    ['Reuters, London', 'Reuters'],
    ['The Guardian, Manchester', 'The Guardian'],
    ['AFP · Nairobi', 'AFP'],
    ['Staff reporter, Paris', undefined], // a desk, not a publisher
    ['Sports Desk | Leeds', undefined],
    ['Science reporter', undefined], // the writer's job alone, as BBC pages print it
    ['Political editor', undefined],
    ['Reporting from Glasgow', undefined], // the job and where from
    ['Reporter in Kyiv', undefined],
    ['Local Democracy Reporting Service', undefined], // the service the writer reports for, named
  ])('%s → publisher %s', (line, publisher) => {
    expect(readBylineTail(line)).toEqual(publisher === undefined ? {} : { publisher });
  });

  it.each([
    'Wakefield win Challenge Cup after late Dixon try', // a headline: no parts
    'Storm hits the coast, thousands lose power', // lower-case words: a phrase
    'Reuters', // one name alone could be a heading
    'Hospital staff strike', // a job's word, but not the job: a headline under the byline
    'Reporting rules changed for councils', // a job's word in a headline in sentence case
    'Care Home Staff Strike', // in Title Case: a headline says what happened
    'Reporter Wins Award',
    'Staff at breaking point', // a job's word and "at", but no place after it
    'BBC Sport, Wembley.', // a sentence's end
    'Jonas Weber, Staff Photographer', // the photo's credit
    'Ana Ruiz, Tom Hale, Lena Fischer, Sam Patel', // four names: a list of people
  ])('not one: %s', (line) => {
    expect(readBylineTail(line)).toBeUndefined();
  });

  it('printed on the byline\'s own line, it is part of the byline', () => {
    expect(readByline('By Megan Lloyd, BBC Sport, Cardiff')).toMatchObject({ names: 'Megan Lloyd' });
    expect(readByline('Lena Fischer, Transport Correspondent, The Bay Gazette')).toMatchObject({ names: 'Lena Fischer' });
  });

  it.each([
    ['final-bbc.txt', "Harbour City lift Women's Cup after Okafor header in extra time", 'Megan Lloyd', 'By Megan Lloyd, BBC Sport, Cardiff', 'BBC Sport'],
    ['bridge-reuters.txt', 'Danish engineers win contract for new Øresund rail bridge', 'Anders Holm', 'By Anders Holm, Reuters, Copenhagen', 'Reuters'],
    // A local paper: the date between the byline and the desk's line, and no publisher named.
    ['library-local.txt', 'Town council approves new library for Harrogate centre', 'Sam Patel', 'By Sam Patel, Staff reporter, Harrogate', undefined],
    // No "By": the writer's job says it is the byline.
    ['tram-gazette.txt', 'Tram line to the harbour opens after three years of works', 'Lena Fischer', 'Lena Fischer, Transport Correspondent, The Bay Gazette, Kiel', 'The Bay Gazette'],
  ])('%s: the headline is the title, not a caption; the line under the byline is the credit\'s', (file, headline, names, credit, site) => {
    const article = parseArticle(file, fixture(file));
    expect(article.title).toBe(headline);
    expect(texts(article, 'title')).toEqual([headline]);
    expect(texts(article, 'caption')).toEqual([]);
    expect(texts(article, 'heading')).toEqual([]);
    expect(texts(article, 'credit')).toEqual([credit]);
    expect(article.meta?.byline).toBe(names);
    expect(article.meta?.siteName).toBe(site);
    expect(article.date).toBeDefined();
  });

  it("a job alone under the byline (\"Science reporter\") is the writer's, not the headline", () => {
    const article = parseArticle('kelp-reporter.txt', fixture('kelp-reporter.txt'));
    const headline = 'Kelp forests off Cornwall recovering faster than expected, survey finds';
    expect(article.title).toBe(headline);
    expect(texts(article, 'title')).toEqual([headline]);
    expect(texts(article, 'caption')).toEqual([]);
    expect(texts(article, 'credit')).toEqual(['By Priya Nandakumar, Science reporter']);
    expect(article.meta?.byline).toBe('Priya Nandakumar');
    expect(article.meta?.siteName).toBeUndefined();
  });

  it('the site the front matter names comes before the printed publisher', () => {
    const raw = `---\nsite: Western Mail\n---\n${fixture('final-bbc.txt')}`;
    expect(parseArticle('e.txt', raw).meta?.siteName).toBe('Western Mail');
  });

  it('a line of places with no byline above it is left to the headline rules', () => {
    const raw = fixture('final-bbc.txt').replace('By Megan Lloyd\n', '');
    expect(texts(parseArticle('f.txt', raw), 'credit')).toEqual([]);
  });
});

describe('the publication and its day on a line of their own ("Valley Herald, 9 February 2026")', () => {
  it.each([
    ['Valley Herald, 9 February 2026', 'Valley Herald', '9 February 2026'],
    ['The Midland Post, 3 November 2026', 'The Midland Post', '3 November 2026'],
    ['Consumer Daily · May 22, 2026', 'Consumer Daily', 'May 22, 2026'],
    ['Yorkshire Post | 2026-05-22', 'Yorkshire Post', '2026-05-22'], // a paper named after its county
    ['BBC, 3 November 2026', 'BBC', '3 November 2026'], // one word: an organisation the tagger knows
    // Small words a paper's name leaves lower-case
    ['Ashbury and District Gazette, 18 November 2026', 'Ashbury and District Gazette', '18 November 2026'],
    ['The Times of India, 3 November 2026', 'The Times of India', '3 November 2026'],
  ])('%s → %s, %s', (line, publisher, date) => {
    expect(readPublisherLine(line)).toEqual({ publisher, date });
  });

  it.each([
    'Paris, the capital, said on 3 November 2026 that it would close the bridge.', // a sentence
    'Paris, the capital, 3 November 2026', // three parts: no paper's line
    'London, 3 November 2026', // a place's dateline
    'New York, March 3, 2026',
    'Kiel, 3 November 2026', // one word the tagger does not know: a town as often as a paper
    'Monday, 3 November 2026', // a weekday
    'Updated, 3 November 2026',
    'Tom Hale, 3 November 2026', // a person
    'Dr Priya Raman, 3 November 2026',
    'Health Correspondent, 3 November 2026', // a job
    'Valley Herald, 14:31', // a time, no day
    'Valley Herald, Ashbury', // no date: the publisher-and-place line
    'Valley Herald, 9 February 2026.', // a sentence's end
    'Floods hit the valley, 9 February 2026', // lower-case words: a phrase
    'Floods in the valley, 9 February 2026', // small words, but no name's end
  ])('not one: %s', (line) => {
    expect(readPublisherLine(line)).toBeUndefined();
  });

  const HEAD = 'Hundreds evacuated as River Tewin bursts its banks';
  const BODY = 'More than 600 people were forced from their homes in Ashbury overnight on Sunday, the fire service said.';

  it.each([
    ['under the byline', `${HEAD}\n\nBy Rhys Calloway\nValley Herald, 9 February 2026\n\n${BODY}`, 'Rhys Calloway', 'By Rhys Calloway'],
    [
      'under a byline with the writer\'s job',
      `${HEAD}\n\nBy Dr Priya Raman, Health Correspondent\nValley Herald, 9 February 2026\n\n${BODY}`,
      'Dr Priya Raman',
      'By Dr Priya Raman, Health Correspondent',
    ],
    ['under the headline, with no byline', `${HEAD}\n\nValley Herald, 9 February 2026\n\n${BODY}`, undefined, undefined],
  ])('%s: the site and the date, the headline kept', (_, raw, byline, credit) => {
    const a = parseArticle('flood.txt', raw);
    expect(a.title).toBe(HEAD);
    expect(a.meta?.siteName).toBe('Valley Herald');
    expect(a.meta?.byline).toBe(byline);
    expect(a.date).toBe('9 February 2026');
    expect(texts(a, 'credit')).toEqual(credit === undefined ? [] : [credit]);
    expect(texts(a, 'dateline')).toEqual(['Valley Herald, 9 February 2026']);
  });

  it('a paper whose name has a small word ("Valley and District Herald") is the site, not the headline', () => {
    const a = parseArticle('flood.txt', `${HEAD}\n\nBy Rhys Calloway\nValley and District Herald, 9 February 2026\n\n${BODY}`);
    expect(a.title).toBe(HEAD);
    expect(a.meta?.siteName).toBe('Valley and District Herald');
    expect(a.date).toBe('9 February 2026');
    expect(texts(a, 'dateline')).toEqual(['Valley and District Herald, 9 February 2026']);
  });

  it("a place's dateline gives the date but no site; a paper's line among the paragraphs gives neither", () => {
    const placed = parseArticle('a.txt', `${HEAD}\n\nBy Rhys Calloway\nAshbury, 9 February 2026\n\n${BODY}`);
    expect(placed.meta?.siteName).toBeUndefined();
    expect(placed.date).toBe('9 February 2026');
    const paper = parseArticle('p.txt', `${HEAD}\n\nBy Rhys Calloway\nValley Herald, 9 February 2026\n\n${BODY}`);
    expect(paper.meta?.siteName).toBe('Valley Herald');
    const inside = parseArticle('b.txt', `${HEAD}\n\n${BODY}\n\nValley Herald, 9 February 2026\n\n${BODY}`);
    expect(inside.meta?.siteName).toBeUndefined();
  });

  it('a first line of that shape is the headline; under a headline, the paper\'s line', () => {
    const first = parseArticle('d.txt', `Weekly Market Report, 3 March 2026\n\n${BODY}`);
    expect(first.title).toBe('Weekly Market Report, 3 March 2026');
    expect(first.meta?.siteName).toBeUndefined();
    const under = parseArticle('e.txt', `${HEAD}\n\nWeekly Market Report, 3 March 2026\n\n${BODY}`);
    expect(under.title).toBe(HEAD);
    expect(under.meta?.siteName).toBe('Weekly Market Report');
  });

  it('the site the front matter names comes first', () => {
    const raw = `---\nsite: Western Mail\n---\n${HEAD}\n\nBy Rhys Calloway\nValley Herald, 9 February 2026\n\n${BODY}`;
    expect(parseArticle('c.txt', raw).meta?.siteName).toBe('Western Mail');
    expect(parseArticle('c.txt', raw.replace(/^---[\s\S]*?---\n/, '')).meta?.siteName).toBe('Valley Herald');
  });
});

describe('a place whose name has a small word is no paper ("Newcastle upon Tyne", "Stoke on Trent")', () => {
  it.each([
    'Bradford on Avon, 3 March 2026',
    'Newcastle upon Tyne, 3 March 2026',
    'Barrow in Furness, 3 March 2026',
  ])('not a publisher\'s line: %s', (line) => {
    expect(readPublisherLine(line)).toBeUndefined();
  });

  it.each([
    ['Isle of Wight County Press, 3 March 2026', 'Isle of Wight County Press'], // its head is last: "Press"
    ['The Times of India, 3 November 2026', 'The Times of India'], // "Times" of India
    ['Isle of Man Today, 3 March 2026', 'Isle of Man Today'], // "Today", after the place
    ['Voice of America, 3 March 2026', 'Voice of America'], // "Voice" before "of"
    ['Yorkshire Post and Leeds Intelligencer, 3 March 2026', 'Yorkshire Post and Leeds Intelligencer'], // two papers joined
    ['Kelby and District Life, 3 March 2026', 'Kelby and District Life'],
  ])('a paper whose head is a publication noun still is: %s', (line, publisher) => {
    expect(readPublisherLine(line)?.publisher).toBe(publisher);
  });

  it.each(['Bank of England, 3 March 2026', 'Church of England, 3 March 2026', 'Friends of the Earth, 3 March 2026'])(
    'a body with no publication noun is no paper: %s',
    (line) => {
      expect(readPublisherLine(line)).toBeUndefined();
    },
  );

  it('under "By Tom Hale", "Isle of Man Today, 3 March 2026" names the site and the day', () => {
    const body = 'The harbour lift will close for six weeks from Monday, the council said.';
    const raw = `Harbour lift to close for repairs\n\nBy Tom Hale\nIsle of Man Today, 3 March 2026\n\n${body}`;
    const article = parseArticle('lift.txt', raw);
    expect(article.meta?.siteName).toBe('Isle of Man Today');
    expect(article.date).toBe('3 March 2026');
  });

  it("a place's dateline keeps its day (readNamedDay)", () => {
    expect(readNamedDay('Newcastle upon Tyne, Monday 3 March 2026')).toEqual({ date: 'Monday 3 March 2026' });
    expect(readNamedDay('Valley Herald, 9 February 2026')).toEqual({ publisher: 'Valley Herald', date: '9 February 2026' });
  });

  it('a town and its county after the writer\'s name name no paper', () => {
    expect(readBylineTail('Stoke on Trent, Staffordshire')).toEqual({});
    const byline = readByline('By Tom Hale, Stoke on Trent, Staffordshire');
    expect(byline === undefined ? undefined : bylinePublisher(byline)).toBeUndefined();
  });

  it('swing-bridge.txt: "Newcastle upon Tyne, Monday 3 March 2026" under the byline is the dateline, not the site', () => {
    const article = parseArticle('swing-bridge.txt', fixture('swing-bridge.txt'));
    expect(article.title).toBe('Swing bridge to stay shut for six weeks after gearbox failure');
    expect(article.meta?.siteName).toBeUndefined();
    expect(article.meta?.byline).toBe('Tom Hale');
    expect(article.date).toBe('3 March 2026');
    expect(texts(article, 'credit')).toEqual(['By Tom Hale, Chief Reporter']);
    expect(texts(article, 'dateline')).toEqual(['Newcastle upon Tyne, Monday 3 March 2026']);
  });
});

describe('a first name that reads as a verb', () => {
  const HEAD = 'Ferry terminal approved by the harbour council';
  const BODY = 'The harbour council approved a new ferry terminal on Tuesday, the mayor said.';

  it('"By Hope Long" under the headline is the byline, and "Photo: Hope Long" the photo credit', () => {
    const a = parseArticle('ferry.txt', `${HEAD}\n\nBy Hope Long\n\nPhoto: Hope Long\n\n${BODY}`);
    expect(a.title).toBe(HEAD);
    expect(a.meta?.byline).toBe('Hope Long');
    expect(texts(a, 'credit')).toEqual(['By Hope Long', 'Photo: Hope Long']);
  });

  it('a phrase opening with such a word stays a phrase ("Photos: See Inside the New Stadium")', () => {
    const a = parseArticle('ferry.txt', `${HEAD}\n\nPhotos: See Inside the New Stadium\n\n${BODY}`);
    expect(texts(a, 'credit')).toEqual([]);
    expect(readByline('By Land and Sea')).toBeUndefined();
  });
});

describe("a web page's title without its author", () => {
  it('takes off the byline, or a person named, after a bar or a dash', () => {
    const title = "'What is the sea telling us?': Māori tribes fearful over whale strandings | Eleanor Ainge Roy";
    expect(withoutAuthor(title, 'Eleanor Ainge Roy')).toBe(
      "'What is the sea telling us?': Māori tribes fearful over whale strandings",
    );
    expect(withoutAuthor('Harbour bridge approved | ANA RUIZ', 'By Ana Ruiz')).toBe('Harbour bridge approved');
    expect(withoutAuthor('Harbour bridge approved - Jane Doe', undefined)).toBe('Harbour bridge approved');
  });

  it("keeps a section's or a site's name, and a headline's own words", () => {
    expect(withoutAuthor('Harbour bridge approved | World news', 'Ana Ruiz')).toBe(
      'Harbour bridge approved | World news',
    );
    expect(withoutAuthor('Yahoo News - Latest News & Headlines', 'Nataliya Vasilyeva')).toBe(
      'Yahoo News - Latest News & Headlines',
    );
    expect(withoutAuthor('Harbour bridge approved - BBC News', undefined)).toBe(
      'Harbour bridge approved - BBC News',
    );
    expect(withoutAuthor('Eleanor Ainge Roy', 'Eleanor Ainge Roy')).toBe('Eleanor Ainge Roy');
  });
});

describe('a paper\'s name alone on a line ("Ellbrook Gazette")', () => {
  it.each([
    'Ellbrook Gazette',
    'Thornbury Vale Echo',
    'Marlow Bridge Courier',
    'The Ellbrook Gazette',
    'BBC News',
    'The Times of India', // the noun before "of"
    'Voice of America',
    'Isle of Man Today',
  ])('one: %s', (line) => {
    expect(isPaperName(line)).toBe(true);
  });

  it.each([
    'Cinema Revival', // no publication noun: a short headline or a section
    'Tories Triumph',
    'BBC Sport',
    'Bank of England', // a body
    'Newcastle upon Tyne', // a place
    'Tom Hale', // a person
    'Science Correspondent', // a job
    'Community cinema reopens after five-year closure', // words in lower case: a phrase
    'Ellbrook Gazette, 9 February 2026', // a paper and its day: `readPublisherLine`
  ])('not one: %s', (line) => {
    expect(isPaperName(line)).toBe(false);
  });
});
