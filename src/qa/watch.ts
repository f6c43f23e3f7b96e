/**
 * Hot reload: watch the knowledge folder and reload after changes settle (a debounce), so that a bot
 * owner can drop, edit or delete articles without a restart. Reloads never overlap; a change during a
 * reload triggers one more reload after it.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { KnowledgeBase, ReloadReport } from './knowledge-base.js';

export interface WatchOptions {
  debounceMs?: number;
  onReload?: (report: ReloadReport) => void;
  onError?: (error: unknown) => void;
}

export function watchKnowledge(kb: KnowledgeBase, options: WatchOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 500;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let stopped = false;

  const reload = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const report = await kb.reload();
      // Stopped meanwhile (the console's /quit): its chat is over and would start a new warm-up.
      if (!stopped) options.onReload?.(report);
    } catch (error) {
      if (!stopped) options.onError?.(error);
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void reload(), debounceMs);
  };

  let watcher: FSWatcher;
  try {
    watcher = watch(kb.dir, { recursive: true }, (_event, file) => {
      if (
        file === null ||
        !String(file)
          .split(/[\\/]/)
          .some((part) => part.startsWith('.'))
      )
        schedule();
    });
  } catch (error) {
    options.onError?.(error);
    return () => undefined;
  }
  watcher.on('error', (error) => options.onError?.(error));
  // Changes made while the folder was loading, before this watcher existed, are caught up once.
  kb.changedSinceLoad().then(
    (changed) => {
      if (changed && !stopped) schedule();
    },
    (error: unknown) => options.onError?.(error),
  );
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    watcher.close();
  };
}
