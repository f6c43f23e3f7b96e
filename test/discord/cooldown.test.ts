/**
 * The per-user cooldown on an injected clock: a cooldown that never expired (one question, then silence
 * until a restart) passed every test that only ever used a fresh user.
 */
import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.js';

/** A cooldown of `seconds` on a clock the test moves by hand. */
function withClock(seconds: number) {
  let now = 1_000_000;
  const cooldown = new Cooldown(seconds, () => now);
  return {
    cooldown,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('per-user cooldown', () => {
  it('refuses a second question inside the window, saying how long is left', () => {
    const { cooldown, advance } = withClock(10);
    expect(cooldown.check('ann')).toEqual({ ok: true });
    advance(4_000);
    expect(cooldown.check('ann')).toEqual({ ok: false, retryAfterSeconds: 6, firstRefusal: true });
  });

  it('allows the user again once the window has passed, and not a millisecond before', () => {
    const { cooldown, advance } = withClock(10);
    expect(cooldown.check('ann').ok).toBe(true);
    advance(9_999);
    expect(cooldown.check('ann')).toEqual({ ok: false, retryAfterSeconds: 0.001, firstRefusal: true });
    advance(1);
    expect(cooldown.check('ann')).toEqual({ ok: true });
    // A new window starts with the question that was allowed.
    advance(5_000);
    expect(cooldown.check('ann').ok).toBe(false);
    advance(5_000);
    expect(cooldown.check('ann').ok).toBe(true);
  });

  it('says "slow down" once per window: the first refusal is reported, the rest are silent', () => {
    const { cooldown, advance } = withClock(10);
    cooldown.check('ann');
    const refusals = [1, 2, 3].map(() => {
      advance(1_000);
      return cooldown.check('ann');
    });
    expect(refusals.map((r) => (r.ok ? 'ok' : r.firstRefusal))).toEqual([true, false, false]);
    // The next window warns again.
    advance(10_000);
    expect(cooldown.check('ann').ok).toBe(true);
    advance(1_000);
    expect(cooldown.check('ann')).toMatchObject({ ok: false, firstRefusal: true });
    expect(cooldown.check('ann')).toMatchObject({ ok: false, firstRefusal: false });
  });

  it('is kept per user: one user waiting does not hold up another', () => {
    const { cooldown, advance } = withClock(10);
    expect(cooldown.check('ann').ok).toBe(true);
    advance(1_000);
    expect(cooldown.check('bob').ok).toBe(true);
    expect(cooldown.check('ann')).toMatchObject({ ok: false, retryAfterSeconds: 9 });
    expect(cooldown.check('bob')).toMatchObject({ ok: false, retryAfterSeconds: 10 });
    advance(9_000);
    expect(cooldown.check('ann').ok).toBe(true);
    expect(cooldown.check('bob').ok).toBe(false);
  });

  it('a window of 0 seconds (or less) turns the cooldown off', () => {
    for (const seconds of [0, -5]) {
      const { cooldown } = withClock(seconds);
      for (let i = 0; i < 3; i++) expect(cooldown.check('ann')).toEqual({ ok: true });
    }
  });

  it('forgets expired users when many have asked, but never a user still waiting', () => {
    const { cooldown, advance } = withClock(10);
    for (let i = 0; i < 10_000; i++) cooldown.check(`old-${i}`);
    advance(10_000);
    expect(cooldown.check('waiting').ok).toBe(true);
    // The 10,002nd user sets off pruning: the expired ones go, "waiting" stays refused.
    expect(cooldown.check('new').ok).toBe(true);
    expect(cooldown.check('waiting').ok).toBe(false);
    expect(cooldown.check('old-1').ok).toBe(true);
  });
});
