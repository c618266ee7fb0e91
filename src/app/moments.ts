/**
 * Which decisions the replay marks: the ones that moved the company's value the most, either way.
 * A decision is marked when its weight is among the five largest gains or losses and at least 2%
 * of the company's value then — smaller differences are within what any what-if can tell apart.
 */
import type { KeyMoment } from '../bots';

export type { KeyMoment } from '../bots';
export { KEY_MOMENT_HORIZON_QUARTERS } from '../bots';

export const MARKED_PER_SIDE = 5;
export const MIN_SHARE_BP = 200;

export function markedMoments(moments: readonly KeyMoment[]): KeyMoment[] {
  const significant = moments.filter(
    (m) => Math.abs(m.deltaM) * 10000 >= MIN_SHARE_BP * Math.max(1, Math.max(m.withM, m.withoutM)),
  );
  const gains = significant
    .filter((m) => m.deltaM > 0)
    .sort((a, b) => b.deltaM - a.deltaM)
    .slice(0, MARKED_PER_SIDE);
  const losses = significant
    .filter((m) => m.deltaM < 0)
    .sort((a, b) => a.deltaM - b.deltaM)
    .slice(0, MARKED_PER_SIDE);
  return [...gains, ...losses].sort((a, b) => a.actionIndex - b.actionIndex);
}
