/**
 * A folder of three stories on Discord, end to end (the real bot process against the fake Discord): a
 * question asked with `/ask article:` the library story, or in a channel `/article` shows is talking
 * about it, is judged as the library story alone (`Engine.alone`). The ferry and stadium stories
 * beside it hold "ticket" and "work": judged with the folder's words, "how much does a return ticket
 * cost?" was answered with the library's £2.4m.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from '../support/fake-discord.js';
import { startFolderBot, type FolderBot } from '../support/folder-bot.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.fakeTk.${'st0ry'.repeat(8)}`;
const STORIES = new URL('../fixtures/story-alone', import.meta.url).pathname;
const LIBRARY = 'Ashford library reopens after two-year renovation';

describe('a story chosen among several is judged as that story alone', () => {
  let folder: FolderBot;
  const user = snowflake();

  beforeAll(async () => {
    folder = await startFolderBot(TOKEN, STORIES);
  }, 90_000);

  afterAll(async () => {
    await folder?.close();
    expect(folder.fake.invalidBodies).toEqual([]);
  });

  const ask = (question: string) => folder.ask(question, user);
  const command = (name: string, options: Record<string, string>) => folder.command(name, options, user);

  it('/ask article: the library story, "how much does a return ticket cost?": refused, not its £2.4m; /article then shows the channel on it', async () => {
    const ticket = await command('ask', {
      question: 'how much does a return ticket cost?',
      article: 'library.txt',
    });
    const embed = ticket.embeds?.[0];
    expect(embed?.title).toBe(`I couldn't find that in “${LIBRARY}” — closest passage:`);
    expect(embed?.fields?.[0]?.value).toBe(LIBRARY);
    expect(JSON.stringify(ticket)).not.toContain('**£2.4m**');
    const known = (await command('article', {})).embeds?.[0]?.description ?? '';
    expect(known.split('\n\n').filter((p) => p.includes('talking about this one here'))).toEqual([
      expect.stringContaining(LIBRARY),
    ]);
  });

  it('then, in the channel on the library story, "when will work start?" is the stadium story\'s, named as such', async () => {
    const work = (await ask('when will work start?')).embeds?.[0];
    expect(work?.description).toMatch(
      new RegExp(
        `^\\*“${LIBRARY}” doesn't say; this is from “Riverside United unveil plans for new ground”\\.\\*\\n\\n`,
      ),
    );
    expect(work?.description).toContain('next year');
    expect(JSON.stringify(work)).not.toContain('The queue started');
    // What the library story says is still answered from it.
    expect(JSON.stringify((await ask('how much did the renovation cost?')).embeds)).toContain('**£2.4m**');
  });
});
