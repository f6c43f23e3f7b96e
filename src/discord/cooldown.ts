/** Per-user cooldown: one question per window; the first refusal in a window is reported, the rest are silent. */
export type CooldownResult = { ok: true } | { ok: false; retryAfterSeconds: number; firstRefusal: boolean };

export class Cooldown {
  private readonly until = new Map<string, { until: number; warned: boolean }>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  check(userId: string): CooldownResult {
    if (this.seconds <= 0) return { ok: true };
    const t = this.now();
    const entry = this.until.get(userId);
    if (entry !== undefined && entry.until > t) {
      const firstRefusal = !entry.warned;
      entry.warned = true;
      return { ok: false, retryAfterSeconds: (entry.until - t) / 1000, firstRefusal };
    }
    this.until.set(userId, { until: t + this.seconds * 1000, warned: false });
    if (this.until.size > 10_000) this.prune(t);
    return { ok: true };
  }

  private prune(t: number): void {
    for (const [user, entry] of this.until) if (entry.until <= t) this.until.delete(user);
  }
}
