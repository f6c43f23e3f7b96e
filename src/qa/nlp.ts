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
