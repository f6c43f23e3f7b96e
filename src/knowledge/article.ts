import { cleanArticle, extractDate } from './clean.js';
import { splitSentences } from './sentences.js';
import type { Article, Role, Sentence } from './types.js';

/** Roles whose text is split into sentences; the others are kept whole as one line each. */
const SPLIT_ROLES: ReadonlySet<Role> = new Set(['body', 'caption']);

/** Make a readable title from a file name when the page has no headline: "iraq-russia.txt" → "Iraq russia". */
function titleFromFile(file: string): string {
  const base = file.split('/').pop() ?? file;
  const stem = base.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return stem.charAt(0).toUpperCase() + stem.slice(1);
}

/** Build an article from its raw text; `file` is its path relative to the knowledge folder. */
export function parseArticle(file: string, raw: string): Article {
  const blocks = cleanArticle(raw, { markdown: /\.(md|markdown)$/i.test(file) });
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of blocks) {
    const parts = SPLIT_ROLES.has(block.role) ? splitSentences(block.text) : [block.text];
    for (const text of parts) sentences.push({ index: sentences.length, text, role: block.role, paragraph });
    paragraph++;
  }
  const title = blocks.find((b) => b.role === 'title')?.text ?? titleFromFile(file);
  const dateline = blocks.find((b) => b.role === 'dateline')?.text;
  const tagLine = blocks.find((b) => b.role === 'tags')?.text;
  return {
    id: file,
    file,
    title,
    ...(dateline !== undefined ? { date: extractDate(dateline) } : {}),
    sentences,
    tags: tagLine ? tagLine.split(/\s*[,;|•·]\s*/).filter((t) => t !== '') : [],
  };
}
