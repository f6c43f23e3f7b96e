/**
 * Scenarios: an age asked of one person is never another person's (session 40, nc39's "how old is she"
 * answered "48-year-old accountant Martin Feltham"). An age written before a name ("53-year-old plumber
 * Derek Ashby") is that name's, as one in apposition ("Mr Pendry, 71,") is: it answers "how old is
 * Ashby?", and not "how old is she?" of the sentence whose subject "she" knocked him out, nor "how old
 * is Hannah?". And "who is older, Mr or Mrs Pendry?" is read as a comparison, the titles kept apart by
 * the sex they say. On stories written for these tests (test/fixtures/age-owners, one a folder).
 */
import { describe, expect, it } from 'vitest';
import { reply, type Conversation } from '../../src/console/chat.js';
import { shownShortAnswer } from '../../src/format/text.js';
import { storyFolders } from '../support/story-folders.js';

const storyOf = storyFolders(new URL('../fixtures/age-owners/', import.meta.url));

const ask = async (story: string, question: string) => (await storyOf(story)).ask(question);

describe("an age written before a name is that name's", () => {
  it('"how old is she?" of "she knocked out 53-year-old plumber Derek Ashby": not his 53', async () => {
    const answer = await ask('darts-final', 'how old is she');
    expect(answer.answer?.text ?? '').not.toMatch(/53|Ashby/);
    // Asked of him, the age is his.
    expect((await ask('darts-final', 'how old is Derek Ashby?')).answer?.text).toBe('53-year-old');
  });

  it('"how old is hannah?": the story gives her no age, and Ashby\'s is not hers', async () => {
    const answer = await ask('darts-final', 'how old is hannah');
    expect(answer.answer?.text ?? '').not.toMatch(/53|Ashby/);
  });

  it('"how old is stuart pell?" of "was 19-year-old Stuart Pell": his 19, as the story writes it', async () => {
    expect((await ask('darts-final', 'how old is stuart pell?')).answer?.text).toBe('19-year-old');
  });

  it('in the console: "how old is she?" after "who threw two maximums?" → Hannah: not Ashby\'s age', async () => {
    const engine = await storyOf('darts-final');
    const conversation = {} as Conversation;
    const say = (q: string) => (reply(engine, q, false, conversation) ?? '').split('\n')[0] ?? '';
    expect(say('who threw two maximums?')).toMatch(/Hannah Wolstenholme/);
    expect(say('how old is she')).not.toMatch(/53|Ashby/);
  });
});

describe('"who is older, Mr or Mrs Pendry?": which of two, by their ages', () => {
  it.each<[string, string]>([
    ['who is older, mr or mrs pendry', 'Mr Pendry'],
    ['who is younger, mr or mrs pendry?', 'Mrs Pendry'],
  ])('"%s" → %s, both ages said', async (question, chosen) => {
    const answer = await ask('ruby-wedding', question);
    expect(answer.answered).toBe(true);
    // Mr Pendry is not Mrs Pendry, though "mrs" and "mr" share a stem.
    expect(answer.comparison?.sides.map((s) => [s.label, s.value])).toEqual([
      ['Mr Pendry', '71'],
      ['Mrs Pendry', '66'],
    ]);
    expect(answer.polarity).toBeUndefined();
    expect(shownShortAnswer(answer)).toBe(`${chosen}: Mr Pendry is 71, Mrs Pendry 66`);
  });
});

describe('a thing asked of one person, when the story ties it to them without a possessive (review40c)', () => {
  it.each<[string, string]>([
    // "Baird's accuracy … while Megan Pugh shot at 88.2 per cent": Pugh's is said with a verb.
    ["what is Megan Pugh's accuracy?", '88.2'],
    // "the total of her fellow shooter Elin Hughes is 415": hers is "the N of X".
    ["What is Elin Hughes's total?", '415'],
  ])('"%s" → %s, not refused for another\'s possessive nearby', async (question, value) => {
    expect((await ask('netball-league', question)).answer?.text ?? '').toMatch(value);
  });

  it("asked of someone the sentence never names, another's accuracy is still no answer", async () => {
    const answer = await ask('netball-league', "what is Rowlands's accuracy?");
    expect(answer.answer?.text ?? '').not.toMatch(/Baird|78\.5|88\.2/);
  });
});

describe('"how old is X?" of "the 31-year-old Scotland international Fiona Baird": the age is hers', () => {
  it.each(['How old is Fiona Baird?', 'how old is baird'])('"%s" → 31', async (question) => {
    expect((await ask('netball-league', question)).answer?.text ?? '').toMatch(/^31/);
  });
});
