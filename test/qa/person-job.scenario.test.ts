/**
 * Scenarios: a person's work asked as readers type it ("what is Ms Drummond's job?", "what does Prof
 * Venning do?", "what did Mr Hollowell do for a living?"), of stories that say it by a noun for a
 * person by their work: in apposition, after "is a" or "works as a", or after "the" with an owner
 * (session 35, `job-asked.ts`). Stories written for these tests (test/fixtures/titled-people).
 */
import { describe, expect, it } from 'vitest';
import { storyFolders } from '../support/story-folders.js';

const storyOf = storyFolders(new URL('../fixtures/titled-people/', import.meta.url));

const reply = async (story: string, question: string) => (await storyOf(story)).ask(question);

describe("a person's work, said of them in the story", () => {
  it('"Ms Drummond, who works as a dental nurse": her job is "dental nurse"', async () => {
    const answer = await reply('verge-orchid', "what is Ms Drummond's job?");
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('dental nurse');
    expect((await reply('verge-orchid', 'what does Ms Drummond do for a living')).answer?.text).toBe(
      'dental nurse',
    );
  });

  it('"Harold Venning, 58, a botanist from Kendal": what Prof Venning does', async () => {
    expect((await reply('verge-orchid', 'what does Prof Venning do?')).answer?.text).toBe('botanist');
  });

  it('"Mr Penberthy is a carpenter by trade": his job, answered', async () => {
    const answer = await reply('harbour-ferry', "what is Mr Penberthy's job");
    expect(answer.answered).toBe(true);
    expect(answer.answer?.text).toBe('carpenter');
    expect((await reply('harbour-ferry', 'what does Dr Oyelaran do?')).answer?.text).toMatch(/doctor$/);
  });

  it('"Mr Hollowell, a retired blacksmith": found among the many sentences naming him', async () => {
    const answer = await reply('village-hall', 'what did Mr Hollowell do for a living?');
    expect(answer.answer?.text).toBe('retired blacksmith');
    expect(answer.passages[0]?.text).toMatch(/^Mr Hollowell, a retired blacksmith/);
    // "What did he say" asks no one's work.
    const said = await reply('village-hall', 'what did Mr Hollowell say about the gates?');
    expect(said.answer?.text).not.toBe('retired blacksmith');
  });
});
