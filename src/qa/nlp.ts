/**
 * compromise, loaded on first use. Its model takes about half a second to load, which would double
 * the bot's start-up; the CommonJS build loads synchronously, so callers need not become async.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

const require = createRequire(import.meta.url);
let loaded: typeof nlpType | undefined;

function compromise(): typeof nlpType {
  return (loaded ??= require('compromise') as typeof nlpType);
}

export function nlp(text: string): ReturnType<typeof nlpType> {
  return compromise()(text);
}

/** The tagger's version (loads it): entity caches are only valid for the version that wrote them. */
export function nlpVersion(): string {
  return (compromise() as unknown as { version: string }).version;
}

/** What a tagged term carries that tells which phrase selections (verbs(), nouns(), adjectives()) can find it. */
interface TermTags {
  chunk?: string;
  tags: Set<string>;
}

/**
 * Which of compromise's selections can find anything in `doc`: `verbs()` and `nouns()` select by
 * chunk (`<Verb>`, `<Noun>`), `adjectives()` by the tag. Converting an empty selection returns ""
 * at the cost of parsing a dozen match patterns, so callers look here first.
 */
export function selectable(doc: ReturnType<typeof nlpType>): { verb: boolean; noun: boolean; adj: boolean } {
  const terms = (doc as unknown as { docs: TermTags[][] }).docs.flat();
  return {
    verb: terms.some((t) => t.chunk === 'Verb'),
    noun: terms.some((t) => t.chunk === 'Noun'),
    adj: terms.some((t) => t.tags.has('Adjective')),
  };
}
