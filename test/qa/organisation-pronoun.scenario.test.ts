/**
 * Scenarios: a conversation's first "she" in a story about an organisation (a newcomer's, session 25).
 * "she" is never the company: it is the woman the story is about, its chief executive named in the lead
 * and again and again ("Ms Ellison said…"), not an anonymous employee's "…," she said. Where no woman
 * stands out, the bot still asks, offering those named most: a trust's chief executive quoted twice
 * before an MP named once; two councillors named alike, both. A surname inside another name is not
 * that person named again ("Jubilee Gardens" is not Rebecca Gardens, "Mrs Marsh" not her son); a chief
 * executive first named in the second paragraph is still whom the story is about (a review's mends).
 * Own small stories (test/fixtures/organisation-head).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonlLine } from '../../src/cli/records.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { chat } from '../support/chat.js';

const story = (file: string) =>
  new Engine([
    parseArticle(
      file,
      readFileSync(new URL(`../fixtures/organisation-head/${file}`, import.meta.url), 'utf8'),
    ),
  ]);

const firm = story('software-cuts.txt');
const trust = story('hospital-trust.txt');
const council = story('two-councillors.txt');
const gardens = story('park-lake.txt');
const careHome = story('inquest-son.txt');
const delayed = story('delayed-chief.txt');
const studio = story('studio-no-subject.txt');

/** The command line's record for a question, asked as a conversation's first. */
const cli = (engine: Engine, question: string) =>
  JSON.parse(jsonlLine(engine, JSON.stringify({ question }), 1, undefined));

describe('"she" in a story about a company is its chief executive', () => {
  it('"what did she say" on the command line is read as Margaret Ellison, and answers with her words', () => {
    const record = cli(firm, 'what did she say');
    expect(record.readAs).toEqual({ pronoun: 'she', people: ['Margaret Ellison'] });
    expect(record.passages[0].text).toMatch(/^Ms Ellison said/);
    // "he" is still no one: the story names no man.
    expect(cli(firm, 'what did he say').readAs).toBe(undefined);
  });

  it('"when did she start the company" is about her, not the anonymous employee\'s "she said"', () => {
    const record = cli(firm, 'when did she start the company');
    expect(record.readAs).toEqual({ pronoun: 'she', people: ['Margaret Ellison'] });
    expect(record.passages[0].text).toContain('Ms Ellison, who co-founded the company');
  });

  it('in the console, "who is she?" says whom it read her as and what the story says of her', () => {
    const said = chat(firm)('who is she?');
    expect(said).toContain('(read "she" as Margaret Ellison)');
    expect(said).toContain('Chief executive Margaret Ellison announced the cuts');
  });
});

describe('when it must ask, it offers the person named most', () => {
  it("a trust's chief executive quoted twice, not the MP named once; two councillors named alike, both", () => {
    expect(chat(trust)('what did she say about it?')).toBe(
      "I'm not sure who you mean by “she”: do you mean Dr Helen Ashworth? Try asking with the name.",
    );
    // Named as often as each other, neither is whom the story is about: it asks which, naming both.
    expect(chat(council)('what did she say?')).toBe(
      "I'm not sure who you mean by “she”: it could be Sarah Whitfield or Joanne Pryce. Try asking with a name.",
    );
    expect(cli(council, 'when did she propose the scheme').readAs).toBe(undefined);
  });
});

describe('a surname inside another name is not the person named again', () => {
  // Both were asked back (offering Rebecca Gardens and Anita Shah; Graham Marsh and Mr Tom Kerr) until
  // a bare pronoun was read as the person the story's own pronoun stands for (`pronoun-chain.ts`).
  it('"Jubilee Gardens" is a park, not the parks officer Rebecca Gardens: "she" is the mother the story calls "she"', () => {
    const said = chat(gardens)('what did she say?');
    expect(said).not.toContain('read "she" as Rebecca Gardens');
    expect(said).toMatch(/^\(read "she" as Anita Shah\)/);
  });

  it('"Dorothy Marsh" and "Mrs Marsh" are not her son Graham Marsh: "he" is the son the story calls "he"', () => {
    const said = chat(careHome)('what did he say?');
    expect(said).toMatch(/^\(read "he" as Graham Marsh\)/);
    expect(said).toMatch(/^He said his mother had been frightened/m);
  });
});

describe('a chief executive the story names in its second paragraph', () => {
  it('"what did she say?" is read as Priya Natarajan, named after a lead that describes the cuts', () => {
    const record = cli(delayed, 'what did she say?');
    expect(record.readAs).toEqual({ pronoun: 'she', people: ['Priya Natarajan'] });
    expect(record.passages[0].text).toMatch(/^Ms Natarajan said/);
    expect(chat(delayed)('what did she say?')).toContain('(read "she" as Priya Natarajan)');
  });

  it('in a story with no subject at all (the studio is not tagged as a company), the same: "she" is its head', () => {
    const record = cli(studio, 'when did she join the studio');
    expect(record.readAs).toEqual({ pronoun: 'she', people: ['Rachel Osei'] });
    expect(record.passages[0].text).toMatch(/^Ms Osei, 41, joined Quillfern/);
    // "he" is the analyst named once, no one the story is about: it asks.
    expect(cli(studio, 'what did he say').readAs).toBe(undefined);
  });
});
