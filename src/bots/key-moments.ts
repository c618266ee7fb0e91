/**
 * Key moments: for each decision a person made, what the game would have become without it. From
 * the moment just before the decision and from the moment just after it, the computer plays every
 * seat for six quarters (or to the end of the level; the person's seat by a stand-in personality); the
 * difference in that company's value then is the decision's weight. It is a what-if under one assumption — that the
 * computer plays on from there — not a verdict on the decision: a human would have played on
 * differently, and the stand-in may have made the same move itself (then the weight is near zero).
 */
import {
  type Action,
  type BotPersonality,
  type GameState,
  hashState,
  ownersValueM,
  quarterLabel,
  step,
} from '../core';
import { playBotTurn, playerFor } from './driver';
import { type Player, personalityPlayer } from './players';

export interface KeyMoment {
  /** The decision's index in the action log (0-based). */
  actionIndex: number;
  quarter: number;
  label: string; // "2026 Q2"
  type: Action['type'];
  /** The company's value at the horizon when the computer plays on after the decision, and before it. */
  withM: number;
  withoutM: number;
  deltaM: number;
}

/** Actions that are not choices worth weighing: passing the turn is housekeeping. */
const NOT_DECISIONS: ReadonlySet<string> = new Set(['turn/end']);

/** What the company is worth to its owners at the horizon (the score players are ranked by). */
export function finalValueM(state: GameState, seat: string): number {
  const company = state.companies[seat];
  return company ? ownersValueM(company) : 0;
}

/**
 * The computer plays every seat from `state` until `quarters` more quarters have resolved, or the
 * level ends. One bot turn at a time, so the horizon is respected to the quarter.
 */
export function playOut(
  state: GameState,
  players: Readonly<Record<string, Player>>,
  quarters = Number.POSITIVE_INFINITY,
): GameState {
  const stopAt = state.quarter + quarters;
  let current = state;
  for (let guard = 0; current.phase === 'acting' && current.quarter < stopAt && guard < 10_000; guard++) {
    const seat = current.seats[current.activeSeat]?.companyId;
    if (!seat || !(players[seat] ?? playerFor(current, seat))) break;
    const next = playBotTurn(current, seat, { players }).state;
    if (next === current) break;
    current = next;
  }
  return current;
}

/** How far the what-ifs look ahead: six quarters, long enough for a data center or a deal to pay off. */
export const KEY_MOMENT_HORIZON_QUARTERS = 6;

export interface KeyMomentOptions {
  standIn?: BotPersonality;
  /** Quarters played out after each decision (the level's end if sooner). */
  horizonQuarters?: number;
  /** Called after each decision is weighed: (done, total). */
  onProgress?: (done: number, total: number) => void;
  /** Only the decisions whose number (0-based, in order) is in [from, to): to share the work between workers. */
  from?: number;
  to?: number;
}

/** The person's decisions in a game: each action of the seat but passing the turn, with the states around it. */
export function decisionsOf(initial: GameState, actions: readonly Action[], seat: string) {
  const decisions: { index: number; before: GameState; after: GameState }[] = [];
  let state = initial;
  actions.forEach((action, index) => {
    const result = step(state, action);
    if (!result.ok) return;
    if (action.seat === seat && !NOT_DECISIONS.has(action.type))
      decisions.push({ index, before: state, after: result.state });
    state = result.state;
  });
  return decisions;
}

export function keyMoments(
  initial: GameState,
  actions: readonly Action[],
  seat: string,
  options: KeyMomentOptions = {},
): KeyMoment[] {
  const standIn = personalityPlayer(options.standIn ?? 'builder');
  const horizon = options.horizonQuarters ?? KEY_MOMENT_HORIZON_QUARTERS;
  // Every person's seat is played by the stand-in in the what-ifs (there is nobody to ask).
  const players: Record<string, Player> = {};
  for (const s of initial.seats) if (s.controller.kind === 'human') players[s.companyId] = standIn;

  // Consecutive decisions share states (the state after one is the state before the next), so each
  // distinct state is played out once.
  const outcomes = new Map<string, number>();
  const valueFrom = (state: GameState) => {
    const key = hashState(state);
    const known = outcomes.get(key);
    if (known !== undefined) return known;
    const value = finalValueM(playOut(state, players, horizon), seat);
    outcomes.set(key, value);
    return value;
  };

  const all = decisionsOf(initial, actions, seat);
  const decisions = all.slice(options.from ?? 0, options.to ?? all.length);
  return decisions.map(({ index, before, after }, done) => {
    const withM = valueFrom(after);
    const withoutM = valueFrom(before);
    options.onProgress?.(done + 1, decisions.length);
    return {
      actionIndex: index,
      quarter: before.quarter,
      label: quarterLabel(before.config, before.quarter),
      type: (actions[index] as Action).type,
      withM,
      withoutM,
      deltaM: withM - withoutM,
    };
  });
}
