/**
 * One message to the bot → what to do with it, as data: the intent (see `intent.ts`) with what the
 * engine found for it. Every front turns this into its own text (`src/format/`, `src/discord/replies.ts`).
 */
import type { AskOptions, Engine } from './engine.js';
import { classifyMessage, type Courtesy } from './intent.js';
import { helpExamples } from './suggest.js';
import type { Answer, Summary } from './types.js';

/** "What is this about?" is answered with this many sentences of the summary (the article's lead). */
export const GIST_SENTENCES = 3;

export type Response =
  | { kind: 'empty' }
  | { kind: 'courtesy'; courtesy: Courtesy; examples: string[] }
  | { kind: 'help'; examples: string[] }
  | { kind: 'summary'; summary: Summary | undefined }
  | { kind: 'command'; name: string; args: string }
  | { kind: 'answer'; answer: Answer };

export function respond(engine: Engine, message: string, options: AskOptions = {}): Response {
  const intent = classifyMessage(message);
  switch (intent.kind) {
    case 'empty':
    case 'command':
      return intent;
    case 'courtesy':
      // A greeting gets an example of what to ask; thanks and goodbyes need none.
      return { ...intent, examples: intent.courtesy === 'greeting' ? helpExamples(engine, 1) : [] };
    case 'help':
      return { kind: 'help', examples: helpExamples(engine, 2) };
    case 'summary':
      return { kind: 'summary', summary: engine.summary(options.article, GIST_SENTENCES) };
    case 'question':
      return { kind: 'answer', answer: engine.ask(intent.question, options) };
  }
}
