/**
 * A place after "from" that says where people come from ("Stuart Pennock, 43, from Doncaster",
 * "Volunteers from Holy Trinity Church") answers where they live and any question about those people,
 * and a "from" after a verb's object ("rescued a deckhand from the Humber Estuary") is where the act
 * happened, no one's home (`home-place.ts`). On a story written for these tests (test/fixtures/home-people).
 */
import { describe, expect, it } from 'vitest';
import { homePlace } from '../../src/qa/home-place.js';
import { loadEngine } from '../../src/qa/load-engine.js';

const { engine } = await loadEngine(new URL('../fixtures/home-people', import.meta.url).pathname);

describe('a home place answers where its people live or are based', () => {
  it.each(['where does Stuart Pennock live?', 'where does Pennock live'])('"%s" → Doncaster', (question) => {
    const answer = engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Doncaster');
  });

  it('"where are the volunteers based?" → the church they come from', () => {
    const answer = engine.ask('where are the volunteers based?');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('Holy Trinity Church');
  });
});

describe('a home place is no answer to where something was done to its people', () => {
  it('"where was Pennock treated?" → not his home Doncaster', () => {
    expect(engine.ask('where was Pennock treated?').answer?.text).not.toBe('Doncaster');
  });
});

describe('"from" after a verb\'s object is where the act happened', () => {
  it('"where was the deckhand rescued?" → the Humber Estuary, not Grimsby near it', () => {
    const answer = engine.ask('where was the deckhand rescued?');
    expect(answer.answer?.text).toBe('Humber Estuary');
  });

  it.each([
    ['Police removed protesters from the Town Hall on Monday.', 'Town Hall'],
    ['The club signed a striker from Leeds United last summer.', 'Leeds United'],
    ['Firefighters rescued an elderly woman from the River Ouse.', 'River Ouse'],
  ])("%s: %s is no one's home", (text, place) => {
    expect(homePlace(text, text.indexOf(place))).toBeUndefined();
  });
});

describe('an age before "from" belongs to a name', () => {
  it.each([
    ['The deckhand, Stuart Pennock, 43, from Doncaster, was treated.', 'Doncaster', 'Stuart Pennock'],
    ['A teacher from Bristol found it.', 'Bristol', 'teacher'],
  ])('%s: %s is the home of %s', (text, place, who) => {
    expect(homePlace(text, text.indexOf(place))).toBe(who);
  });

  it('"He moved to Whitby in 2019, from Leeds" reads no age, so no home', () => {
    const text = 'He moved to Whitby in 2019, from Leeds, to work on the boats.';
    expect(homePlace(text, text.indexOf('Leeds'))).toBeUndefined();
  });
});
