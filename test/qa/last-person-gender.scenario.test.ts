/**
 * Scenarios: "she" and "he" in the console chat after questions about a woman and a man of one story.
 * "she" is not the man the conversation was about, and "the mayor" is the person her title names.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/article.js';
import { reply, type Conversation } from '../../src/console/chat.js';
import { Engine } from '../../src/qa/engine.js';

const BRIDGE = parseArticle(
  'bridge.txt',
  [
    'Council approves new harbour bridge',
    'The town council voted 7 to 2 on Monday to approve a new pedestrian bridge across the old harbour.',
    'Mayor Helen Brandt said the vote was "a turning point for the whole town".',
    'The Harbour Traders Association, led by fishmonger Tomas Reilly, warned that building work could drive visitors away.',
  ].join('\n\n'),
);
const engine = new Engine([BRIDGE]);

function chat(): (message: string) => string {
  const conversation: Conversation = {};
  return (message) => reply(engine, message, false, conversation) ?? '';
}

describe('"she" and "he" in a conversation about two people', () => {
  it('"what did the mayor say" then "what did she say": the mayor, named by her title', () => {
    const say = chat();
    say('who is tomas reilly');
    expect(say('what did the mayor say')).toContain('turning point');
    const said = say('what did she say');
    expect(said).toContain('turning point');
    expect(said).not.toMatch(/^The Harbour Traders/);
  });

  it('"who is tomas reilly" then "what did she say?" is not read as about him', () => {
    const say = chat();
    say('who is tomas reilly');
    expect(say('what did she say?')).not.toMatch(/^The Harbour Traders Association/);
    // "he" still is.
    const say2 = chat();
    say2('who is tomas reilly');
    expect(say2('what did he say?')).toMatch(/^The Harbour Traders Association/);
  });
});
