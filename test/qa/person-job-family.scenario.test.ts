/**
 * Scenarios: a person's work asked as readers type it, of stories naming several people by one surname,
 * hobbies and unpaid roles next to jobs, retired people and titled people (session 36, `job-asked.ts`,
 * `unpaid.ts`). A job is paid work said of the asked person, not of a relative with the same surname.
 * Stories written for these tests (test/fixtures/person-jobs).
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const storyOf = storyFolders(new URL('../fixtures/person-jobs/', import.meta.url));

const reply = async (story: string, question: string) => (await storyOf(story)).ask(question);
const said = async (story: string, question: string) => (await reply(story, question)).answer?.text ?? '';

describe('a family sharing a surname (chip-shop)', () => {
  it('"Mrs Hebden" is Maureen, the one woman of the name: a retired nurse', async () => {
    const answer = await reply('chip-shop', "what was Mrs Hebden's job?");
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('retired nurse');
    // "Mr Hebden" may be Brian, Gary or Josh: not given his son's job. Brian's is not said: no name
    // of the passage is given as his job either.
    const his = await reply('chip-shop', "what is Mr Hebden's job?");
    expect(his.answer?.text ?? '').not.toBe('solicitor');
    expect(his.answer?.text ?? '').not.toMatch(/Hebden/);
  });

  it('each son by his first name: Gary is a solicitor; Josh, a keen surfer, has no job said', async () => {
    expect(await said('chip-shop', 'what does gary hebden do for a living')).toBe('solicitor');
    expect(await said('chip-shop', 'what does Josh Hebden do?')).not.toMatch(/surfer/);
  });

  it('a past job asked as readers type it: "used to do", "for a job"', async () => {
    const answer = await reply('chip-shop', 'what did maureen hebden used to do for a living');
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('retired nurse');
    expect(await said('chip-shop', 'what does maureen hebden do for a job')).toBe('retired nurse');
  });
});

describe('volunteers, hobbies and titles (river-clean)', () => {
  it('a volunteer who works as a pharmacist: her job is the pharmacist', async () => {
    expect(await said('river-clean', "what is Ms Nair's job?")).toBe('pharmacist');
    expect(await said('river-clean', 'what does Priya Nair do for a living?')).toBe('pharmacist');
    // Her husband "is a potter in his spare time": no job of his is said.
    expect((await reply('river-clean', "what is Mr Nair's job?")).answered).toBe(false);
  });

  it('an amateur photographer and a retired firefighter: his job was the firefighter', async () => {
    const answer = await reply('river-clean', "what is Mr Ashworth's job?");
    expect(answer.answer?.text).toBe('retired firefighter');
    expect(answer.passages[0]?.text).toMatch(/^Mr Ashworth, a retired firefighter/);
    // A keen angler has no job said.
    expect(await said('river-clean', "what is Mr Walsh's job?")).not.toMatch(/angler/);
  });

  it('"Dr Price", whose surname is a first name too: an ecologist', async () => {
    expect(await said('river-clean', 'what does Dr Price do?')).toBe('ecologist');
  });
});

describe('a surname four people share, one job said of the bare "Mr Griffiths" (harbour-wall)', () => {
  it('"Mr Griffiths" is the man named just before him, not one named after (review36c)', async () => {
    expect(await said('harbour-wall', 'What does Alun Griffiths do for a living?')).toBe('stonemason');
    expect(await said('harbour-wall', 'What does Iwan Griffiths do for a living?')).not.toBe('stonemason');
    expect(await said('harbour-wall', 'What does Nia Griffiths do for a living?')).not.toBe('stonemason');
    expect(await said('harbour-wall', "What is Bryn Griffiths's job?")).toBe('retired lifeboat coxswain');
    expect(await said('harbour-wall', "what is Mr Griffiths's job?")).toBe('stonemason');
  });
});
