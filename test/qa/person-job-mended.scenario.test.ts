/**
 * Scenarios: a person's work asked as readers type it, of a story where the reader of occupations may
 * miss one ("a former surveyor") or where another person's job sits next to the asked one's (session
 * 36, review36b's mends of `job-asked.ts`). A job unsaid is refused only on evidence that the person
 * has no paid work, a title keeps its "retired", a surname is a name's last word, a possessive first
 * name is read, and a pronoun's sex is checked. Story written for these tests (test/fixtures/person-jobs).
 */
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/qa/engine.js';
import { loadEngine } from '../../src/qa/load-engine.js';

let engine: Engine | undefined;
async function ask(question: string) {
  if (engine === undefined) {
    const folder = new URL('../fixtures/person-jobs/chapel-roof', import.meta.url).pathname;
    engine = (await loadEngine(folder)).engine;
  }
  return engine.ask(question);
}

describe('a job the reader does not know is still not refused (chapel-roof)', () => {
  it('"Treasurer Elwyn Price, a former surveyor": answered with that sentence', async () => {
    const answer = await ask("What was Elwyn Price's job?");
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/former surveyor/);
  });

  it('"Carys Morgan, 29, is an unemployed mother-of-three": answered with that sentence', async () => {
    const answer = await ask('What does Carys Morgan do for a living?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/unemployed/);
  });
});

describe('closed compounds WordNet lacks (chapel-roof)', () => {
  it('"a headteacher" and "Postwoman Nia Roberts" are jobs', async () => {
    expect((await ask("What is Sioned Evans's job?")).answer?.text).toBe('headteacher');
    expect((await ask('What does Nia Roberts do for a living?')).answer?.text).toBe('postwoman');
  });
});

describe('whose job it is (chapel-roof)', () => {
  it('"Retired police sergeant Idris Jenkins": the title keeps its words', async () => {
    expect((await ask('What does Idris Jenkins do for a living?')).answer?.text).toBe(
      'retired police sergeant',
    );
  });

  it('"Rhys Hughes, a plumber" is no job of "Mr Rhys"', async () => {
    expect((await ask("what is Mr Rhys's job?")).answer?.text ?? '').not.toBe('plumber');
  });

  it('"what is megan\'s job": a first name with its possessive, an optician', async () => {
    expect((await ask("what is megan's job")).answer?.text).toBe('optician');
  });

  it('"what does she do for a living?": her husband\'s job is not hers', async () => {
    expect((await ask('what does she do for a living?')).answer?.text ?? '').not.toBe('dentist');
  });
});
