/**
 * The scripted player's own PRNG (mulberry32). Separate from the game's generator on purpose: a test
 * driver that drew from `state.rng` would change the game it is testing.
 */
export interface ScriptRng {
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `percent` / 100. */
  chance(percent: number): boolean;
  pick<T>(items: readonly T[]): T | undefined;
}

export function scriptRng(seed: number): ScriptRng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const int = (min: number, max: number) => (max <= min ? min : min + (next() % (max - min + 1)));
  return {
    int,
    chance: (percent) => next() % 100 < percent,
    pick: (items) => (items.length === 0 ? undefined : items[int(0, items.length - 1)]),
  };
}
