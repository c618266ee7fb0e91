/**
 * Answers worked out once per game state: the panels ask the same questions (a preview, a deal's
 * schedule) on every redraw, and a state never changes, so an answer cannot go stale; a new state
 * starts afresh and an old one is forgotten with it. At most `limit` answers are kept per state
 * (typing into a form asks a new question at each key), the oldest dropped first.
 */
import type { GameState } from '../core';

export function perState<K, V>(limit: number, compute: (state: GameState, key: K) => V) {
  const answers = new WeakMap<GameState, Map<unknown, V>>();
  /** `cacheKey` stands for `key` when two equal questions are different objects (an action's JSON). */
  return (state: GameState, key: K, cacheKey: unknown = key): V => {
    let known = answers.get(state);
    if (!known) {
      known = new Map();
      answers.set(state, known);
    }
    if (known.has(cacheKey)) return known.get(cacheKey) as V;
    const answer = compute(state, key);
    if (known.size >= limit) known.delete(known.keys().next().value);
    known.set(cacheKey, answer);
    return answer;
  };
}
