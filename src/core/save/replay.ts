/**
 * Recording and replaying games. Recording keeps the action log and a checkpoint hash each time a quarter
 * resolves; replaying folds `step` over the log from `newGame` and checks every checkpoint, stopping at
 * the first action that is refused or the first quarter whose hash differs — never half-loading. Every
 * quarter the actions resolve needs its checkpoint: without one, a changed action could not be caught.
 */
import { hashValue } from '../hash';
import type { Level } from '../level/schema';
import { quote } from '../quote';
import type { QuarterReport } from '../report';
import { newGame } from '../setup';
import type { GameState } from '../state';
import { hashState } from '../state-hash';
import { step } from '../step';
import { GAME_VERSION } from '../version';
import { parseSave, RULES_VERSION, SAVE_FORMAT, SAVE_VERSION, type Save } from './format';

/** Builds a save while a game is played: call `record` with every accepted action and its result. */
export class SaveRecorder {
  private readonly actions: unknown[] = [];
  private readonly checkpoints: Save['checkpoints'] = [];
  private constructor(private readonly initial: GameState) {}

  /** Starts recording a game at its first state (as `newGame` returned it). */
  static forGame(state: GameState): SaveRecorder {
    return new SaveRecorder(state);
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
    const { initial } = this;
    return composeSave({
      level: { id: initial.config.id, hash: initial.levelHash },
      seats: initial.seats,
      seed: initial.seed,
      start: startOf(initial),
      actions: [...this.actions],
      checkpoints: [...this.checkpoints],
    });
  }
}

/** A save of this format, rules and game version from its parts: the one place a save's header is written. */
export function composeSave(parts: Omit<Save, 'format' | 'version' | 'rules' | 'game'>): Save {
  return { format: SAVE_FORMAT, version: SAVE_VERSION, rules: RULES_VERSION, game: GAME_VERSION, ...parts };
}

/** What a save records of the first state: its hash and each seat's, to name what differs. */
export const startOf = (state: GameState): NonNullable<Save['start']> => ({
  hash: hashState(state),
  seats: state.seats.map((seat) => hashValue(seat)),
});

export interface ReplayStep {
  state: GameState;
  report: QuarterReport | null;
  log: readonly string[];
}

export type ReplayResult =
  | { ok: true; initial: GameState; final: GameState; reports: QuarterReport[]; quarterHashes: string[] }
  | { ok: false; message: string; atAction: number | null };

type Refusal = Extract<ReplayResult, { ok: false }>;
const refuse = (message: string, atAction: number | null = null): Refusal => ({
  ok: false,
  message,
  atAction,
});

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
  if (!parsed.ok) return refuse(parsed.message);
  const save = parsed.save;
  if (save.rules !== RULES_VERSION)
    return refuse(
      `This save was played under rules version ${save.rules}, and this game plays rules version ${RULES_VERSION}: its replay would not match, so it is not loaded (the file is unchanged).`,
    );
  const started = newGame({ level, seats: save.seats, seed: save.seed });
  if (!started.ok) return refuse(`This save cannot start a game: ${started.error.message}`);
  if (save.level.id !== level.id || save.level.hash !== started.state.levelHash)
    return refuse(
      `This save was made on level ${quote(save.level.id)} (content ${save.level.hash}), but the level loaded is ${quote(level.id)} (content ${started.state.levelHash}): the level has changed, so the replay would not match.`,
    );
  const setupProblem = save.start ? startDifference(save, save.start, started.state) : null;
  if (setupProblem) return refuse(setupProblem);

  let state = started.state;
  const reports: QuarterReport[] = [];
  const quarterHashes: string[] = [];
  for (const [index, action] of save.actions.entries()) {
    const result = step(state, action);
    if (!result.ok)
      return refuse(`Action ${index + 1} of the save was refused: ${result.error.message}`, index);
    state = result.state;
    onStep?.({ state, report: result.report, log: result.log }, index);
    if (!result.report) continue;
    reports.push(result.report);
    const hash = hashState(state);
    quarterHashes.push(hash);
    const problem = checkpointProblem(save, quarterHashes.length - 1, result.report, hash, index + 1);
    if (problem) return refuse(problem, index);
  }
  if (quarterHashes.length < save.checkpoints.length)
    return refuse(
      `The save has ${save.checkpoints.length} quarter checkpoints but its actions resolve only ${quarterHashes.length} quarters.`,
    );
  return { ok: true, initial: started.state, final: state, reports, quarterHashes };
}

/** The n-th quarter the actions resolve must have the n-th checkpoint, for that quarter, with its hash. */
function checkpointProblem(
  save: Save,
  n: number,
  report: QuarterReport,
  hash: string,
  afterAction: number,
): string | null {
  const checkpoint = save.checkpoints[n];
  if (!checkpoint)
    return `The save has no checkpoint for ${report.label} (quarter ${report.quarter + 1}): every quarter it covers needs one, or a changed action could not be caught.`;
  if (checkpoint.quarter !== report.quarter)
    return `The save's checkpoint ${n + 1} is for quarter ${checkpoint.quarter + 1}, but quarter ${n + 1} of the replay is ${report.label} (quarter ${report.quarter + 1}).`;
  if (checkpoint.hash !== hash || checkpoint.afterAction !== afterAction)
    return `The replay diverged at ${report.label} (quarter ${checkpoint.quarter + 1}): the save expected state ${checkpoint.hash} after action ${checkpoint.afterAction}, the rules produced ${hash} after action ${afterAction}.`;
  return null;
}

/** Says which seat, or the seed, differs from what the game was recorded with. */
function startDifference(save: Save, start: NonNullable<Save['start']>, first: GameState): string | null {
  if (start.seats.length !== first.seats.length)
    return `This save lists ${first.seats.length} seats, but the game was recorded with ${start.seats.length}.`;
  for (const [i, seat] of first.seats.entries()) {
    if (hashValue(seat) === start.seats[i]) continue;
    const who =
      seat.controller.kind === 'human'
        ? `played by ${quote(seat.controller.name)}`
        : `played by the ${seat.controller.personality} bot`;
    const name = first.companies[seat.companyId]?.name ?? seat.companyId;
    return `Seat ${i + 1} (${name}, ${who}) is not the seat this game was recorded with: its company or its player was changed after saving.`;
  }
  if (hashState(first) !== start.hash)
    return `This save's seed (${save.seed}) is not the one the game was recorded with: it was changed after saving.`;
  return null;
}
