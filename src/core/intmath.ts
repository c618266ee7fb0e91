/**
 * Integer arithmetic with stated rounding. The state holds no floats: every division rounds here, in one
 * of a few named ways, so the same inputs give the same integers in every engine.
 */

/** a × b / c rounded half away from zero. */
export function mulDiv(a: number, b: number, c: number): number {
  if (c === 0) return 0;
  const q = (a * b) / c;
  return q >= 0 ? Math.floor(q + 0.5) : -Math.floor(-q + 0.5);
}

/** a × b / c rounded down (towards −∞). */
export function mulDivFloor(a: number, b: number, c: number): number {
  return c === 0 ? 0 : Math.floor((a * b) / c);
}

/** amount × bp / 10,000, rounded half away from zero. */
export const applyBp = (amount: number, bp: number): number => mulDiv(amount, bp, 10000);

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

export const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** Growth from `before` to `after` in bp; 0 when there was nothing before. */
export function growthBp(before: number, after: number): number {
  if (before <= 0) return after > 0 ? 10000 : 0;
  return mulDiv(after - before, 10000, before);
}

const MANTISSA_BITS = 25; // mantissa² stays below 2^52: exact in doubles
const ONE = 2 ** MANTISSA_BITS;
export const LOG2_SCALE = 1024; // log2Fixed returns log2 × 1024

/**
 * floor(log2(x) × 1024) for x ≥ 1, by integer normalisation and repeated squaring. Math.log is not
 * required to give identical bits in every engine; this is.
 */
export function log2Fixed(x: number): number {
  if (!(x >= 1)) return 0;
  let n = Math.floor(x);
  let integerPart = 0;
  while (n >= 2 * ONE) {
    n = Math.floor(n / 2);
    integerPart++;
  }
  while (n < ONE) {
    n *= 2;
    integerPart--;
  }
  // n / ONE is now in [1, 2): square it ten times, reading one binary digit of the fraction each time.
  let fraction = 0;
  for (let bit = LOG2_SCALE / 2; bit >= 1; bit /= 2) {
    n = Math.floor((n * n) / ONE);
    if (n >= 2 * ONE) {
      n = Math.floor(n / 2);
      fraction += bit;
    }
  }
  return (integerPart + MANTISSA_BITS) * LOG2_SCALE + fraction;
}
