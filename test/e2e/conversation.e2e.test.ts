/**
 * Several articles on Discord, end to end (the real bot process against the fake Discord): "who took the
 * photo?", "what is this about?" and a follow-up naming no other article mean the article the channel
 * was last talking about, "what did she say?" the person it was last talking about, and "how much?"
 * the channel's last question asked again; in a channel that has talked about none, the bot lists the articles and says
 * how to pick one instead of guessing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snowflake } from '../support/fake-discord.js';
import { startFolderBot, type FolderBot } from '../support/folder-bot.js';
import { EPHEMERAL } from '../support/requests.js';

const TOKEN = `MTIzNDU2Nzg5MDEyMzQ1Njc4.fakeTk.${'c0nv0'.repeat(8)}`;
const ARTICLES = new URL('../fixtures/articles', import.meta.url).pathname;
const TITLES = [
  'Volcano erupts on remote island',
  'Scientists Discover New Species of Deep-Sea Fish',
  'Council approves new harbour bridge',
];

describe('several articles: the conversation of each channel', () => {
  let folder: FolderBot;
  const user = snowflake();

  beforeAll(async () => {
    folder = await startFolderBot(TOKEN, ARTICLES, 2);
  }, 90_000);

  afterAll(async () => {
    await folder?.close();
    expect(folder.fake.invalidBodies).toEqual([]);
  });

  const ask = (question: string, guild: number) => folder.ask(question, user, guild);
  const command = (name: string, options: Record<string, string>, guild: number) =>
    folder.command(name, options, user, guild);

  it('a channel that has talked about no article gets the list and how to pick, for a page question and the gist', async () => {
    for (const question of ['what is the headline?', 'what is this about?']) {
      const reply = await ask(question, 1);
      const embed = reply.embeds?.[0];
      expect(embed?.title, question).toBe('Which article?');
      for (const title of TITLES) expect(embed?.description, question).toContain(`- ${title}`);
      expect(embed?.description).toContain('ask me something about one of them first');
    }
    const summary = await command('summary', {}, 1);
    expect(summary.flags).toBe(EPHEMERAL);
    expect(summary.embeds?.[0]?.description).toContain('Pick one with `/summary article:`');
  });

  it("after an answer, the page question and the gist are about that answer's article", async () => {
    expect(JSON.stringify((await ask('how deep do the fish live?', 0)).embeds)).toContain('8,000 metres');
    const photo = (await ask('who took the photo?', 0)).embeds?.[0];
    expect(photo?.description).toContain('Jane Doe / Ocean Institute');
    expect(photo?.fields?.[0]?.value).toContain('photo credit');
    const gist = (await ask('what is this about?', 0)).embeds?.[0];
    expect(gist?.title).toBe(TITLES[1]);
    expect(gist?.description).toContain('One of 3 articles: pick another with `/summary article:`');
    // A follow-up naming no other article stays with the fish story: the bridge story's "would begin
    // in March" is not offered for "when will it start?".
    const start = (await ask('when will it start?', 0)).embeds?.[0];
    expect(start?.title).toMatch(
      /^I couldn't find that in “Scientists Discover New Species of Deep-Sea Fish”/,
    );
    expect(JSON.stringify(start)).not.toContain('would begin');
    const summary = await command('summary', {}, 0);
    expect(summary.flags).toBeUndefined();
    expect(summary.embeds?.[0]?.title).toBe(TITLES[1]);
    // /article marks the one this channel is talking about.
    const known = (await command('article', {}, 0)).embeds?.[0]?.description ?? '';
    expect(known.split('\n\n').filter((p) => p.includes('talking about this one here'))).toEqual([
      expect.stringContaining(TITLES[1] ?? '?'),
    ]);
    expect((await command('article', {}, 1)).embeds?.[0]?.description).not.toContain('talking about');
    // The other channel is still talking about nothing.
    expect((await ask('what is the headline?', 1)).embeds?.[0]?.title).toBe('Which article?');
    // There, "who took the photo?" is the fish story's: the only one of the three with a photo.
    const only = (await ask('who took the photo?', 1)).embeds?.[0];
    expect(only?.description).toContain('Jane Doe / Ocean Institute');
    expect(only?.fields?.[0]?.value).toContain('photo credit');
  });

  it('/help and "@bot help" say what “this” means here and how to pick the article', async () => {
    const help = await command('help', {}, 0);
    expect(help.flags).toBe(EPHEMERAL);
    for (const reply of [help, await ask('help', 1)]) {
      const description = reply.embeds?.[0]?.description ?? '';
      expect(description).toContain('means the one this channel is talking about');
      expect(description).toContain('`/article` shows which one; ask about another with `/ask article:`');
    }
  });

  it("an article named with /ask article: becomes the channel's", async () => {
    const answer = await command('ask', { question: 'when was it published?', article: 'plain.txt' }, 1);
    expect(answer.embeds?.[0]?.description).toBe(
      '“Council approves new harbour bridge”: the page gives no publication date.',
    );
    expect((await ask('what is this about?', 1)).embeds?.[0]?.title).toBe(TITLES[2]);
  });

  it("a follow-up the channel's article does not answer: answered from the article that does, named; one pointing back names it", async () => {
    expect(JSON.stringify((await ask('how deep do the fish live?', 0)).embeds)).toContain('8,000 metres');
    const start = (await ask('when will it start?', 0)).embeds?.[0];
    expect(start?.title).toMatch(
      /^I couldn't find that in “Scientists Discover New Species of Deep-Sea Fish”/,
    );
    expect(start?.description).toMatch(/^\*“Council approves new harbour bridge” may answer it/);
    const mayor = (await ask('who is the mayor?', 0)).embeds?.[0];
    expect(mayor?.description).toMatch(
      /^\*“Scientists Discover New Species of Deep-Sea Fish” doesn't say; this is from “Council approves new harbour bridge”\.\*\n\n/,
    );
    expect(mayor?.fields?.[0]?.value).toContain(TITLES[2]);
    // The channel is still on the fish story: an answer from another is an aside.
    expect((await ask('who took the photo?', 0)).embeds?.[0]?.description).toContain('Jane Doe');
  });

  it('"who is lindqvist?" then "what did she say?" in a channel: what the mayor said', async () => {
    expect(JSON.stringify((await ask('who is lindqvist?', 1)).embeds)).toContain('Anna Lindqvist');
    const said = (await ask('what did she say?', 1)).embeds?.[0];
    expect(JSON.stringify(said)).toContain('Lindqvist** said construction would begin in March');
  });

  it('"when will construction begin?" then "how much?" in a channel asks its cost; another channel\'s "how much?" is its own', async () => {
    expect(JSON.stringify((await ask('when will construction begin?', 0)).embeds)).toContain('**March**');
    const cost = (await ask('how much?', 0)).embeds?.[0];
    expect(JSON.stringify(cost)).toContain('**40 million euros**');
    expect(JSON.stringify(cost)).toContain('“how much?” as a follow-up to “when will construction begin?”');
    // Channel 1 last asked "what did she say?": its "how much?" follows that, not channel 0's question.
    const other = JSON.stringify((await ask('how much?', 1)).embeds);
    expect(other).not.toContain('construction begin');
    expect(other).toContain('“how much?” as a follow-up to “what did she say?”');
  });

  it('"tell me more" after a question the article does not answer reads on from the answer before it', async () => {
    expect(JSON.stringify((await ask('how deep do the fish live?', 0)).embeds)).toContain('8,000 metres');
    expect((await ask('what colour is the fish?', 0)).embeds?.[0]?.title).toMatch(/^I couldn't find that/);
    const more = await ask('tell me more', 0);
    expect(more.content ?? '').not.toContain('More of what?');
    expect(more.embeds?.[0]?.description).toMatch(/^The fish, named Pseudoliparis nova, was filmed/);
  });

  it('"when will construction begin?" then `/ask question:where? article:` another article: no follow-up there', async () => {
    expect(JSON.stringify((await ask('when will construction begin?', 0)).embeds)).toContain('**March**');
    const elsewhere = await command('ask', { question: 'where?', article: 'markdown.md' }, 0);
    expect(JSON.stringify(elsewhere)).not.toContain('construction');
  });
});
