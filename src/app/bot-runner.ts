/**
 * Plays the bots' turns without freezing the page: one bot turn per task (a whole turn takes a
 * millisecond or two), yielding to the browser in between so input and painting go on. In "watch"
 * mode a pause between turns lets a player follow the moves; "skip" runs straight to the next human.
 */
import { type BotMove, type DriverOptions, endBotTurn, playBotTurn } from '../bots';
import { type Action, type GameState, hashState, type QuarterReport } from '../core';

export const WATCH_PAUSE_MS = 450;

export interface BotTurnOutcome {
  state: GameState;
  actions: Action[];
  reports: QuarterReport[];
  moves: BotMove[];
  /** Each quarter resolved in the turn: after how many of `actions`, and the state's hash then. */
  resolved: { quarter: number; afterAction: number; hash: string }[];
}

/** The seat to move if it is a bot's turn, else null. */
export function botToMove(state: GameState): string | null {
  if (state.phase !== 'acting') return null;
  const seat = state.seats[state.activeSeat];
  return seat?.controller.kind === 'bot' ? seat.companyId : null;
}

/** Records every accepted action of a bot's turn, and each quarter it resolved, as a save needs. */
function recorder(into: BotTurnOutcome): DriverOptions {
  return {
    onStep: (action, step) => {
      into.actions.push(action);
      if (step.report)
        into.resolved.push({
          quarter: step.report.quarter,
          afterAction: into.actions.length,
          hash: hashState(step.state),
        });
    },
  };
}

/**
 * A bot seat's turn in two parts, for two tasks: its moves, then the end of its turn. The end of the
 * quarter's last turn resolves the quarter (and hashes it for the save's checkpoint), which alone can
 * take tens of ms in a browser; the moves before it as long again.
 */
export function startBotTurn(state: GameState, seat: string): BotTurnOutcome {
  const outcome: BotTurnOutcome = { state, actions: [], reports: [], moves: [], resolved: [] };
  const result = playBotTurn(state, seat, { ...recorder(outcome), endTurn: false });
  return { ...outcome, state: result.state, reports: result.reports, moves: result.moves };
}

export function finishBotTurn(started: BotTurnOutcome, seat: string): BotTurnOutcome {
  const outcome: BotTurnOutcome = {
    ...started,
    actions: [...started.actions],
    resolved: [...started.resolved],
  };
  const result = endBotTurn(started.state, seat, recorder(outcome));
  return {
    ...outcome,
    state: result.state,
    reports: [...started.reports, ...result.reports],
    moves: [...started.moves, ...result.moves],
  };
}

/** One bot seat's whole turn through the rules. */
export function playOneBotTurn(state: GameState, seat: string): BotTurnOutcome {
  return finishBotTurn(startBotTurn(state, seat), seat);
}
