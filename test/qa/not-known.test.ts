/**
 * The reading of a passage that says what the question asks is not known, or was not said
 * (`not-known.ts`): the question's wh-word heads a clause governed by a denied or uncertain verb of
 * knowing or saying, or a word of uncertainty, and that clause holds the question's verb.
 */
import { describe, expect, it } from 'vitest';
import { askedWh, isKnowingVerb, notKnownIn } from '../../src/qa/not-known.js';

describe('notKnownIn', () => {
  it.each([
    ['who donated the coat', 'The warden, Ann Lowe, said no one knew who had donated the coat.', 'unknown'],
    ['why did she resign', 'She resigned in March but did not say why.', 'untold'],
    ['why did she resign', 'She would not say why she resigned.', 'untold'],
    ['how many sheep were killed', 'It is not yet clear how many sheep were killed.', 'unknown'],
    ['how did the fire start', 'Fire officers have not established how the fire started.', 'unknown'],
    ['how much did he pay for the mill', 'He declined to say how much he paid for the mill.', 'untold'],
    ['when will the bridge reopen', 'The council has yet to decide when the bridge will reopen.', 'unknown'],
    ['where was the boy going', 'Police are unsure where the boy was going.', 'unknown'],
    ['what caused the crash', 'Investigators have not said what caused the crash.', 'untold'],
    ['who is the buyer', 'It is unclear who the buyer is.', 'unknown'],
    ['and who sent the letter?', 'Nobody knows exactly who sent the letter.', 'unknown'],
    ['how come the shop shut', 'The owners did not explain why the shop shut.', 'untold'],
    ['was anyone arrested?', 'Police have not said whether anyone was arrested.', 'untold'],
    ['did the mill close', 'It is unclear if the mill closed.', 'unknown'],
    // Not known whether anyone was, then not who was either.
    ['who was arrested', 'Police have not said whether anyone was arrested.', 'untold'],
  ])('"%s" of "%s": %s', (question, passage, kind) => {
    expect(notKnownIn(question, passage)).toBe(kind);
  });

  it.each([
    // Said, not denied.
    ['who did it', 'Police said they knew who had done it.'],
    ['when will the bridge reopen', 'The council said it knew when the bridge would reopen: in May.'],
    ['what caused the crash', 'Investigators said ice caused the crash.'],
    // Denied, but of another thing: another verb.
    ['who found the coat', 'The warden, Ann Lowe, said no one knew who had donated the coat.'],
    // Another wh-word: "who" is not "why"; "how many" is not "how".
    ['who resigned', 'She resigned in March but did not say why.'],
    ['how did the sheep die', 'It is not yet clear how many sheep were killed.'],
    // The re-read's cases (review53): a conjunction "yet", a denial of another verb before "to", a
    // verb of opinion, a question asking what was said, a word every object inherits.
    [
      'why did the landlord raise the rent',
      'She was upset, and yet she knew why the landlord had raised the rent.',
    ],
    ['who caused the flood', 'Tom Bell did not hesitate to say who caused the flood.'],
    [
      'why did the council close the library',
      'Residents could not understand why the council had closed the library.',
    ],
    ['what did the council say about the plan', 'A spokesman would not say what the plan would cost.'],
    ['constructor of the bridge?', 'No one knew who the constructor of the bridge was.'],
    ['how many sheep died', 'It is not clear how the sheep died.'],
    // A relative clause after a verb of naming: the story names no one, and does not say it is unknown.
    ['who was arrested', 'Police did not name the man who was arrested.'],
    // A contrast after the denial may give the answer after all.
    ['how do bats find food', 'It is unclear how bats find food, but tests show that they use echoes.'],
    // No wh-word asked.
    ['did the coat have a label', 'No one knew who had donated the coat.'],
    ['was anyone arrested?', 'Police said nobody was arrested.'],
    ['was anyone arrested?', 'Police have not said whether anyone was hurt.'],
    // "if" opens a clause of a yes/no question only: after "who" it may be a condition.
    ['who was arrested', 'Police have not said if anyone was arrested.'],
  ])('"%s" of "%s": nothing denied', (question, passage) => {
    expect(notKnownIn(question, passage)).toBeUndefined();
  });
});

describe('askedWh', () => {
  it('reads the wh-word, the measure after "how", and "how come" as "why"', () => {
    expect(askedWh('who donated it?')).toEqual({ wh: 'who' });
    expect(askedWh('so how many were hurt')).toEqual({ wh: 'how', after: 'many' });
    expect(askedWh('how did it start')).toEqual({ wh: 'how' });
    expect(askedWh('how come it shut')).toEqual({ wh: 'why' });
    expect(askedWh("what's the cause")).toEqual({ wh: 'what' });
    expect(askedWh('did it shut')).toEqual({ wh: 'whether' });
    expect(askedWh('the mill shut')).toBeUndefined();
    expect(askedWh('do you know who donated it?')).toEqual({ wh: 'who' });
    expect(askedWh('was the man who was arrested local?')).toEqual({ wh: 'whether' });
  });
});

describe('isKnowingVerb', () => {
  it("is WordNet's: a verb of cognition or communication taking a clause", () => {
    for (const w of ['knew', 'said', 'established', 'revealed', 'explain', 'decided']) {
      expect(isKnowingVerb(w)).toBe(true);
    }
    for (const w of ['named', 'found', 'ran', 'donated']) expect(isKnowingVerb(w)).toBe(false);
  });
});
