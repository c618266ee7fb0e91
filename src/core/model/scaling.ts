/**
 * The scaling law: capability grows with the logarithm of cumulative training compute. Each doubling of
 * everything trained so far adds the same number of points, so every step costs more compute than the last.
 */
import { LOG2_SCALE, log2Fixed } from '../intmath';
import type { Level } from '../level/schema';

export function capabilityFor(level: Level, cumulativeTrainingCu: number): number {
  const { referenceCu, pointsPerDoubling } = level.market.scaling;
  // log2((reference + cumulative) / reference), in 1/1024ths.
  const doublings = log2Fixed(referenceCu + cumulativeTrainingCu) - log2Fixed(referenceCu);
  return Math.floor((pointsPerDoubling * doublings) / LOG2_SCALE);
}

/** Cumulative training compute needed to reach `points` — what the next step costs, for previews. */
export function computeForCapability(level: Level, points: number): number {
  const { referenceCu, pointsPerDoubling } = level.market.scaling;
  let low = 0;
  let high = referenceCu;
  while (capabilityFor(level, high) < points) {
    high *= 2;
    if (high > Number.MAX_SAFE_INTEGER / 4) return Number.MAX_SAFE_INTEGER;
  }
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (capabilityFor(level, mid) >= points) high = mid;
    else low = mid + 1;
  }
  return pointsPerDoubling > 0 ? low : Number.MAX_SAFE_INTEGER;
}
