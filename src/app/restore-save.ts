/**
 * Opening a save (a file, a slot, a link): untrusted text becomes a game only if the rules replay it
 * to every checkpoint. Anything wrong is one sentence, and nothing of the current game changes.
 */
import { type GameState, parseSave, type QuarterReport, readSaveText, replaySave, type Save } from '../core';
import { appendFigures, type FigureHistory } from './figures';
import { type LevelEntry, loadLevel } from './level-catalog';
import type { Checkpoint } from './store';

export interface RestoredGame {
  save: Save;
  entry: LevelEntry;
  initial: GameState;
  final: GameState;
  reports: QuarterReport[];
  figures: FigureHistory;
  checkpoints: Checkpoint[];
}

export type RestoreResult = { ok: true; game: RestoredGame } | { ok: false; message: string };

/** Text as read from a file or storage: the rules' reader (size and nesting limits, a byte-order mark skipped). */
export function parseSaveText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  return readSaveText(text);
}

export async function restoreSave(input: unknown): Promise<RestoreResult> {
  const parsed = parseSave(input);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const save = parsed.save;
  let entry: LevelEntry;
  try {
    entry = await loadLevel(save.level.id);
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? error.message : 'The save’s level could not be loaded.',
    };
  }
  let figures: FigureHistory = {};
  const replay = replaySave(save, entry.level, ({ state, report }) => {
    if (report) figures = appendFigures(figures, state, report.quarter);
  });
  if (!replay.ok) return { ok: false, message: replay.message };
  figures = prependStart(figures, replay.initial);
  return {
    ok: true,
    game: {
      save,
      entry,
      initial: replay.initial,
      final: replay.final,
      reports: replay.reports,
      figures,
      checkpoints: save.checkpoints.map((c) => ({ ...c })),
    },
  };
}

function prependStart(figures: FigureHistory, initial: GameState): FigureHistory {
  const start = appendFigures({}, initial, -1);
  const out: FigureHistory = {};
  for (const id of Object.keys(start)) out[id] = [...(start[id] ?? []), ...(figures[id] ?? [])];
  return out;
}
