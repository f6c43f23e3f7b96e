import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine, MAX_QUESTION_CHARS } from '../../src/qa/engine.js';
import { statusMessage } from '../../src/format/messages.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';
import { kindsAsked } from '../../src/qa/question.js';
import { opensWithAnaphor } from '../../src/qa/search-index.js';
import { tokenize } from '../../src/qa/text.js';
import { isKindOf } from '../../src/qa/wordnet.js';
import { readSeed } from '../support/seed.js';

const seed = parseArticle('iraq-russia-military-cooperation.txt', readSeed());
const plain = parseArticle(
  'plain.txt',
  readFileSync(new URL('../fixtures/articles/plain.txt', import.meta.url), 'utf8'),
);
const engine = new Engine([seed]);

describe('the answer engine', () => {
  it('returns ranked passages with scores in 0-1, article and section', () => {
    const answer = engine.ask('Who signed the agreement?');
    expect(answer.answered).toBe(true);
    expect(answer.type).toBe('person');
    expect(answer.passages.length).toBeGreaterThan(1);
    expect(answer.passages.length).toBeLessThanOrEqual(5);
    const scores = answer.passages.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const p of answer.passages) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
      expect(p.article).toMatchObject({ title: seed.title, file: 'iraq-russia-military-cooperation.txt' });
    }
    expect(answer.confidence).toBe(answer.passages[0]?.score);
  });

  it('highlights the answer (the people for "who") and the matched words', () => {
    const best = engine.ask('Who signed the agreement?').passages[0];
    if (best === undefined) throw new Error('no passage');
    const answers = best.highlights
      .filter((h) => h.kind === 'answer')
      .map((h) => best.text.slice(h.start, h.end));
    expect(answers.join(' ')).toContain('Khaled Obaidi');
    expect(answers.join(' ')).toContain('Alexander Fomin');
    const matches = best.highlights
      .filter((h) => h.kind === 'match')
      .map((h) => best.text.slice(h.start, h.end).toLowerCase());
    expect(matches).toContain('signed');
    expect(matches).toContain('agreement');
  });

  it('never answers from related headlines or tags', () => {
    // Every word of this question is in a related headline ("Russia Ready to Renew Military Cooperation With Libya").
    const answer = engine.ask('Is Russia ready to renew military cooperation with Libya?');
    for (const p of answer.passages) expect(['related', 'tags']).not.toContain(p.section);
    expect(answer.passages.some((p) => p.text.includes('Libya'))).toBe(false);
  });

  it('reads Fuse extended-search operators and regex characters as plain words', () => {
    // Each operator around a word finds what the word alone finds, with the same confidence.
    const plain = engine.ask('signed');
    for (const q of [
      '!signed',
      'signed$',
      '=signed',
      "'signed",
      '^signed',
      '!signed$',
      '(signed)',
      '[signed]',
    ]) {
      const answer = engine.ask(q);
      expect(
        answer.passages.map((p) => p.text),
        q,
      ).toEqual(plain.passages.map((p) => p.text));
      expect(answer.confidence, q).toBe(plain.confidence);
    }
    // "|" is not "or": the two words are both looked for, as if written without it.
    expect(engine.ask('signed | agreement').passages.map((p) => p.text)).toEqual(
      engine.ask('signed agreement').passages.map((p) => p.text),
    );
    // Operators alone are no words at all.
    for (const q of ['(', '[', '.*', '|', '^$']) expect(engine.ask(q).refused, q).toBe('no-keywords');
    // "a\\b" is the letters a and b (single letters are dropped), not a regex word boundary.
    expect(engine.ask('a\\b').refused).toBe('no-keywords');
  });

  it('refuses empty and over-long questions with a message instead of cutting them', () => {
    expect(engine.ask('   ').refused).toBe('empty');
    const long = engine.ask(`who signed ${'x'.repeat(MAX_QUESTION_CHARS)}`);
    expect(long.refused).toBe('too-long');
    expect(statusMessage(long)).toContain(String(MAX_QUESTION_CHARS));
    expect(long.passages).toEqual([]);
  });

  it('refuses a question none of whose words the story holds with no passage at all (README)', () => {
    // "the closest passage is still shown" needs a passage sharing a word; here there is none to show.
    const answer = engine.ask('how many complaints has the watchdog had');
    expect(answer.answered).toBe(false);
    expect(answer.passages).toEqual([]);
    expect(statusMessage(answer)).toContain("couldn't find");
  });

  it('restricts the search to one article when asked', () => {
    const two = new Engine([seed, plain]);
    expect(
      two.ask('Who signed?', { article: 'plain.txt' }).passages.every((p) => p.article.file === 'plain.txt'),
    ).toBe(true);
    expect(two.ask('When will construction begin?').passages[0]?.article.file).toBe('plain.txt');
    expect(two.ask('Who signed?', { article: 'no-such-article.txt' }).passages).toEqual([]);
  });

  it('says when a question matches several articles equally, and which ones', () => {
    const copy = parseArticle(
      'plain-copy.txt',
      readFileSync(new URL('../fixtures/articles/plain.txt', import.meta.url), 'utf8').replace(
        'Council approves new harbour bridge',
        'Harbour bridge vote',
      ),
    );
    const answer = new Engine([seed, plain, copy]).ask('Who led the opponents of the bridge?');
    expect(answer.answered).toBe(true);
    expect(answer.alsoIn?.map((a) => a.file)).toHaveLength(1);
    expect(statusMessage(answer)).toMatch(
      /^This matches several articles: .*Council approves new harbour bridge.*Harbour bridge vote|^This matches several articles: .*Harbour bridge vote.*Council approves new harbour bridge/,
    );
    expect(engine.ask('Who signed?').alsoIn).toBeUndefined();
  });

  it('names the file of each of two articles with one title (a story saved as text and as a page)', () => {
    const text = readFileSync(new URL('../fixtures/articles/plain.txt', import.meta.url), 'utf8');
    const answer = new Engine([seed, plain, parseArticle('plain-again.txt', text)]).ask(
      'Who led the opponents of the bridge?',
    );
    expect(answer.alsoIn).toHaveLength(1);
    const status = statusMessage(answer);
    expect(status).toContain('Council approves new harbour bridge (plain.txt)');
    expect(status).toContain('Council approves new harbour bridge (plain-again.txt)');
  });

  it('summarises from body sentences only, in article order', () => {
    const summary = engine.summary(undefined, 3);
    expect(summary?.article.title).toBe(seed.title);
    expect(summary?.sentences).toHaveLength(3);
    const at = summary?.at ?? [];
    expect(at.map((i) => seed.sentences[i]?.role)).toEqual(['body', 'body', 'body']);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Each is its sentence as written, or its end after a wire opening ("MOSCOW (Sputnik) —").
    summary?.sentences.forEach((s, k) => expect(seed.sentences[at[k] ?? -1]?.text.endsWith(s)).toBe(true));
    expect(engine.summary('missing.txt')).toBeUndefined();
  });
});

describe('question understanding beyond keywords', () => {
  const article = (file: string, text: string) => new Engine([parseArticle(file, text)]);

  it('knows what kind of thing a "what <noun>" question asks for, from WordNet', () => {
    expect(kindsAsked('What language does "hoy" come from?')).toEqual(['language']);
    expect(kindsAsked('What type of compounds does oxygen form?')).toEqual(['compounds']);
    expect(kindsAsked('Which oil producer is an ally?')).toEqual(['oil', 'producer']);
    expect(kindsAsked('What is the capital?')).toEqual([]);
    expect(isKindOf('Dutch', 'language')).toBe(true);
    expect(isKindOf('oxides', 'compound')).toBe(true);
    expect(isKindOf('July', 'month')).toBe(true);
    expect(isKindOf('cat', 'language')).toBe(false);
  });

  it('prefers the sentence that names something of the kind asked for, and highlights it', () => {
    const e = article(
      'words.txt',
      [
        'Local words',
        '',
        'The word hoy has a long history in the town and is still heard in the market.',
        '',
        'The word hoy came into the local speech from Dutch sailors.',
      ].join('\n'),
    );
    const answer = e.ask('What language does the word hoy come from?');
    const best = answer.passages[0];
    expect(best?.text).toContain('Dutch');
    const answers = (best?.highlights ?? []).filter((h) => h.kind === 'answer');
    expect(answers.map((h) => best?.text.slice(h.start, h.end))).toContain('Dutch');
  });

  it('trusts a word written as asked over one that only shares its stem', () => {
    const e = article(
      'offer.txt',
      [
        'Trade talks',
        '',
        'France will offer a new trade deal to its partners next year, officials say.',
        '',
        'France offered full citizenship to the settlers in the colonies.',
      ].join('\n'),
    );
    expect(e.ask('What was offered by France?').passages[0]?.text).toContain('citizenship');
    expect(e.ask('What will France offer?').passages[0]?.text).toContain('trade deal');
  });
});

describe('acronyms', () => {
  it('reads "US" and "U.S." as the country, while "us" stays a word without meaning', () => {
    const words = (text: string) =>
      tokenize(text)
        .filter((t) => !t.stop)
        .map((t) => t.word);
    expect(words('The US and the U.S.A. told us')).toEqual(['us', 'usa', 'told']);
    expect(words('Talks in the U.S. ended')).toEqual(['talks', 'us', 'ended']);
    // Capitals everywhere are shouting, not acronyms.
    expect(words('WHO SIGNED THE DEAL?')).toEqual(['signed', 'deal']);
    const token = tokenize('in the U.S. today').find((t) => t.word === 'us');
    expect(token && 'in the U.S. today'.slice(token.start, token.end)).toBe('U.S');
  });

  it('answers a question about the US from a sentence that writes U.S.', () => {
    const e = new Engine([
      parseArticle(
        'trade.txt',
        [
          'Trade figures',
          '',
          'Japan imposed a limit on rice imports in March.',
          '',
          'The U.S. imposed new tariffs on steel from Europe.',
          '',
          'Officials told reporters that steel prices would follow.',
        ].join('\n'),
      ),
    ]);
    const answer = e.ask('What did the US impose?');
    expect(answer.passages[0]?.text).toContain('The U.S. imposed');
  });
});

describe('sentences that point back', () => {
  const story = parseArticle(
    'club.txt',
    [
      'Chess club',
      '',
      'The Riverside Chess Club opened a second hall in the old library this spring. It opened to members on a rainy Monday. The club is famous for its free lessons for children on Saturday mornings.',
    ].join('\n'),
  );

  it('reads "The club is famous for…" as being about the club named before it', () => {
    const answer = new Engine([story]).ask('What is the Riverside Chess Club famous for?');
    expect(answer.passages[0]?.text).toContain('free lessons');
    expect(answer.answered).toBe(true);
  });

  it('does not let a sentence that only repeats the one before it outrank it', () => {
    expect(opensWithAnaphor('The club is famous for its lessons.')).toBe(true);
    expect(opensWithAnaphor('It opened in May.')).toBe(true);
    expect(opensWithAnaphor('The Kremlin said so.')).toBe(false);
    expect(opensWithAnaphor('Riverside opened a hall.')).toBe(false);
    // "It opened to members…" adds no question word to the sentence before it: that sentence answers.
    const answer = new Engine([story]).ask('What did the Riverside Chess Club open?');
    expect(answer.passages[0]?.text).toContain('opened a second hall');
  });
});

describe('large folders', () => {
  it('stops collecting sentences that share only common words once enough are found, and still answers', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `The year ${2000 + i} was a busy year for the port.`);
    const port = parseArticle(
      'port.txt',
      [
        'Port news',
        '',
        ...filler.slice(0, 20),
        'The harbour bridge opened that year.',
        ...filler.slice(20),
      ].join('\n\n'),
    );
    const capped = new Engine([port], { weights: { ...DEFAULT_WEIGHTS, MAX_CANDIDATES: 1 } }).ask(
      'Which bridge opened that year?',
    );
    // The rarest word ("bridge") is searched first and fills the one place; "year" then only adds to
    // the sentence already found, so no sentence holding only "year" is a candidate.
    expect(capped.passages.map((p) => p.text)).toEqual(['The harbour bridge opened that year.']);
    const all = new Engine([port], { weights: { ...DEFAULT_WEIGHTS, MAX_CANDIDATES: 1_000_000 } }).ask(
      'Which bridge opened that year?',
    );
    expect(all.passages[0]?.text).toBe('The harbour bridge opened that year.');
    expect(all.passages).toHaveLength(5);
  });
});
