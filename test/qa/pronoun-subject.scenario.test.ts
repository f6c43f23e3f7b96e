/**
 * Scenarios: "he", "she" and "they" in the console chat about a story of its own (a newcomer's, session
 * 17): the winner named only in the headline and after a lower-case title, a rival, a telescope named
 * after a man, and a first question that points at the story's subject.
 */
import { describe, expect, it } from 'vitest';
import { reply } from '../../src/console/chat.js';
import { jsonlLine } from '../../src/cli/records.js';
import { respond } from '../../src/qa/respond.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { chat, story } from '../support/chat.js';

// The winner's first name is in neither first-name list and the tagger knows her by no name: only the
// lead's title ("City council member") says she is a person, and only the story's "She…" says "she".
const ELECTION = () =>
  story(
    'election.txt',
    'Priya Raman wins Harford mayoral race by 812 votes',
    'HARFORD, Ohio — City council member Priya Raman was elected mayor of Harford on Tuesday, defeating two-term incumbent Dale Whitcomb in a race that went down to the final precincts.',
    "Raman received 9,431 votes to Whitcomb's 8,619, according to unofficial results released by the Harford County Board of Elections shortly after midnight. A third candidate, retired firefighter Luis Ortega, finished with 1,204 votes.",
    'Turnout was 41 percent, the highest for a city election since 2011, election officials said.',
    "Raman, 38, a former public school teacher, campaigned on repairing the city's aging water mains and reopening the east side branch library, which closed in 2022 after a roof collapse. She will be the first woman to lead the city.",
    '"People told me they were tired of boil-water notices," Raman told supporters at a downtown brewery. "Starting in January, fixing the pipes is job one."',
    'Whitcomb conceded in a phone call to Raman around 12:45 a.m. In a brief statement, he thanked voters and said he would help with the transition.',
    'Raman will be sworn in on January 2. The city council will hold a special election in March to fill the seat she is leaving.',
  );

const COMET = () =>
  story(
    'comet.txt',
    'Telescope finds water vapour around distant comet',
    'Astronomers using the James Webb Space Telescope have detected water vapour streaming from a comet in the outer solar system, a finding that could change ideas about how water reached the early Earth.',
    'The team, led by Dr. Rafael Ortiz of the University of Granada, published the results on Wednesday in the journal Nature Astronomy.',
    'Ortiz said the water appears to be escaping from ice just below the surface. "It was a complete surprise," he said.',
  );

describe('"she" after an answer that names the winner', () => {
  it('"who won the election?" then "how old is she?": her age, from "Raman, 38,"', () => {
    const say = chat(ELECTION());
    expect(say('who won the election?')).toMatch(/^Priya Raman\n/);
    expect(say('how old is she?')).toMatch(/^38\n/);
    expect(say('what did she say?')).toContain(
      '"People told me they were tired of boil-water notices," Raman told',
    );
    // "he" is not her: the story's own "She…" says she is a woman.
    expect(say('what did he say?')).not.toContain('Raman told supporters');
  });

  it('"who is she?" is what the story says of her, never a date of the passage', () => {
    const say = chat(ELECTION());
    say('who is raman?');
    const who = say('who is she?');
    expect(who).not.toMatch(/^January 2/);
    expect(who).toContain('City council member Priya Raman was elected mayor');
  });

  it('"how many votes did she get?" is her total, not the third candidate\'s', () => {
    const say = chat(ELECTION());
    say('who won the election?');
    expect(say('how many votes did she get?')).toMatch(/^9,431\n/);
  });

  it('"what did she say?" asked first: her words, not "no words I can look up"', () => {
    const said = chat(ELECTION())('what did she say?');
    expect(said).toContain('(read "she" as Priya Raman)');
    expect(said).toContain('Raman told supporters');
  });

  it('"what did he say?" asked first is not her: the reply asks, offering the man the story names most', () => {
    // Whitcomb is named in three sentences, Ortega in one (session 25: `mostNamed`).
    expect(chat(ELECTION())('what did he say?')).toBe(
      "I'm not sure who you mean by “he”: do you mean Dale Whitcomb? Try asking with the name.",
    );
  });

  it("asked with no conversation at all (the benchmarks), a pronoun is still no one's name", () => {
    const engine = ELECTION();
    const once = respond(engine, 'how old is she?');
    expect(once.kind === 'answer' && once.answer.readAs).toBe(undefined);
    expect(reply(engine, 'how old is she?', false, {})).toMatch(/^\(read "she" as Priya Raman\)/);
  });

  it('the command line asks as a conversation\'s first question: "she" is her there too, and says so', () => {
    const record = JSON.parse(jsonlLine(ELECTION(), '{"question":"how old is she"}', 1, undefined));
    expect(record.readAs).toEqual({ pronoun: 'she', people: ['Priya Raman'] });
    expect(record.answer?.text).toBe('38');
    // Nothing carries over between lines: a bare "where?" after it is about the story, not her age.
    const where = JSON.parse(jsonlLine(ELECTION(), '{"question":"where?"}', 2, undefined));
    expect(where.readAs).toBe(undefined);
  });
});

describe('"he" with several stories and none picked', () => {
  it('says why it cannot tell who is meant and how to go on, not only "ask with a name"', () => {
    const both = new Engine([
      parseArticle(
        'election.txt',
        'Priya Raman wins Harford mayoral race\n\nPriya Raman was elected mayor of Harford on Tuesday.',
      ),
      parseArticle(
        'comet.txt',
        'Telescope finds water around comet\n\nDr. Rafael Ortiz said the water was a surprise.',
      ),
    ]);
    expect(chat(both)('what did he say?')).toBe(
      "I'm not sure who you mean: I have several articles and none is picked yet. Try asking with a name, or pick the article first.",
    );
  });
});

describe('"they" with no one to point at', () => {
  it('"what did they say?" asks who is meant, first thing or after one person', () => {
    const say = chat(ELECTION());
    expect(say('what did they say?')).toBe("I'm not sure who you mean by “they”. Try asking with a name.");
    say('who won the election?');
    expect(say('what did they say?')).toBe("I'm not sure who you mean by “they”. Try asking with a name.");
  });
});

describe('a telescope named after a man is no one', () => {
  it('/help offers no "Who is James Webb Space?", and "he" is not the telescope', () => {
    const engine = COMET();
    const say = chat(engine);
    expect(say('/help')).not.toContain('James Webb Space?');
    const he = say('what did he say?');
    expect(he).not.toContain('James Webb');
    expect(he).toContain('Rafael Ortiz');
  });
});
