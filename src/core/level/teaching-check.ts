/**
 * Checks on a level's teaching material that a schema cannot express: the run sheet fills the class
 * exactly, every source points at a field the level has and states the value the level holds there,
 * and tutorial steps have distinct ids.
 */

import { quote } from '../quote';
import type { LevelProblem } from './parse';
import type { Level } from './schema';
import { LESSON_MINUTES } from './teaching-schema';

export function teachingProblems(level: Level): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const minutes = level.lessonPlan.runSheet.reduce((sum, step) => sum + step.minutes, 0);
  if (minutes !== LESSON_MINUTES)
    add(
      'lessonPlan.runSheet',
      `must add up to ${LESSON_MINUTES} minutes (one class), but adds up to ${minutes}`,
    );

  level.sources.forEach((source, i) => {
    const found = valueAt(level, source.figure);
    if (!found.ok) {
      add(`sources[${i}].figure`, `names ${quote(source.figure)}, which is not a field of this level`);
      return;
    }
    if (typeof found.value === 'object' && found.value !== null) {
      add(
        `sources[${i}].figure`,
        `${quote(source.figure)} is a group of fields; name the one figure it sets`,
      );
      return;
    }
    if (found.value !== source.value)
      add(
        `sources[${i}].value`,
        `is ${JSON.stringify(source.value)} but the level holds ${JSON.stringify(found.value)} at ${source.figure}`,
      );
  });

  const seen = new Set<string>();
  (level.tutorial ?? []).forEach((step, i) => {
    if (seen.has(step.id)) add(`tutorial[${i}].id`, `${quote(step.id)} is used twice`);
    seen.add(step.id);
  });
  return problems;
}

/** Reads `companies[0].dataCenters[1].mw` out of the level; `ok: false` when any part is missing. */
export function valueAt(root: unknown, path: string): { ok: true; value: unknown } | { ok: false } {
  let current: unknown = root;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (current === null || typeof current !== 'object') return { ok: false };
    if (Array.isArray(current) ? !/^\d+$/.test(part) : /^\d+$/.test(part)) return { ok: false };
    if (!Object.hasOwn(current, part)) return { ok: false };
    current = (current as Record<string, unknown>)[part];
  }
  return current === undefined ? { ok: false } : { ok: true, value: current };
}
