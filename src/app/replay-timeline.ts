/**
 * A replay's timeline: the whole game folded once through the rules, keeping the state at the start of
 * every quarter (frozen states share structure, so this is cheap) and each action's log and report.
 * A jump to any moment is a lookup plus at most one quarter of `step`s.
 */
import { type Action, type GameState, type QuarterReport, replaySave, type Save, step } from '../core';
import { appendFigures, type FigureHistory } from './figures';
import type { LevelEntry } from './level-catalog';

export interface TimelineStep {
  action: Action;
  log: readonly string[];
  report: QuarterReport | null;
  /** The quarter (0-based) the action was taken in. */
  quarter: number;
}

export interface ReplayTimeline {
  save: Save;
  entry: LevelEntry;
  steps: TimelineStep[];
  /** quarterStarts[q]: how many actions had been applied when quarter q began, and the state then. */
  quarterStarts: { atAction: number; state: GameState }[];
  final: GameState;
  figures: FigureHistory;
}

export type TimelineResult = { ok: true; timeline: ReplayTimeline } | { ok: false; message: string };

export function buildTimeline(save: Save, entry: LevelEntry): TimelineResult {
  const steps: TimelineStep[] = [];
  const quarterStarts: ReplayTimeline['quarterStarts'] = [];
  let figures: FigureHistory = {};
  let previousState: GameState | null = null;
  const replay = replaySave(save, entry.level, ({ state, report, log }, index) => {
    const quarter = previousState ? previousState.quarter : 0;
    steps.push({ action: save.actions[index] as Action, log, report, quarter });
    if (report) {
      figures = appendFigures(figures, state, report.quarter);
      if (state.phase === 'acting') quarterStarts.push({ atAction: index + 1, state });
    }
    previousState = state;
  });
  if (!replay.ok) return { ok: false, message: replay.message };
  // Quarter 0 starts before the first action; the callback never sees that state, the result does.
  quarterStarts.unshift({ atAction: 0, state: replay.initial });
  const start = appendFigures({}, replay.initial, -1);
  const withStart: FigureHistory = {};
  for (const id of Object.keys(start)) withStart[id] = [...(start[id] ?? []), ...(figures[id] ?? [])];
  return {
    ok: true,
    timeline: { save, entry, steps, quarterStarts, final: replay.final, figures: withStart },
  };
}

/** The quarter whose start is at or before `cursor` actions. */
export function quarterAt(timeline: ReplayTimeline, cursor: number): number {
  let q = 0;
  for (let i = 0; i < timeline.quarterStarts.length; i++) {
    if ((timeline.quarterStarts[i]?.atAction ?? Number.POSITIVE_INFINITY) <= cursor) q = i;
    else break;
  }
  return q;
}

/** The state after `cursor` actions: the quarter's start, then that quarter's actions up to the cursor. */
export function stateAt(timeline: ReplayTimeline, cursor: number): GameState {
  const total = timeline.steps.length;
  const at = Math.max(0, Math.min(total, cursor));
  if (at === total) return timeline.final;
  const start = timeline.quarterStarts[quarterAt(timeline, at)] ?? timeline.quarterStarts[0];
  let state = (start as { state: GameState }).state;
  for (let i = (start as { atAction: number }).atAction; i < at; i++) {
    const result = step(state, timeline.steps[i]?.action);
    // The timeline was built from these very steps, so a refusal here is a bug worth seeing.
    if (!result.ok) throw new Error(`replay step ${i + 1} was refused on seek: ${result.error.message}`);
    state = result.state;
  }
  return state;
}
