/**
 * Driving bots through the rules: every action goes through `step`, so a move the rules refuse simply
 * has no effect. After each accepted action, open proposals addressed to bot seats are answered (bots
 * negotiate with each other, and answer a human's offer, at once). `runBotsUntilHuman` plays bot turns
 * until a human seat is to act or the game is over.
 */
import { type Action, type GameState, type QuarterReport, type StepResult, step } from '../core';
import type { Answer } from './negotiate';
import { type ControllerName, type Player, playerNamed } from './players';
import { botRng } from './rng';

export interface DriverOptions {
  /** Players for seats the state records as human (baselines in a tournament); by company id. */
  players?: Readonly<Record<string, Player>>;
  /** Called with every accepted action, in order: the hook for a save recorder or a log. */
  onStep?: (action: Action, result: Extract<StepResult, { ok: true }>) => void;
  /**
   * False: the turn stops before it ends, and `endBotTurn` ends it (the browser does that in a task
   * of its own, as the end of the last turn resolves the quarter). The same actions are taken either way.
   */
  endTurn?: boolean;
}

export interface BotMove {
  seat: string;
  action: Action;
  ok: boolean;
  /** Why the rules refused it, or the bot's reason for an answer to a proposal. */
  note?: string;
}

export interface DriveResult {
  state: GameState;
  moves: BotMove[];
  reports: QuarterReport[];
}

/** The player of a seat: an override, else the bot personality the state records; null for a human. */
export function playerFor(state: GameState, seat: string, options: DriverOptions = {}): Player | null {
  const override = options.players?.[seat];
  if (override) return override;
  const controller = state.seats.find((s) => s.companyId === seat)?.controller;
  return controller?.kind === 'bot' ? playerNamed(controller.personality) : null;
}

class Run {
  moves: BotMove[] = [];
  reports: QuarterReport[] = [];
  constructor(
    public state: GameState,
    private readonly options: DriverOptions,
  ) {}

  apply(action: Action, note?: string): boolean {
    const result = step(this.state, action);
    if (!result.ok) {
      this.moves.push({ seat: action.seat, action, ok: false, note: result.error.message });
      return false;
    }
    this.state = result.state;
    this.moves.push(
      note ? { seat: action.seat, action, ok: true, note } : { seat: action.seat, action, ok: true },
    );
    if (result.report) this.reports.push(result.report);
    this.options.onStep?.(action, result);
    return true;
  }

  /** Bot recipients answer the open proposals addressed to them, until none is left to answer. */
  answerOpen(): void {
    const answered = new Set<number>();
    for (let guard = 0; guard < 64; guard++) {
      const deal = this.nextOpenForBot(answered);
      if (!deal) return;
      answered.add(deal.id);
      const player = playerFor(this.state, deal.to, this.options) as Player;
      const answer = player.answer(this.state, deal.to, deal.id, botRng(this.state, deal.to, 1000 + deal.id));
      if (answer.action) this.apply(answer.action, answer.reason);
    }
  }

  private nextOpenForBot(skip: Set<number>) {
    const deals = this.state.deals;
    // Proposals lapse when the quarter ends, so every open one is at the end of the list.
    for (let i = deals.length - 1; i >= 0; i--) {
      const deal = deals[i];
      if (!deal || deal.proposedQuarter < this.state.quarter) break;
      if (deal.status !== 'proposed' || skip.has(deal.id)) continue;
      if (this.state.companies[deal.to]?.status === 'bankrupt') continue;
      if (playerFor(this.state, deal.to, this.options)) return deal;
    }
    return undefined;
  }

  turn(seat: string, player: Player): void {
    this.answerOpen();
    const actions = player.decideTurn(this.state, seat, botRng(this.state, seat));
    const quarter = this.state.quarter;
    for (const action of actions) {
      if (this.state.phase === 'over' || this.state.quarter !== quarter) break;
      if (this.state.seats[this.state.activeSeat]?.companyId !== seat && action.type !== 'event/choose')
        break;
      // Ending the turn is left to endBotTurn; an end the rules would refuse (an event still waiting)
      // changes nothing, and the end below answers the event first.
      if (action.type === 'turn/end' && this.options.endTurn === false) break;
      if (this.apply(action)) this.answerOpen();
    }
    if (this.options.endTurn === false) return;
    this.end(seat, quarter);
  }

  /** Whatever the player did, its turn ends: answer any event still waiting with its first option. */
  end(seat: string, quarter: number): void {
    if (this.state.phase === 'over' || this.state.seats[this.state.activeSeat]?.companyId !== seat) return;
    if (this.state.quarter !== quarter) return;
    const company = this.state.companies[seat];
    for (const pending of company?.pendingChoices ?? []) {
      const optionId = this.state.config.events.find((e) => e.id === pending.eventId)?.choice?.options[0]?.id;
      if (optionId) this.apply({ type: 'event/choose', seat, eventId: pending.eventId, optionId });
    }
    if (this.apply({ type: 'turn/end', seat })) this.answerOpen();
  }

  result(): DriveResult {
    return { state: this.state, moves: this.moves, reports: this.reports };
  }
}

/** One bot seat plays its turn (it must be that seat's turn for anything but event answers). */
export function playBotTurn(state: GameState, seat: string, options: DriverOptions = {}): DriveResult {
  const run = new Run(state, options);
  const player = playerFor(state, seat, options);
  if (player && state.phase === 'acting') run.turn(seat, player);
  return run.result();
}

/** Ends the turn a `playBotTurn(…, { endTurn: false })` left open: the same end it would have made. */
export function endBotTurn(state: GameState, seat: string, options: DriverOptions = {}): DriveResult {
  const run = new Run(state, options);
  run.end(seat, state.quarter);
  return run.result();
}

/** Bot seats answer the open proposals addressed to them (for instance a human's offer). */
export function answerOpenProposals(state: GameState, options: DriverOptions = {}): DriveResult {
  const run = new Run(state, options);
  if (state.phase === 'acting') run.answerOpen();
  return run.result();
}

/** Plays bot turns until a human seat is to act or the game is over. */
export function runBotsUntilHuman(state: GameState, options: DriverOptions = {}): DriveResult {
  const run = new Run(state, options);
  run.answerOpen();
  while (run.state.phase === 'acting') {
    const seat = run.state.seats[run.state.activeSeat]?.companyId;
    const player = seat ? playerFor(run.state, seat, options) : null;
    if (!seat || !player) break;
    const before = { quarter: run.state.quarter, active: run.state.activeSeat };
    run.turn(seat, player);
    // A turn that could not end (it should always end) must not spin forever.
    if (
      run.state.quarter === before.quarter &&
      run.state.activeSeat === before.active &&
      run.state.phase === 'acting'
    )
      break;
  }
  return run.result();
}

/** A bot's answer to a proposal addressed to its seat, with a one-line reason (what a human sees). */
export function answerProposal(state: GameState, seat: string, dealId: number): Answer {
  const controller = state.seats.find((s) => s.companyId === seat)?.controller;
  if (controller?.kind !== 'bot')
    return { action: null, reason: `${state.companies[seat]?.name ?? seat} is not played by the computer.` };
  return playerNamed(controller.personality).answer(state, seat, dealId, botRng(state, seat, 1000 + dealId));
}

export type { ControllerName };
