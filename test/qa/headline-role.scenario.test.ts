/**
 * Scenarios: a story whose headline calls its person by one role ("Grandfather rescued…"), whose lead
 * describes them by another ("A 79-year-old man…") and whose next sentence names them: in a
 * conversation, a first "he" is that person, as when headline and lead use the same noun. And a story
 * naming a woman in full and then as "Mrs Hale" asks back about "she" naming each person once, while a
 * first name that is also a role noun ("Harper Lee") stays a first name. On stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { chat, story } from '../support/chat.js';

const LEDGE = story(
  'ledge.txt',
  'Grandfather rescued from cliff ledge after 14 hours',
  'A 79-year-old man who slipped while walking his dog spent 14 hours on a cliff ledge before he was rescued, coastguards said.',
  'Walter Penrose, from Newquay, was spotted by the crew of a fishing boat at dawn on Monday. His dog was found unhurt at the top of the cliff.',
  'A coastguard spokesman said the tide had come within a few metres of the ledge overnight.',
);

describe('the headline and the lead describe the same person by different roles', () => {
  it('reads a first "he" as the person named after the lead', () => {
    const reply = chat(LEDGE)('how long was he on the ledge');
    expect(reply).toContain('(read "he" as Walter Penrose)');
    expect(reply.split('\n')[1]).toBe('14 hours');
  });

  it('"how old is he?" gives his age from the lead', () => {
    expect(chat(LEDGE)('how old is he?')).toMatch(/^\(read "he" as Walter Penrose\)\n79\b/);
  });
});

const WARD = story(
  'ward.txt',
  'Hospital chief meets patient after corridor wait',
  'Abigail Tranter, the health board chief executive, met Dorothy Hale, 86, at Morriston Hospital on Friday.',
  'Mrs Hale had spent a night in a corridor after a fall at home. Ms Tranter apologised to Mrs Hale and her family.',
  'Ms Tranter said the board would open 40 more beds by March. Mrs Hale said the nurses had been kind.',
);

describe('asking back who "she" is names each woman once', () => {
  it('does not offer "Mrs Hale" beside Dorothy Hale, nor "Ms Tranter" beside Abigail Tranter', () => {
    const reply = chat(WARD)('what did she say?');
    expect(reply).toContain('Dorothy Hale');
    expect(reply).toContain('Abigail Tranter');
    expect(reply).not.toContain('Mrs Hale');
    expect(reply).not.toContain('Ms Tranter');
  });
});

const NOVEL = story(
  'novel.txt',
  'Novel to be reissued',
  'Harper Lee wrote the novel in the 1950s. Robert Lee, a publisher in New York, bought the rights.',
  'Lee said the book would be reissued in June. She died in 2016.',
);

describe('a first name that is also a role noun is no title', () => {
  it('asks back whether "he" is Robert Lee: "Harper" of "Harper Lee" does not make her a bare "Lee"', () => {
    expect(chat(NOVEL)('what did he say?')).toContain('Robert Lee');
  });
});

const FALL = story(
  'fall.txt',
  'Climber falls 150 metres from Snowdon ridge',
  'A 64-year-old man has died after falling about 150 metres from a ridge on Snowdon, police said.',
  'Gareth Owen, from Bangor, was walking with two friends when he slipped on ice on Saturday afternoon.',
);

const ROBBERY = story(
  'robbery.txt',
  'Pensioner robbed at knifepoint by teenager',
  'A 15-year-old boy has been charged with robbing a pensioner at knifepoint in Swansea.',
  'Liam Doyle, of Townhill, appeared before magistrates on Monday. The 81-year-old victim was not hurt.',
);

describe('which headline describes the person the lead does', () => {
  it('a headline verb that is also a noun ("falls") does not end the role phrase', () => {
    expect(chat(FALL)('whats his name')).toMatch(/^\(read "his" as Gareth Owen\)\nGareth Owen\n/);
  });

  it('a headline describing two people ("…by teenager") says nothing of which one the lead is', () => {
    const reply = chat(ROBBERY)('who was robbed?');
    expect(reply).not.toContain('Liam Doyle');
  });
});
