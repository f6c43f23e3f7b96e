/**
 * SQuAD v1.1's official answer scoring (evaluate-v1.1.py), ported: lower case, ASCII punctuation and the
 * articles a/an/the removed, whitespace folded; exact match and token F1, each the best over the gold
 * answers. A missing answer scores 0.
 */
const PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

export function normalizeAnswer(s: string): string {
  const noPunctuation = [...s.toLowerCase()].filter((ch) => !PUNCTUATION.has(ch)).join('');
  return noPunctuation
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .join(' ');
}

function tokenF1(prediction: string, gold: string): number {
  const p = normalizeAnswer(prediction)
    .split(' ')
    .filter((w) => w !== '');
  const g = normalizeAnswer(gold)
    .split(' ')
    .filter((w) => w !== '');
  const counts = new Map<string, number>();
  for (const w of g) counts.set(w, (counts.get(w) ?? 0) + 1);
  let same = 0;
  for (const w of p) {
    const left = counts.get(w) ?? 0;
    if (left > 0) {
      same++;
      counts.set(w, left - 1);
    }
  }
  if (same === 0) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

export function exactMatch(prediction: string | null, golds: readonly string[]): number {
  if (prediction === null) return 0;
  const p = normalizeAnswer(prediction);
  return golds.some((g) => normalizeAnswer(g) === p) ? 1 : 0;
}

export function f1(prediction: string | null, golds: readonly string[]): number {
  if (prediction === null) return 0;
  return Math.max(0, ...golds.map((g) => tokenF1(prediction, g)));
}
