/**
 * `/ask article:X` in a channel that was talking about another story: a question the story named does
 * not answer is searched over the folder to name the stories that may, and that search reads the
 * question as about the story named (its "he" is that story's person), not the channel's story.
 * Before, "when was he born?" of the rower's story, in a channel last about a chef, was read as about
 * the chef over the folder: the stories that say when the rower was born went unnamed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleInteraction } from '../../src/discord/interactions.js';
import { KnowledgeBase } from '../../src/qa/knowledge-base.js';
import { shownText, slashCommand, testContext } from '../support/discord-doubles.js';

const ROWER = 'Local rower Daniel Moss wins national title';
const CHEF = 'Chef Marco Bellini opens second restaurant';
const CLUB = 'Rowing club celebrates young members';
const STORIES = {
  'rowing.txt': [
    ROWER,
    'Daniel Moss won the national single sculls title on Saturday at Holme Pierrepont.',
    'Moss, 24, trains with Leander Club in Henley.',
    'He said he would now aim for the world championships.',
  ],
  'chef.txt': [
    CHEF,
    'Marco Bellini opened his second restaurant in the city on Friday.',
    'Bellini was born in 1975 in Naples and moved to Britain in 2005.',
    'He said the new restaurant would serve food from southern Italy.',
  ],
  'club.txt': [
    CLUB,
    'Leander Club celebrated its young members at a dinner on Thursday.',
    'Among them was Daniel Moss, who was born in 2001 and joined the club at sixteen.',
  ],
};

let dir: string;
let kb: KnowledgeBase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ask-article-miss-'));
  for (const [file, paragraphs] of Object.entries(STORIES))
    writeFileSync(join(dir, file), paragraphs.join('\n\n'));
  kb = await KnowledgeBase.load(dir);
});
afterAll(() => {
  kb.stopBackground();
  rmSync(dir, { recursive: true, force: true });
});

/** What the channel is shown for `/ask` with these options (the cooldown's clock moved past each ask). */
function asker() {
  const { ctx, clock } = testContext(kb);
  return async (options: { question: string; article?: string }): Promise<string> => {
    const made = slashCommand('ask', options);
    await handleInteraction(made.interaction, ctx);
    clock.now += 60_000;
    return made.double.sent.map((s) => shownText(s.body)).join('\n');
  };
}

describe('/ask article: in a channel about another story', () => {
  it('"when was he born?" of the rower\'s story names the story that says it, not the chef\'s', async () => {
    const ask = asker();
    expect(await ask({ question: 'when did marco bellini open his second restaurant?' })).toContain('Friday');
    const born = await ask({ question: 'when was he born?', article: 'rowing.txt' });
    expect(born).toContain(`I couldn't find that in “${ROWER}”`);
    expect(born).toContain(`“${CLUB}” may answer it`);
    expect(born).not.toContain('1975');
  });

  it('the same as asked first thing in the channel', async () => {
    const ask = asker();
    expect(await ask({ question: 'when was he born?', article: 'rowing.txt' })).toContain(
      `“${CLUB}” may answer it`,
    );
  });
});
