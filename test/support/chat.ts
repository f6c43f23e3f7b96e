/** A console conversation for scenario tests: messages typed one after another, as a reader types them. */
import { reply, type Conversation } from '../../src/console/chat.js';
import { parseArticle } from '../../src/knowledge/article.js';
import { Engine } from '../../src/qa/engine.js';

/** The console's reply to each message typed in one conversation on `engine` ('' for "/quit"). */
export function chat(engine: Engine): (message: string) => string {
  const conversation: Conversation = {};
  return (message) => reply(engine, message, false, conversation) ?? '';
}

/** An engine over one small story of the test's own: its headline, then its paragraphs. */
export function story(file: string, ...paragraphs: string[]): Engine {
  return new Engine([parseArticle(file, paragraphs.join('\n\n'))]);
}
