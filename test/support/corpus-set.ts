/**
 * A question set over a corpus, written to a temporary folder for a test: stories kept one folder per
 * category, as the BBC News dataset is (`corpus/<category>/<NNN>.txt`, named `<category>-<NNN>.txt` by
 * the set's questions), and the set's `questions.jsonl`. `remove` deletes it all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface CorpusSet {
  corpus: string;
  set: string;
  remove: () => void;
}

/** `stories` by their path in the corpus ("sport/001.txt"); `questions` as the set's JSON lines. */
export function writeCorpusSet(
  prefix: string,
  stories: Readonly<Record<string, string>>,
  questions: readonly object[],
): CorpusSet {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  const corpus = path.join(root, 'corpus');
  const set = path.join(root, 'readers');
  mkdirSync(set);
  for (const [file, text] of Object.entries(stories)) {
    mkdirSync(path.dirname(path.join(corpus, file)), { recursive: true });
    writeFileSync(path.join(corpus, file), text);
  }
  writeFileSync(path.join(set, 'questions.jsonl'), questions.map((q) => JSON.stringify(q)).join('\n'));
  return { corpus, set, remove: () => rmSync(root, { recursive: true, force: true }) };
}
