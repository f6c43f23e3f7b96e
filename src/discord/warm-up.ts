import type { BotContext } from './context.js';

/**
 * Warm the engine up and tag entities in the background (taking back those the cache file holds), then
 * log how it went. Never throws: a failure to read or write the cache only costs time.
 */
export function warmUpInBackground(ctx: BotContext): void {
  const t0 = performance.now();
  ctx.kb
    .warmUp(ctx.config.entityCacheFile)
    .then((r) => {
      if (r.complete) ctx.logger.info({ ...r, ms: Math.round(performance.now() - t0) }, 'entities tagged');
    })
    .catch((error: unknown) => ctx.logger.warn({ err: String(error) }, 'entity tagging or its cache failed'));
}
