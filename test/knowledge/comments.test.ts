import { describe, expect, it } from 'vitest';
import {
  commentsStart,
  markReaderComments,
  unquoted,
  voiceOf,
} from '../../src/knowledge/comments.js';
import type { Block } from '../../src/knowledge/types.js';

describe('words outside quotation marks', () => {
  it('drops what is quoted, straight or curly', () => {
    expect(unquoted('He said "we will win" on Monday.')).toBe('He said   on Monday.');
    expect(unquoted('She called it “our best year” again.')).toBe('She called it   again.');
  });

  it('reads a lost closing mark by where the next one stands: after a space it opens a new quote', () => {
    // Scraped text lost the mark that closed the first quote at a paragraph break.
    const text = 'He said: "The rise is too fast. "What employers tell us is that it bites." Then he left.';
    expect(unquoted(text)).not.toContain('us');
    expect(unquoted(text)).toContain('Then he left.');
  });

  it('drops what is quoted in curly single marks, and keeps the apostrophes of words', () => {
    // British style quotes in single marks: ‘I am leaving,’ read as the writer's "I" made a report a comment.
    expect(unquoted('‘I am leaving,’ he said.')).toBe('  he said.');
    expect(unquoted('He called it ‘our best year’ again.')).toBe('He called it   again.');
    expect(unquoted('I don’t know, it’s the 1990s’ style.')).toBe('I don’t know, it’s the 1990s’ style.');
  });

  it('runs a quote left open to the end of the paragraph', () => {
    expect(unquoted('Ms Okonjo said: "We asked for years. Families tell us so.')).toBe('Ms Okonjo said:  ');
  });
});

describe("the writer's own voice", () => {
  it.each([
    'I think this is a great idea.',
    'My children love the library.',
    'Why are we paying for this?',
    "You can't read a book in a pothole, can you?",
    'Well done to all of us.',
    'I’m delighted.',
  ])('"%s" speaks for its writer', (text) => {
    expect(voiceOf(text)).toBeDefined();
  });

  it.each([
    'The council voted by 31 to 9 on Tuesday.',
    'Ruth Okonjo said: "We have asked for this for years."',
    '"I am delighted," she said.',
    '‘We will fight on,’ the minister said.',
    'The US president said he would visit.',
    'Museums, universities and businesses all backed it.',
  ])('"%s" is reported', (text) => {
    expect(voiceOf(text)).toBeUndefined();
  });
});

const report = (n: number) => Array.from({ length: n }, (_, i) => `The council said on day ${i} that it had voted.`);
const comment = (i: number) => `I think the council got it wrong, and my neighbours agree (${i}).`;

describe('whose voice', () => {
  it.each([
    ['I got mine 12 years ago.', 'own'],
    ['My phone company blocked the number, and we were glad.', 'own'],
    ['You forgot to mention Danger Mouse.', 'shared'],
    ['We must remember that the minimum wage is only part of the picture.', 'shared'],
    ['"I am sad," he said.', undefined],
  ])('"%s" speaks in the %s voice', (text, voice) => {
    expect(voiceOf(text)).toBe(voice);
  });
});

describe('where readers’ comments start', () => {
  it('finds the first of a run of comments after the report', () => {
    const paragraphs = [...report(6), comment(1), comment(2), comment(3), 'Books are the future.', comment(4)];
    expect(commentsStart(paragraphs)).toBe(6);
  });

  it('finds none in a report that only quotes people', () => {
    expect(commentsStart([...report(6), '"We will appeal," she said.', '"I am sad," he said.'])).toBe(-1);
  });

  it('finds none in a column, written in its author’s voice from the start', () => {
    expect(commentsStart([report(1)[0] ?? '', comment(1), comment(2), comment(3), comment(4), comment(5)])).toBe(
      -1,
    );
  });

  it('needs a report of several paragraphs before the comments', () => {
    expect(commentsStart([...report(4), comment(1), comment(2), comment(3)])).toBe(-1);
    expect(commentsStart([...report(5), comment(1), comment(2), comment(3)])).toBe(5);
  });

  it('needs three comments in a row to open the section', () => {
    expect(commentsStart([...report(6), comment(1), comment(2), ...report(1), comment(3)])).toBe(-1);
  });

  it('needs one of the opening comments to speak for its writer with "I", not only "we" and "you"', () => {
    // A buyer's guide ends in advice to the reader; an opinion column ends speaking for all of us.
    const guide = [
      'You are building it, so you have to buy all the software you want to install.',
      'Building your own PC is a great way to improve your understanding of how it all works.',
      'It is cheap, you can specify exactly what you want and you get the thrill of putting it together.',
    ];
    const column = [
      'Either way, it matters that its business practices are not allowed to disrupt our economy.',
      'And then there is the matter of our collective psyche.',
      'You do not need a God view to see what happens next.',
    ];
    expect(commentsStart([...report(6), ...guide])).toBe(-1);
    expect(commentsStart([...report(6), ...column])).toBe(-1);
    expect(commentsStart([...report(6), guide[0] ?? '', column[0] ?? '', comment(1)])).toBe(6);
  });

  it('takes the comments before the opening run, back to the first with "I", when nothing there is attributed', () => {
    const quiet = ['Ignorance has always been an expensive business.', 'Does anyone know what happens next?'];
    const tail = [comment(1), ...quiet, comment(2), comment(3), comment(4)];
    // report(n) says who said what ("The council said…"): the report ends there.
    expect(commentsStart([...report(6), ...tail])).toBe(6);
    // A paragraph that attributes stops the way back: the "I" before it is not reached.
    const told = 'A spokesman told reporters the review would end in May.';
    expect(commentsStart([...report(6), comment(1), told, ...quiet, comment(2), comment(3), comment(4)])).toBe(10);
    // A feature's own "our" is not a reader's "I": the comments start at the first "I".
    const feature = 'With these issues still occupying our thoughts, it is high time they made a comeback.';
    expect(commentsStart([...report(6), feature, ...quiet, comment(2), comment(3), comment(4)])).toBe(9);
  });

  it('needs most of the tail to speak in readers’ voices', () => {
    // A reporter's aside ("we") late in a long report is no comment section.
    expect(commentsStart([...report(6), comment(1), comment(2), comment(3), ...report(5)])).toBe(-1);
  });

  it('does not take a report whose first part already speaks in the writer’s voice for one with comments', () => {
    // Two of the seven paragraphs before the run already speak so: more than a reporter's aside.
    const paragraphs = [...report(3), comment(1), comment(2), ...report(2), comment(3), comment(4), comment(5)];
    expect(commentsStart(paragraphs)).toBe(-1);
  });
});

describe('marking comments among blocks', () => {
  it('gives the body from the first comment on the role comment, and leaves other roles alone', () => {
    const blocks: Block[] = [
      { role: 'title', text: 'Library to open on Sundays' },
      ...report(5).map((text): Block => ({ role: 'body', text })),
      { role: 'caption', text: 'I love this photo of our library, said nobody.' },
      ...[1, 2, 3].map((i): Block => ({ role: 'body', text: comment(i) })),
      { role: 'related', text: 'Other stories from our town' },
    ];
    const roles = markReaderComments(blocks).map((b) => b.role);
    expect(roles).toEqual([
      'title',
      ...Array<string>(5).fill('body'),
      'caption',
      'comment',
      'comment',
      'comment',
      'related',
    ]);
  });

  it('returns the blocks as they were when there are no comments', () => {
    const blocks: Block[] = report(6).map((text) => ({ role: 'body', text }));
    expect(markReaderComments(blocks)).toEqual(blocks);
  });
});
