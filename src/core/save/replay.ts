/**
 * Recording and replaying games. Recording keeps the action log and a checkpoint hash each time a quarter
 * resolves; replaying folds `step` over the log from `newGame` and checks every checkpoint, stopping at
 * the first action that is refused or the first quarter whose hash differs — never half-loading.
 */
import type { Level } from '../level/schema';
import type { QuarterReport } from '../report';
import { newGame } from '../setup';
import type { GameState, Seat } from '../state';
import { hashState } from '../state-hash';
import { step } from '../step';
import { parseSave, SAVE_FORMAT, SAVE_VERSION, type Save } from './format';

/** Builds a save while a game is played: call `record` with every accepted action and its result. */
export class SaveRecorder {
  private readonly actions: unknown[] = [];
  private readonly checkpoints: Save['checkpoints'] = [];
  constructor(
    private readonly levelId: string,
    private readonly levelHash: string,
    private readonly seats: Seat[],
    private readonly seed: number,
  ) {}

  static forGame(state: GameState): SaveRecorder {
    return new SaveRecorder(state.config.id, state.levelHash, state.seats, state.seed);
  }

  record(action: unknown, after: GameState, report: QuarterReport | null): void {
    this.actions.push(action);
    if (report)
      this.checkpoints.push({
        quarter: report.quarter,
        afterAction: this.actions.length,
        hash: hashState(after),
      });
  }

  toSave(): Save {
    return {
      format: SAVE_FORMAT,
      version: SAVE_VERSION,
      level: { id: this.levelId, hash: this.levelHash },
      seats: this.seats,
      seed: this.seed,
      actions: [...this.actions],
      checkpoints: [...this.checkpoints],
    };
  }
}

export interface ReplayStep {
  state: GameState;
  report: QuarterReport | null;
  log: readonly string[];
}

export type ReplayResult =
  | { ok: true; initial: GameState; final: GameState; reports: QuarterReport[]; quarterHashes: string[] }
  | { ok: false; message: string; atAction: number | null };

/**
 * Replays a save (untrusted JSON) against a level. `onStep` sees every state, for a replay viewer that
 * wants to step through; the result carries every quarter's report.
 */
export function replaySave(
  input: unknown,
  level: Level,
  onStep?: (step: ReplayStep, index: number) => void,
): ReplayResult {
  const parsed = parseSave(input);
  if (!parsed.ok) return { ok: false, message: parsed.message, atAction: null };
  const save = parsed.save;
  const started = newGame({ level, seats: save.seats, seed: save.seed });
  if (!started.ok)
    return { ok: false, message: `This save cannot start a game: ${started.error.message}`, atAction: null };
  if (save.level.id !== level.id || save.level.hash !== started.state.levelHash)
    return {
      ok: false,
      message: `This save was made on level "${save.level.id}" (content ${save.level.hash}), but the level loaded is "${level.id}" (content ${started.state.levelHash}): the level has changed, so the replay would not match.`,
      atAction: null,
    };
  let state = started.state;
  const reports: QuarterReport[] = [];
  const quarterHashes: string[] = [];
  for (const [index, action] of save.actions.entries()) {
    const result = step(state, action);
    if (!result.ok)
      return {
        ok: false,
        message: `Action ${index + 1} of the save was refused: ${result.error.message}`,
        atAction: index,
      };
    state = result.state;
    onStep?.({ state, report: result.report, log: result.log }, index);
    if (!result.report) continue;
    reports.push(result.report);
    const hash = hashState(state);
    quarterHashes.push(hash);
    const checkpoint = save.checkpoints[quarterHashes.length - 1];
    if (checkpoint && (checkpoint.hash !== hash || checkpoint.afterAction !== index + 1))
      return {
        ok: false,
        message: `The replay diverged at ${result.report.label} (quarter ${checkpoint.quarter + 1}): the save expected state ${checkpoint.hash} after action ${checkpoint.afterAction}, the rules produced ${hash} after action ${index + 1}.`,
        atAction: index,
      };
  }
  if (quarterHashes.length < save.checkpoints.length)
    return {
      ok: false,
      message: `The save has ${save.checkpoints.length} quarter checkpoints but its actions resolve only ${quarterHashes.length} quarters.`,
      atAction: null,
    };
  return { ok: true, initial: started.state, final: state, reports, quarterHashes };
}
