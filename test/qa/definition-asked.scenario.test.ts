/**
 * "What is X?", "what does X do", "who is X?": a question that names a thing and asks nothing else asks
 * what it is, and the sentence that says so comes first, not the one that names it most briefly.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { definitionAsked, describes } from '../../src/qa/definition-asked.js';

const story = parseArticle(
  'watchdog.txt',
  [
    'Call for action on phone scams',
    '',
    'Phone companies are not doing enough to warn customers about rogue dialling scams, according to premium phone line regulator Phonewatch.',
    '',
    'They must warn people earlier about possible fraud, Phonewatch said.',
    '',
    'Phonewatch spokesman Tom Reid said companies should get in touch with their customers sooner.',
    '',
    'Kestrel, a consumer group based in Leeds, said the scams had cost families thousands of pounds.',
    '',
    'Kestrel wants the government to act.',
  ].join('\n'),
);
const engine = new Engine([story]);

describe('asked what a named thing is: the sentence that says it first', () => {
  it.each([
    ['what does phonewatch do', 'regulator Phonewatch'],
    ['what is phonewatch?', 'regulator Phonewatch'],
    ['what is kestrel', 'Kestrel, a consumer group'],
  ])('"%s" → the sentence with "%s"', (question, expected) => {
    const answer = engine.ask(question);
    expect(answer.passages[0]?.text).toContain(expected);
  });

  it('leaves a question that asks more than what the thing is as ranked', () => {
    expect(engine.ask("who is phonewatch's spokesman?").passages[0]?.text).toContain('Tom Reid');
  });
});

describe('definitionAsked', () => {
  it('reads the thing asked about', () => {
    expect(definitionAsked('what does icstis do')?.map((t) => t.word)).toEqual(['icstis']);
    expect(definitionAsked("What's the House of Tides?")).toBeUndefined();
    expect(definitionAsked('What is Nexus?')?.map((t) => t.word)).toEqual(['nexus']);
    expect(definitionAsked('who is clive smith')?.map((t) => t.word)).toEqual(['clive', 'smith']);
  });

  it('is not a question about a role, a possession or a place in the thing', () => {
    expect(definitionAsked('who is the golfer')).toBeUndefined();
    expect(definitionAsked("Who was NASA's administrator?")).toBeUndefined();
    expect(definitionAsked('What is in Eldon Square?')).toBeUndefined();
    expect(definitionAsked("what's this article about")).toBeUndefined();
  });
});

describe('describes', () => {
  const asked = definitionAsked('what is icstis') ?? [];
  it('an apposition, a predicate or a common noun before the name', () => {
    expect(describes('Icstis, the premium line regulator, said so.', asked)).toBe(true);
    expect(describes('Icstis is a regulator.', asked)).toBe(true);
    expect(describes('according to premium phone line regulator Icstis.', asked)).toBe(true);
  });
  it('not a sentence that only names it', () => {
    expect(describes('They must warn people earlier, Icstis said.', asked)).toBe(false);
    expect(describes('Icstis spokesman Rob Dwight said so.', asked)).toBe(false);
    expect(describes('The group warned Icstis about it.', asked)).toBe(false);
  });
});
