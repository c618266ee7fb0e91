import type { Level } from './level/schema';

/** "2027 Q3" for a 0-based quarter index of a level. */
export function quarterLabel(level: Pick<Level, 'start'>, quarterIndex: number): string {
  const zeroBased = level.start.quarter - 1 + quarterIndex;
  const year = level.start.year + Math.floor(zeroBased / 4);
  return `${year} Q${(zeroBased % 4) + 1}`;
}
