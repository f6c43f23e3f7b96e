/** Recent answers, so the "More passages" button can page them. Bounded and expiring. */
import type { Answer } from '../qa/types.js';

const MAX_ENTRIES = 1000;
const TTL_MS = 15 * 60 * 1000;

export class AnswerStore {
  private readonly entries = new Map<string, { answer: Answer; at: number }>();
  private counter = 0;

  constructor(private readonly now: () => number = Date.now) {}

  put(answer: Answer): string {
    const key = (++this.counter).toString(36);
    this.entries.set(key, { answer, at: this.now() });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return key;
  }

  get(key: string): Answer | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || this.now() - entry.at > TTL_MS) return undefined;
    return entry.answer;
  }
}
