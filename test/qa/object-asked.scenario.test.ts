/**
 * Scenarios: a question that names its verb's subject ("who did tom replace?") asks for someone else,
 * so the name the passage gives as that subject ("Tom Baxter replaced a drummer called Spike") is the
 * one asked about, not the answer, however the question spells them. On f48dbc0 "who did tom replace?"
 * bolded "Tom Baxter". Own small story.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { parseQuestion } from '../../src/qa/question.js';
import { subjectNamedVerb } from '../../src/qa/object-asked.js';

const BAND = new Engine([
  parseArticle(
    'band.txt',
    [
      'Drummer leaves the Velvet Crows',
      'The Velvet Crows have confirmed that their drummer has left the band after eleven years.',
      "Tom Baxter replaced a drummer called Spike in 2014, a year before the group's first album, Paper Towns.",
      'Guitarist Leah Moss said the band would audition new drummers in March.',
      'Baxter thanked fans and said he would now teach music in Bristol.',
    ].join('\n\n') + '\n',
  ),
]);

describe('the subject a question names is not its answer', () => {
  it('"who did tom replace?" is the drummer he replaced, not Tom Baxter', () => {
    const answer = BAND.ask('who did tom replace?');
    expect(answer.passages[0]?.text).toMatch(/^Tom Baxter replaced/u);
    expect(answer.answer?.text).toBe('Spike');
  });

  it('by surname too, and "who replaced spike?" still gets the subject', () => {
    expect(BAND.ask('who did baxter replace?').answer?.text).toBe('Spike');
    expect(BAND.ask('who replaced spike?').answer?.text).toMatch(/Baxter$/u);
  });

  it('reads the verb only when a subject stands between the auxiliary and it', () => {
    const verb = (q: string) => subjectNamedVerb(q, parseQuestion(q))?.verb.word;
    expect(verb('who did tom replace in the band')).toBe('replace');
    expect(verb('what patent does amazon hold')).toBe('hold');
    expect(verb('who will win the cup')).toBeUndefined();
    expect(verb('who replaced spike')).toBeUndefined();
    // A pronoun is read as its person before; whoever did it "with" the subject is a subject too.
    expect(verb('who did he replace')).toBeUndefined();
    expect(verb('who did baxter play with')).toBeUndefined();
  });

  it('is the base form after the subject, not an inflected word of the subject', () => {
    const verb = (q: string) => subjectNamedVerb(q, parseQuestion(q))?.verb.word;
    expect(verb('who did the newly signed drummer replace')).toBe('replace');
    expect(verb('who did the striking porters support')).toBe('support');
    expect(verb('who did the new signing replace')).toBe('replace');
    // Typed without its base form, the question keeps the verb it has.
    expect(verb('who did the band replaced')).toBe('replaced');
  });
});
