/** The tagger's named things as `findEntities` reads them. */
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/qa/entities.js';

/** The type `findEntities` gives the words `span` of `text`, if it finds them as one entity. */
function typeOf(text: string, span: string): string | undefined {
  const start = text.indexOf(span);
  return findEntities(text).find((e) => e.start === start && e.end === start + span.length)?.type;
}

describe('small numbers joined by dashes', () => {
  it('are a formation or a score, not a date; a date in figures has a year', () => {
    expect(typeOf('They employed the modern 3-4-1 scrum line-up.', '3-4-1')).toBe('number');
    expect(typeOf('The crew played a 2-1-1 formation in the final.', '2-1-1')).toBe('number');
    expect(typeOf('The tour of 1924-5 was unbeaten.', '1924-5')).toBe('date');
    expect(typeOf('It was signed on 12-10-2004.', '12-10-2004')).toBe('date');
  });
});
