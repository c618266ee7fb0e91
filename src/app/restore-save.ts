/**
 * Opening a save (a file, a slot, a link): untrusted text becomes a game only if the rules replay it
 * to every checkpoint. Anything wrong is one sentence, and nothing of the current game changes.
 */
import { type GameState, parseSave, type QuarterReport, replaySave, type Save } from '../core';
import { appendFigures, type FigureHistory } from './figures';
import { type LevelEntry, loadLevel } from './level-catalog';
import { MAX_SAVE_CHARS } from './save-storage';
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

/** Text as read from a file or storage: a byte-order mark (Windows editors add one) is not an error. */
export function parseSaveText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.length > MAX_SAVE_CHARS)
    return {
      ok: false,
      message: `This file is too large to be a Hyperscale save (over ${MAX_SAVE_CHARS / 1_000_000} MB).`,
    };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, message: 'This file is not a Hyperscale save: it is not valid JSON.' };
  }
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
