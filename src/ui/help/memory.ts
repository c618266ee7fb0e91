/**
 * What the help views remember between draws that is nobody else's business and never part of a save:
 * which quarter reports each person at the device has already seen, which report the dialog is showing,
 * and where the tutorial stood. Keyed by the game's setup object (a new one per game), so a new game
 * starts with a clean slate and an old one is garbage-collected.
 *
 * (A store slice would make this visible to the replay and the tests; see the report's store notes.)
 */

export interface TutorialMemory {
  /** The step being shown, and where in the action log it began: only later actions can complete it. */
  step: number | null;
  since: number;
  /** The furthest step reached, for "Resume tutorial" after leaving. */
  reached: number;
}

interface GameMemory {
  /** Reports seen, per viewer: the count of reports there were when that person last closed the dialog. */
  seenReports: Map<string, number>;
  /** Index into the reports of the one the dialog shows; null for the latest. */
  reportCursor: number | null;
  /** Other companies whose section of the report the person unfolded (their own is always open). */
  reportUnfolded: Set<string>;
  tutorial: TutorialMemory;
}

const memories = new WeakMap<object, GameMemory>();

export function memoryFor(game: object | null): GameMemory {
  const key = game ?? FALLBACK;
  let memory = memories.get(key);
  if (!memory) {
    memory = {
      seenReports: new Map(),
      reportCursor: null,
      reportUnfolded: new Set(),
      tutorial: { step: null, since: 0, reached: 0 },
    };
    memories.set(key, memory);
  }
  return memory;
}

const FALLBACK = {};
