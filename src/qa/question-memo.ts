/**
 * Readings of one parsed question that several stages make again: the asked slot (the engine's
 * evidence, the ranking, the short answer, and each count candidate) and the asked kind (the expansion,
 * the ranking's when-test, the name asked, the short answer), three or four times a question each, the
 * same arguments every time (counted on the seed's questions). Each is a pure function of the question
 * text and the parsed question (and of the weights a caller passes, which go into the key), so the value
 * remembered is the value a fresh reading gives; callers only read it.
 *
 * Module state, but per question: the values are held by the parsed question object itself (a WeakMap
 * keyed by it), so they go when the engine drops the question, and no engine or later question ever
 * sees another question's reading. A parsed question copied with a change (`{ ...parsed, … }`) is a
 * new key, read afresh.
 */
const readings = new WeakMap<object, Map<unknown, unknown>>();

/**
 * `read()` once per `owner` and `key` while `owner` lives. `owner` is a parsed question; `key` says
 * whatever else the reading depends on (the wording, a slot read of it), and is held as long as `owner`.
 */
export function rememberedOf<V>(owner: object, key: unknown, read: () => V): V {
  let held = readings.get(owner);
  if (held === undefined) {
    held = new Map();
    readings.set(owner, held);
  }
  if (held.has(key)) return held.get(key) as V;
  const value = read();
  held.set(key, value);
  return value;
}
