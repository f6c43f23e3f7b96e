/**
 * Hot reload: watch the knowledge folder and reload after changes settle (a debounce), so that a bot
 * owner can drop, edit or delete articles without a restart. Reloads never overlap; a change during a
 * reload triggers one more reload after it.
 */
import { readdirSync, realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
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

  let watcher: { close: () => void };
  try {
    watcher = watchFolder(
      kb.dir,
      (file) => {
        if (file === null || !file.split(/[\\/]/).some((part) => part.startsWith('.'))) schedule();
      },
      (error) => options.onError?.(error),
    );
  } catch (error) {
    options.onError?.(error);
    return () => undefined;
  }
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

/**
 * Watch a folder and its sub-folders; `onChange` gets the changed path relative to `root` (or null).
 * Linux has no recursive watch: Node (20 and 22) builds one from a watch on every file, which follows the
 * file, not its name. A file replaced by renaming another over it (an editor's safe save, `mv`, rsync,
 * `sed -i`) is then watched no more: its later edits were never picked up. A folder's own watch reports
 * every change to its files by name, whichever file is there now, so on Linux each folder is watched by
 * itself, and a folder made later from the moment its parent reports it (what was written in it before
 * that, the reload the same report starts reads).
 */
export function watchFolder(
  root: string,
  onChange: (file: string | null) => void,
  onError: (error: unknown) => void,
): { close: () => void } {
  if (process.platform !== 'linux') {
    const watcher = watch(root, { recursive: true }, (_event, file) =>
      onChange(file === null ? null : String(file)),
    );
    watcher.on('error', onError);
    return { close: () => watcher.close() };
  }
  // By folder, with the folder's inode: one removed and made again under the same name is watched anew.
  const watchers = new Map<string, { watcher: FSWatcher; ino: number }>();
  let closed = false;
  const forget = (folder: string) => {
    for (const [f, w] of watchers)
      if (f === folder || f.startsWith(folder + path.sep)) {
        w.watcher.close();
        watchers.delete(f);
      }
  };
  // A folder made, moved in or removed since: watched (or let go) before anyone hears of it, so nothing
  // written in a new one is missed (what was written before, the reload this change starts reads).
  const track = (full: string) => {
    let info;
    try {
      info = statSync(full, { throwIfNoEntry: false });
    } catch {
      info = undefined;
    }
    const known = watchers.get(full);
    if (info?.isDirectory() !== true) {
      if (known !== undefined) forget(full);
    } else if (known?.ino !== info.ino) {
      forget(full);
      addTree(full);
    }
  };
  const add = (folder: string) => {
    if (closed || watchers.has(folder)) return;
    const ino = statSync(folder).ino;
    const watcher = watch(folder, (_event, name) => {
      if (name === null) {
        onChange(null);
        return;
      }
      const full = path.join(folder, String(name));
      // A folder moved in that cannot be read or watched must not take the process down: reported, and
      // the reload this change starts still runs.
      try {
        if (!String(name).startsWith('.')) track(full);
      } catch (error) {
        onError(error);
      }
      onChange(path.relative(root, full));
    });
    watcher.on('error', (error) => {
      if (folder === root) onError(error);
      else forget(folder); // gone: its parent reports the removal
    });
    watchers.set(folder, { watcher, ino });
  };
  const addTree = (top: string) => {
    for (const folder of foldersUnder(top))
      try {
        add(folder);
      } catch (error) {
        // Removed between the listing and the watch: the reload will not find it either.
        if (folder === root || (error as NodeJS.ErrnoException).code !== 'ENOENT') onError(error);
      }
  };
  add(root); // throws, as the recursive watch does, when the folder cannot be watched
  try {
    addTree(root);
  } catch (error) {
    forget(root); // nothing left watching that close() could not reach
    throw error;
  }
  return {
    close: () => {
      closed = true;
      forget(root);
    },
  };
}

/** A link to a folder; a broken or looping link (ELOOP, EACCES…) is none, as the loader skips it too. */
function linksToFolder(full: string): boolean {
  try {
    return statSync(full, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/** `top` and the folders under it that the loader reads (hidden ones skipped, linked ones followed once). */
function foldersUnder(top: string): string[] {
  const folders: string[] = [];
  const seen = new Set<string>();
  const walk = (folder: string) => {
    let entries;
    try {
      const real = realpathSync(folder);
      if (seen.has(real)) return;
      seen.add(real);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return; // removed or unreadable meanwhile: the loader says so when it reads the folder
    }
    folders.push(folder);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      const isDir = entry.isSymbolicLink() ? linksToFolder(full) : entry.isDirectory();
      if (isDir) walk(full);
    }
  };
  walk(top);
  return folders;
}
