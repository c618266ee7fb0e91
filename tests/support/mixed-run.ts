/**
 * Runs a list of property-test ops against a game: scripted moves come from the scripted player, templates
 * get the active seat filled in, junk goes in as it is. Each step is reported to `check`, which runs the
 * assertions; a throw from `step` itself is reported as such.
 */
import { type GameState, hashState, type StepResult, step } from '../../src/core';
import type { Op } from './arbitraries';
import { activeCompanyId } from './game';
import { scriptedPlayer } from './scripted-player';

export interface StepRecord {
  before: GameState;
  /** hashState(before) taken before the step ran, when asked for. */
  hashBefore: string | null;
  input: unknown;
  result: StepResult;
}

export function inputFor(op: Op, state: GameState, nextScripted: (state: GameState) => unknown): unknown {
  if (op.kind === 'script') return nextScripted(state);
  if (op.kind === 'junk') return op.value;
  return { ...op.template, seat: op.template.seat ?? activeCompanyId(state) };
}

export function runOps(
  start: GameState,
  playerSeed: number,
  ops: readonly Op[],
  check: (record: StepRecord) => void,
  options: { hashInputs?: boolean } = {},
): GameState {
  const player = scriptedPlayer(playerSeed);
  let state = start;
  for (const op of ops) {
    if (state.phase === 'over') break;
    const input = inputFor(op, state, (s) => player.nextAction(s));
    const hashBefore = options.hashInputs ? hashState(state) : null;
    let result: StepResult;
    try {
      result = step(state, input);
    } catch (error) {
      throw new Error(`step threw on ${JSON.stringify(input)}: ${String(error)}`);
    }
    check({ before: state, hashBefore, input, result });
    if (result.ok) state = result.state;
  }
  return state;
}

/** Freezes an object graph, so any attempt by `step` to write to its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
