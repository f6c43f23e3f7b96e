/** An end or a beginning, as a verb names it (WordNet) and as a passage marks a date (phase-verb.ts). */
import { describe, expect, it } from 'vitest';
import { markedPhase, ofAskedPhase, phaseOfVerb } from '../../src/qa/phase-verb.js';

describe('phaseOfVerb', () => {
  it('reads an end from WordNet: the synset of "end", a kind of it, or a gloss defined by its words', () => {
    for (const verb of ['stop', 'stopped', 'end', 'finish', 'cease', 'close', 'closed', 'expire', 'quit'])
      expect(phaseOfVerb(verb), verb).toBe('end');
  });

  it('reads a beginning the same way', () => {
    for (const verb of ['start', 'begin', 'began', 'open', 'opened'])
      expect(phaseOfVerb(verb), verb).toBe('begin');
  });

  it('reads neither for a verb of no phase', () => {
    for (const verb of ['run', 'ran', 'build', 'built', 'sign', 'win', 'hold'])
      expect(phaseOfVerb(verb), verb).toBeUndefined();
  });
});

describe('markedPhase', () => {
  const text = 'The mill was built in 1862 to serve the ferries, which ran until 1931 and from 1950 to 1960.';
  const at = (s: string) => text.indexOf(s);

  it('reads "until" and "from … to" as an end, "since" and "from" as a beginning', () => {
    expect(markedPhase(text, at('1931'))).toBe('end');
    expect(markedPhase(text, at('1960'))).toBe('end');
    expect(markedPhase(text, at('1950'))).toBe('begin');
    expect(markedPhase('open since 1962', 11)).toBe('begin');
    expect(markedPhase(text, at('1862'))).toBeUndefined();
  });
});

describe('ofAskedPhase', () => {
  const text = 'The mill was built in 1862 to serve the ferries, which ran until 1931.';
  const dates = ['1862', '1931'].map((d) => ({ span: { start: text.indexOf(d), text: d } }));
  const kept = (phase: 'end' | 'begin' | undefined) =>
    ofAskedPhase(dates, phase, text).map((c) => c.span.text);

  it('keeps the date marked as the asked phase; for a beginning, those not marked as an end', () => {
    expect(kept('end')).toEqual(['1931']);
    expect(kept('begin')).toEqual(['1862']);
    expect(kept(undefined)).toEqual(['1862', '1931']);
  });
});
