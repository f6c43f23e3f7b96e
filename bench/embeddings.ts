/**
 * What the word vectors cost (`src/qa/embeddings.ts`): reading the compact cache in a fresh process
 * (ms, heap and array-buffer MB), and the soft matching per question on the seed article.
 *
 *   npm run bench:vectors
 */
import { cacheDir, wordVectors } from '../src/qa/embeddings.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { Engine } from '../src/qa/engine.js';
import { expandQuestion } from '../src/qa/expansion.js';
import { parseQuestion } from '../src/qa/question.js';
import { creditedTokens, softCoverage } from '../src/qa/soft-match.js';
import { stem } from '../src/qa/text.js';
import { DEFAULT_WEIGHTS } from '../src/qa/weights.js';

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => (n / 1e6).toFixed(1);
gc?.();
const before = process.memoryUsage();
const t0 = performance.now();
const vectors = wordVectors();
const loadMs = performance.now() - t0;
gc?.();
const after = process.memoryUsage();
console.log(`cache: ${cacheDir()}`);
console.log(
  `load: ${loadMs.toFixed(1)} ms, heap +${mb(after.heapUsed - before.heapUsed)} MB, array buffers +${mb(after.arrayBuffers - before.arrayBuffers)} MB (${vectors.size} words, ${vectors.dimensions} dimensions)`,
);

const { articles } = await loadKnowledge('knowledge');
const engine = new Engine(articles);
const questions = [
  'What is the new hourly rate for grown-ups?',
  'who sined the agreement?',
  'why does Russia help Iraq?',
];
const runs = 200;
let soft = 0;
for (let r = 0; r < runs; r++)
  for (const q of questions) {
    const parsed = parseQuestion(q, (w) => engine.index.has(stem(w)));
    const { groups } = expandQuestion(engine.index, parsed, DEFAULT_WEIGHTS);
    // As the engine does: the eight candidates the learned re-ranking reads (tokenized already), then
    // the best one again; the sentences pointed back to are tokenized here.
    const tokens = [0, 1, 2, 3, 4, 5, 6, 7, 0].map((d) => ({ d, tokens: engine.index.tokens(d) }));
    const t1 = performance.now();
    for (const { d, tokens: own } of tokens)
      softCoverage(vectors, groups, creditedTokens(engine.index, d, own));
    soft += performance.now() - t1;
  }
const per = runs * questions.length;
console.log(
  `per question (seed article): soft coverage of 8 candidates and the best passage ${(soft / per).toFixed(3)} ms`,
);
