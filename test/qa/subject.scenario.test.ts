/**
 * A story about one person, asked about as readers do after reading it: "he", "his" for the person
 * the story is about (`subject.ts`), answered from sentences that call him "He".
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';
import { DEFAULT_WEIGHTS } from '../../src/qa/weights.js';

const SUBJECT_ON = { ...DEFAULT_WEIGHTS, SUBJECT: 1 };

const pilot = parseArticle(
  'pilot.txt',
  [
    'Harbour pilot Tomas Ruiz retires after 30 years',
    'Tomas Ruiz, who has guided cargo ships into Port Alder since 1994, retired on Friday after three decades with the pilot boats.',
    'Ruiz joined the port authority as a deckhand. The authority had six pilots at the time.',
    'He is 58. He lives in the fishing village of Carrow with his two dogs.',
    'Port Alder\'s harbour master, Jane Bell, called Ruiz "the steadiest hand on the water". She said the port would miss him.',
    'Ruiz plans to spend his retirement restoring a wooden sailing boat.',
    'He said the port had changed beyond recognition, with ships three times the size of those he first guided.',
  ].join('\n\n'),
);

describe('questions about the one person a story is about', () => {
  // The subject is measured and left off by default (docs/measured.md): these tests switch it on.
  const engine = new Engine([pilot], { weights: SUBJECT_ON });
  const off = new Engine([pilot]);

  it('how old is he? → "He is 58."', () => {
    // Found first; whether it is answered is the calibrator's call ("old" is a word the story lacks).
    expect(engine.ask('how old is he?').passages[0]?.text).toBe('He is 58.');
  });

  it('where does he live → "He lives in…"', () => {
    const answer = engine.ask('where does he live');
    expect(answer.passages[0]?.text).toMatch(/^He lives in the fishing village of Carrow/);
    expect(answer.answer?.text).toBe('Carrow');
  });

  it('without the subject, "he" reads as nothing and "how old" finds no age', () => {
    expect(off.ask('how old is he?').passages[0]?.text ?? '').not.toBe('He is 58.');
  });
});

describe('a story about two people gives "he" to neither', () => {
  const final = parseArticle(
    'final.txt',
    [
      'Novak wins the final',
      'Peter Novak beat Jan Kral in a five-set final on Sunday.',
      'Novak served well. Kral returned better.',
      'He is 31 and lives in Brno.',
      'Kral will play again in May.',
    ].join('\n\n'),
  );

  it('how old is he? is not answered from "He is 31" as if "he" were one of them', () => {
    const engine = new Engine([final], { weights: SUBJECT_ON });
    const answer = engine.ask('how old is he?');
    expect(answer.passages.some((p) => p.text.startsWith('He is 31'))).toBe(false);
  });
});
