/**
 * Plays the bots' turns without freezing the page: one bot turn per task (a whole turn takes a
 * millisecond or two), yielding to the browser in between so input and painting go on. In "watch"
 * mode a pause between turns lets a player follow the moves; "skip" runs straight to the next human.
 */
import { type BotMove, playBotTurn } from '../bots';
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

/** One bot seat's turn through the rules; every accepted action is recorded, as a save needs. */
export function playOneBotTurn(state: GameState, seat: string): BotTurnOutcome {
  const actions: Action[] = [];
  const resolved: BotTurnOutcome['resolved'] = [];
  const result = playBotTurn(state, seat, {
    onStep: (action, step) => {
      actions.push(action);
      if (step.report)
        resolved.push({
          quarter: step.report.quarter,
          afterAction: actions.length,
          hash: hashState(step.state),
        });
    },
  });
  return { state: result.state, actions, reports: result.reports, moves: result.moves, resolved };
}
