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
    // "close" said outside the question too: the passage says it.
    expect(
      asks('The library will close, and Jo Hale asked: "Where will readers go?"', 'close', 'readers'),
    ).toBe(true);
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
