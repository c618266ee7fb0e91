/**
 * sfc32: a small, fast generator with 128 bits of state, built only from 32-bit integer operations so it
 * gives the same numbers in every JavaScript engine. Its state lives in the game state, so moves stay pure.
 */
export type RngState = [number, number, number, number];

export function seedRng(seed: number): RngState {
  // Spread the seed over four words with splitmix32, then warm up so nearby seeds diverge at once.
  let x = seed >>> 0;
  const next = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state: RngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i++) nextUint32(state);
  return state;
}

/** Advances `state` in place (it is an immer draft or a private copy) and returns a uint32. */
export function nextUint32(state: RngState): number {
  const [a, b, c, d] = state;
  const t = (((a + b) >>> 0) + d) >>> 0;
  state[0] = (b ^ (b >>> 9)) >>> 0;
  state[1] = (c + (c << 3)) >>> 0;
  state[2] = ((c << 21) | (c >>> 11)) >>> 0;
  state[2] = (state[2] + t) >>> 0;
  state[3] = (d + 1) >>> 0;
  return t;
}

/** A whole number in [min, max], without modulo bias. */
export function nextInt(state: RngState, min: number, max: number): number {
  const span = max - min + 1;
  if (span <= 1) return min;
  const limit = 0x100000000 - (0x100000000 % span);
  let value = nextUint32(state);
  while (value >= limit) value = nextUint32(state);
  return min + (value % span);
}

/** True with probability `bp` / 10,000. */
export function chance(state: RngState, bp: number): boolean {
  return nextInt(state, 0, 9999) < bp;
}
