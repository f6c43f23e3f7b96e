/**
 * A role asked with its qualifier, and "the head of" a body (stories written for these tests:
 * test/fixtures/role-qualifier, lido-trust, stand-in, head-teacher, deputy-only). "Head" names a person only in WordNet's
 * fourth sense, so "who is the head of the carrick lido trust" was read as asking no role and the
 * deputy head's passage, which names the trust in full, came first; read before "of" and a body it asks
 * the person in charge (`holder-asked.ts` headsBody). The other way round, "who is the vice captain?"
 * is not "Club captain Alan Hughes" (`titles.ts` lacksQualifier), while "Vice-captain Ollie Tremayne"
 * is "the deputy captain" (one office, `SECOND_IN_COMMAND`). Main at 1b96384 put the deputy head's
 * passage first with no name for both head questions, and answered "Alan Hughes" for the vice and the
 * deputy captain.
 */
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/qa/load-engine.js';

const load = async (folder: string) =>
  (await loadEngine(new URL(`../fixtures/${folder}`, import.meta.url).pathname)).engine;
const club = await load('role-qualifier');
const lido = await load('lido-trust');
const rowing = await load('stand-in');
const school = await load('head-teacher');
const harbour = await load('deputy-only');

describe('"the head of" a body asks who is in charge of it, not the deputy head', () => {
  it('asked of the lido story alone, only the name it says the trust by picks the head out', () => {
    // Alone, "carrick" weighs little (two of the story's sentences say it); the deputy's passage names
    // the trust in full and ranks first, and the lead (no one named, no role) stands between it and
    // the head's, which may tell the holder ("who has been head of") but passes only a passage titling
    // another holder (`asked-first.ts` roleHoldersFirst). No name is offered rather than the deputy's.
    expect(lido.ask('who is the head of the carrick lido trust').answer?.text).not.toBe('Megan Rowse');
    expect(lido.ask('who is the head of the lido trust').answer?.text).toBe('Daniel Kessell');
    expect(lido.ask('who is the head of the lido trust').passages[0]?.text).toMatch(/^Daniel Kessell/u);
  });

  it('"who is the deputy head of the trust" is still the deputy', () => {
    expect(lido.ask('who is the deputy head of the trust').answer?.text).toBe('Megan Rowse');
  });

  it('"who is the head of the school": the head teacher\'s passage first, not the deputy head teacher\'s', () => {
    expect(school.ask('who is the head of the school').passages[0]?.text).toMatch(/^Head teacher Sian/u);
    expect(school.ask('who is the head teacher').answer?.text).toBe('Sian Polglase');
    expect(school.ask('who is the deputy head').answer?.text).toBe('Mark Jory');
  });

  it('with only the deputy named, "who is the head of the harbour board" is not answered by the deputy', () => {
    expect(harbour.ask('who is the head of the harbour board').answer?.text).not.toBe('Tom Nancarrow');
    expect(harbour.ask('who is the deputy head of the harbour board').answer?.text).toBe('Tom Nancarrow');
  });
});

describe('a reader\'s "now" or "at the moment" after the body, and the stand-in asked by another word', () => {
  it('"who is the head of the porthleven gig trust now" → Ruth Angove, not the deputy\'s passage first', () => {
    for (const tail of ['now', 'at the moment', 'currently']) {
      const answer = rowing.ask(`who is the head of the porthleven gig trust ${tail}`);
      expect(answer.passages[0]?.text, tail).toMatch(/^Ruth Angove/u);
      expect(answer.answer?.text, tail).toBe('Ruth Angove');
    }
  });

  it('"who is the deputy captain" → "Vice-captain Ollie Tremayne": deputy and vice are one office', () => {
    expect(rowing.ask('who is the deputy captain').answer?.text).toBe('Ollie Tremayne');
    expect(rowing.ask('who is the vice captain').answer?.text).toBe('Ollie Tremayne');
    expect(rowing.ask('who is the captain').answer?.text).toBe('Jenna Pascoe');
  });
});

describe('a role asked with "vice" or "deputy" is not the holder titled without it', () => {
  it('"who is the vice captain?" is not "Club captain Alan Hughes"; "who is the captain?" is', () => {
    expect(club.ask('who is the vice captain of the bowls club?').answer?.text).not.toBe('Alan Hughes');
    expect(club.ask('who is the vice-captain?').answer?.text).not.toBe('Alan Hughes');
    expect(club.ask('who is the deputy captain of the club?').answer?.text).not.toBe('Alan Hughes');
    expect(club.ask('who is the captain of the club?').answer?.text).toBe('Alan Hughes');
    expect(club.ask('who is the captain').answer?.text).toBe('Alan Hughes');
  });
});
