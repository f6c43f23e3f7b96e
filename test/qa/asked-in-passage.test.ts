import { describe, expect, it } from 'vitest';
import { asksAboutAsking, asksWhatIsAsked, questionSpans } from '../../src/qa/asked-in-passage.js';
import type { Group } from '../../src/qa/expansion.js';
import { newTerm } from '../../src/qa/term.js';
import { stem, tokenize } from '../../src/qa/text.js';

const spans = (text: string) => questionSpans(text).map(([s, e]) => text.slice(s, e));
const group = (word: string): Group => ({ word, terms: [newTerm(stem(word), 1)], idf: 1 });
const asks = (text: string, ...words: string[]) => asksWhatIsAsked(text, tokenize(text), words.map(group));

describe('questions someone is quoted asking', () => {
  it('reads a quoted question from its opening mark, its condition included', () => {
    expect(spans('"If you close them, where does the next generation come from?" she said.')).toEqual([
      'If you close them, where does the next generation come from?',
    ]);
    expect(spans('The first question put to him was: "What went wrong at Elm Park?"')).toEqual([
      'What went wrong at Elm Park?',
    ]);
    expect(spans('"We tried. Why would they listen?" he said.')).toEqual(['Why would they listen?']);
  });

  it("reads no question of the writer's own", () => {
    expect(spans('Why did the dam fail? Engineers blame the rain.')).toEqual([]);
    expect(spans('Residents had three questions: who pays, when does work start, and why now?')).toEqual([]);
    expect(spans('Will The Pier Close?')).toEqual([]);
  });

  it('flags a passage holding a question word only inside a quoted question', () => {
    const rhetorical = '"If you close them, where do readers go?" said Jo Hale.';
    expect(asks(rhetorical, 'close')).toBe(true);
    expect(asks(rhetorical, 'Hale')).toBe(false);
    // A passage that states something besides its question says that (session 33's review): "readers"
    // only inside the question no longer puts it behind.
    expect(
      asks('The library will close, and Jo Hale asked: "Where will readers go?"', 'close', 'readers'),
    ).toBe(false);
    expect(
      asks(
        'Repairs will cost about £3m, leaving trader Mary Dale to ask: "Who is going to pay for the pier now?"',
        'pier',
      ),
    ).toBe(false);
    expect(
      asks('Asked "When will the bridge open?", Ms Boyd said: "In the middle of October."', 'bridge'),
    ).toBe(false);
    expect(
      asks(
        'Ms Price said: "People keep asking me, \'When will the pier reopen?\', and the honest answer is the spring of 2028."',
        'pier',
      ),
    ).toBe(false);
    // The question is most of the passage: only who asks is outside it.
    expect(asks('Volunteer Ken Hart said: "Why close a museum that children love?"', 'close')).toBe(true);
    expect(asks('The library will close, and Jo Hale asked: "Where will readers go?"', 'close')).toBe(false);
    expect(asks('The library will close in June.', 'close')).toBe(false);
  });

  it('knows a question about asking', () => {
    expect(asksAboutAsking('what did she ask?')).toBe(true);
    expect(asksAboutAsking('what was the first question put to him')).toBe(true);
    expect(asksAboutAsking('why is it closing')).toBe(false);
  });
});

describe('a quoted question answered in its own quotation', () => {
  it('reads no question the speaker goes on to answer, or one whose quotation stays open', () => {
    expect(spans('"When do we open? Next Friday, if the weather holds," said owner Tom Hay.')).toEqual([]);
    expect(spans('Roe said: "Who shops on the high street any more?')).toEqual([]);
    expect(spans('Ward told her players: "Where was the fight? Where was the pride?"')).toEqual([
      'Where was the fight?',
      'Where was the pride?',
    ]);
  });
});
