/**
 * Scenarios: a first "they" in a story about a group of people the lead names and describes (a
 * knitting circle, a choir, a group of volunteers: a social group in WordNet, or a group whose members
 * are people) is that group, as for a company or a council (`organisation-they.scenario.test.ts`). A
 * group a story about one person mentions in its lead does not take "he" away from that person. On
 * stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const QUILTERS = () =>
  story(
    'quilters.txt',
    "Quilting circle's giant quilt to hang in town hall",
    'The Fenmoor Stitchers, a quilting circle that meets on Monday evenings above the Swan bakery, have finished a quilt of 300 squares for Fenmoor Library.',
    'The circle began in 2011 with three neighbours and a box of fabric scraps. It now has 17 members.',
    'Each square shows a street of the town, and the quilt took two years to finish.',
  );

/** The lead names a hospital in passing, a name the tagger knows, before the circle's apposition is read. */
const KNITTERS = () =>
  story(
    'knitters.txt',
    'Knitting circle sends 200 blankets to children',
    "The Brindle Lane Knitters, a knitting circle of retired teachers, have sent 200 blankets to the children's ward of Tressick General Hospital.",
    'The knitters meet every Tuesday in the church hall.',
  );

const SHANTY = () =>
  story(
    'shanty.txt',
    'Village choir records first album in a chapel',
    'Pellow Tide, a shanty choir from the fishing port of Pellow, has recorded its first album in a chapel on the quay.',
    'The choir was set up in 2017 by retired skipper Jory Nance and has 26 singers.',
    'The album has 12 songs and will be sold to raise money for the lifeboat station.',
  );

const SWEEPERS = () =>
  story(
    'sweepers.txt',
    'Volunteer group fills 400 sacks in a year',
    'Gullcombe Sands Patrol, a group of volunteers who clear litter from the bay, filled 400 sacks with rubbish last year.',
    'The patrol started in 2020 after a storm left the beach covered in plastic.',
    'It now meets every Saturday at the lifeguard hut.',
  );

const BOATMAN = () =>
  story(
    'boatman.txt',
    'Ferryman, 84, makes his last crossing',
    'Walter Brennick, 84, who rowed passengers across the Tamsin for 60 years, made his final crossing on Sunday. The Tamsin Oarsmen, a rowing club he helped to found, lined the bank to cheer him.',
    'Brennick started on the ferry at 24 and says he never missed a day through illness.',
    'Brennick will now live with his daughter in Plymouth.',
  );

describe('"they" of a story about a group of people is the group', () => {
  it('a quilting circle (WordNet: a social group): "what did they do?", "what did they make?"', () => {
    const done = chat(QUILTERS())('what did they do?');
    expect(done).toContain('read "they" as Fenmoor Stitchers');
    expect(done).toContain('quilt of 300 squares');
    const made = chat(QUILTERS())('what did they make?');
    expect(made).not.toMatch(/who you mean/i);
    expect(made).toContain('read "they" as Fenmoor Stitchers');
  });

  it.each([
    ['a circle whose lead names a hospital in passing', KNITTERS, 'Brindle Lane Knitters', '200 blankets'],
    [
      'a choir the headline calls a "Village choir", a name to the tagger',
      SHANTY,
      'Pellow Tide',
      'first album',
    ],
    ['a group of volunteers whose name begins with a place', SWEEPERS, 'Gullcombe Sands Patrol', '400 sacks'],
  ])('%s: "what did they do?"', (_, told, group, done) => {
    const reply = chat(told())('what did they do?');
    expect(reply).toContain(`read "they" as ${group}`);
    expect(reply).toContain(done);
  });
});

describe('a group mentioned in a story about one person', () => {
  it('"he" is still the person, and a bare "they" still asks whom it means', () => {
    const age = chat(BOATMAN())('how old is he?');
    expect(age).toContain('read "he" as Walter Brennick');
    expect(age).toContain('84');
    expect(chat(BOATMAN())('what did they say?')).toMatch(/who you mean/i);
  });
});
