/**
 * Scenarios: the short answer to "what <noun>…?" or "what is the <noun> called?" is one of the noun's
 * kind. A union is no date ("…would consider further strike dates in July" does not say which union),
 * an album is not called by the place the band plays ("New York's Carnegie Hall") nor by a count of
 * albums, and a tour not by when it starts ("next spring"): with nothing of the kind in the passage,
 * the passage alone answers. Own small stories.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

const STRIKE = parseArticle(
  'strike.txt',
  [
    'Bin workers walk out over pay in Hollinsford',
    '',
    'Refuse collectors in Hollinsford began a two-day strike on Monday in a dispute over pay.',
    '',
    'About 140 workers, members of the GMB union, say their pay has fallen behind that of neighbouring councils.',
    '',
    'A spokeswoman for the workers said the union would consider further strike dates in July if no better offer was made.',
    '',
  ].join('\n'),
);
const BAND = (last: string) =>
  parseArticle(
    'band.txt',
    [
      'Harbour Lights announce reunion tour',
      '',
      'The Glasgow band Harbour Lights will reunite for a tour next spring, ten years after they split.',
      '',
      "The five members will play eight dates, finishing at New York's Carnegie Hall in May.",
      '',
      'Singer Ailsa Crane said the band had been writing songs together again for a year.',
      '',
      last,
    ].join('\n'),
  );
const SINGER = parseArticle(
  'singer.txt',
  [
    'Folk singer Tomas Garvey dies aged 77',
    '',
    'Tomas Garvey, the folk singer best known for the ballad The Long Field Home, has died aged 77.',
    '',
    'He recorded eleven albums over four decades and toured widely in Britain and the United States.',
    '',
  ].join('\n'),
);
const strike = new Engine([STRIKE]);
const band = new Engine([BAND('Tickets go on sale on Friday, the band management said.\n')]);
const named = new Engine([BAND('Their new album, Northern Tide, is out in March.\n')]);
const singer = new Engine([SINGER]);
// Several stories, as a knowledge folder holds: the album question is answered at all only among them.
const all = new Engine([STRIKE, BAND('Tickets go on sale on Friday, the band management said.\n'), SINGER]);

describe('a short answer of the noun asked', () => {
  it('"what union is considering more strikes?" is not answered "July"', () => {
    const answer = strike.ask('what union is considering more strikes?');
    expect(answer.passages[0]?.text).toMatch(/strike dates in July/u);
    expect(answer.answer).toBeNull();
  });

  // The name the story writes before the asked noun ("the GMB union"), as "what strain?" of "the H7N9
  // strain" is H7N9 (`noun-tied.ts`): "GMB union" before it.
  it('"what union are the workers in?" is still answered, "GMB"', () => {
    expect(strike.ask('what union are the workers in?').answer?.text).toBe('GMB');
  });

  it('"whats the new album called?" is not answered by a place or a number', () => {
    const answer = all.ask('whats the new album called?');
    expect(answer.passages[0]?.text).toMatch(/Carnegie Hall/u);
    expect(answer.answer).toBeNull();
  });

  it('"what was the album called?" is not answered "Britain" or "eleven albums"', () => {
    expect(singer.ask('what was the album called?').answer).toBeNull();
  });

  it('"what is the tour called?" is not answered "next spring"', () => {
    expect(band.ask('what is the tour called?').answer).toBeNull();
  });

  it('an album the story names is still its answer', () => {
    expect(named.ask('whats the new album called?').answer?.text).toBe('Northern Tide');
  });
});

const PARIS = new Engine([
  parseArticle(
    'band.txt',
    [
      'Band to release new music in May',
      '',
      'The Harbour Lights will release new songs in May, their first since 2015.',
      '',
      'Their new album is called Paris and was recorded in a barn in Donegal over the winter.',
    ].join('\n'),
  ),
]);

describe('a name the passage gives right after "called"', () => {
  it('"what is the album called?" → Paris, though Paris names a place', () => {
    expect(PARIS.ask('what is the album called?').answer?.text).toBe('Paris');
  });
});
