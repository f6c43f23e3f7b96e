/**
 * Scenarios: a question someone is quoted asking says nothing of what it asks. "Why close a museum that
 * children love?" holds "close", but says neither when nor why the museum closes; the lead that says it
 * comes first (`asked-in-passage.ts`). Stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { story } from '../support/chat.js';

const museum = story(
  'museum.txt',
  'Museum Closure Date Set',
  'The Mill Museum in Brackley will shut for good on 30 September, its trustees said on Monday.',
  'Visitor numbers have halved since 2019, and the trustees say the building needs £2m of repairs.',
  'Volunteer Ken Hart said: "Why close a museum that children love?"',
);

const library = story(
  'library.txt',
  'Hartley Library To Shut',
  'Hartley Library will shut its doors in June after the county council cut its grant.',
  'The library opened in 1962 and lends about 40,000 books a year.',
  '"If you close libraries like this, where does the next generation of readers come from?" asked campaigner Jo Hale.',
  'The council said it had no choice after its own budget was cut by £4m.',
);

const dam = story(
  'dam.txt',
  'Dam Bursts Near Kelby',
  'Why did the dam fail? Engineers say heavy rain over three days overwhelmed its spillway.',
  'The dam, near Kelby, burst on Sunday night, flooding 40 homes.',
);

const top = (answer: { passages: { text: string }[] }) => answer.passages[0]?.text ?? '';

describe('a quoted question is no answer to what it asks', () => {
  it('"when does the museum close?" is answered by the date, not by a volunteer\'s question', () => {
    const answer = museum.ask('when does the museum close');
    expect(answer.answer?.text).toBe('30 September');
    expect(top(museum.ask('why is it closing'))).not.toContain('Why close');
    // What he said is still his question.
    expect(top(museum.ask('what did ken hart say'))).toContain('Why close a museum');
  });

  it('"when does it close?" of a library is not answered by a campaigner\'s "If you close them…?"', () => {
    const answer = library.ask('when does it close');
    expect(top(answer)).toContain('in June');
    expect(answer.answer?.text).toBe('June');
  });

  it("a question of the writer's own is still read, and asking what was asked finds the question", () => {
    expect(top(museum.ask('when does the museum close'))).toContain('30 September');
    expect(top(dam.ask('why did the dam fail'))).toContain('Why did the dam fail?');
    const asked = story(
      'ask.txt',
      'Minister Questioned Over Hospital',
      'MP Sara Lund asked the health minister on Tuesday: "When will the new hospital in Dunmore open?"',
      'The minister, Paul Kerr, said the hospital would open in 2028.',
    );
    expect(top(asked.ask('what did sara lund ask?'))).toContain('When will the new hospital');
    expect(asked.ask('when will the hospital open').answer?.text).toBe('2028');
  });

  it('"how long did patients wait?" is answered by the figure, not by one of two nurses asking "How long must patients wait…?"', () => {
    const hospital = story(
      'hospital.txt',
      'Hospital Waiting Times Rise',
      'Patients at Dunmore Hospital waited an average of 14 hours in A&E in November, figures show.',
      'Nurse Jane Cole and her colleague Sue Dunn both spoke at a protest outside the hospital.',
      '"How long must patients wait before someone acts?" Cole asked.',
      'Dunn said the ward had been short of ten nurses since the summer.',
    );
    expect(hospital.ask('how long did patients wait').answer?.text).toBe('14 hours');
    // A quoted question its speaker goes on to answer is read as before.
    const cafe = story(
      'cafe.txt',
      'Cafe Returns To Seafront',
      'A cafe wrecked by a storm in 2023 is to reopen on the seafront at Filey.',
      '"When do we open? Next Friday, if the weather holds," said owner Tom Hay.',
    );
    expect(top(cafe.ask('when does the cafe open'))).toContain('When do we open?');
  });
});
