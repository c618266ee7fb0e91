/**
 * Test tables for deals, regulation and events: the test-arena level (or a variant edited in the test),
 * four human seats, and a thin driver that plays actions through `step` alone — never by writing state.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Action,
  type CompanyReport,
  type CompanyState,
  type Deal,
  type GameError,
  type GameState,
  type Level,
  newGame,
  type QuarterReport,
  SaveRecorder,
  type StepResult,
  step,
  type Term,
} from '../../src/core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arenaText = readFileSync(resolve(root, 'levels/test-arena.json'), 'utf8');

export const SEATS = ['frontier', 'meridian', 'nimbus', 'stratus'] as const;
export type SeatId = (typeof SEATS)[number];

type EventCard = Level['events'][number];

/** A fresh copy of test-arena's JSON, optionally edited (a level variant, checked again by `newGame`). */
export function arena(edit?: (level: Level) => void): Level {
  const level = JSON.parse(arenaText) as Level;
  edit?.(level);
  return level;
}

/** test-arena with an empty event deck, so nothing but the test's own actions moves the game. */
export const quietArena = (edit?: (level: Level) => void): Level =>
  arena((level) => {
    level.events = [];
    edit?.(level);
  });

/**
 * quietArena with Nvidia's letter naming frontier from `fromQuarter`: $2B at once, $2B per 100 MW of its
 * chips deployed for frontier, up to $6B.
 */
export const nvidiaLetterArena = (fromQuarter: number, edit?: (level: Level) => void): Level =>
  quietArena((level) => {
    const nvidia = level.partners.find((p) => p.id === 'nvidia');
    if (!nvidia) throw new Error('test-arena has no nvidia');
    nvidia.stagedInvestment = {
      investee: 'frontier',
      fromQuarter,
      firstM: 2000,
      perStageM: 2000,
      stageMw: 100,
      totalM: 6000,
    };
    edit?.(level);
  });

/** Makes a card of the deck fire for certain in one quarter (1-based), whatever its condition. */
export function forceEvent(level: Level, eventId: string, quarter: number): EventCard {
  const card = level.events.find((e) => e.id === eventId);
  if (!card) throw new Error(`test-arena has no event "${eventId}"`);
  card.window = { from: quarter, to: quarter };
  card.probabilityBp = 10000;
  delete card.condition;
  return card;
}

/** test-arena whose deck is one of its cards, made to fire for certain in `quarter` (1-based). */
export const onlyEvent = (eventId: string, quarter: number, edit?: (card: EventCard) => void): Level =>
  arena((level) => {
    const card = forceEvent(level, eventId, quarter);
    edit?.(card);
    level.events = [card];
  });

/** Adds a card of the test's own to the deck: fires for certain in `quarter` unless told otherwise. */
export function addEvent(
  level: Level,
  card: Partial<EventCard> & Pick<EventCard, 'id'>,
  quarter = 1,
): EventCard {
  const full: EventCard = {
    title: `Test event ${card.id}`,
    text: 'An event made up for a test.',
    source: 'Test fixture.',
    window: { from: quarter, to: quarter },
    probabilityBp: 10000,
    repeatable: false,
    target: 'market',
    effects: [],
    ...card,
  };
  level.events.push(full);
  return full;
}

export interface TableOptions {
  seed?: number;
  seats?: readonly string[];
  /** Answers to event choices, by event id; otherwise a pending choice gets the card's first option. */
  choices?: Record<string, string>;
}

/** A game driven through `step`, with every accepted action recorded into a save. */
export class Table {
  state: GameState;
  readonly reports: QuarterReport[] = [];
  readonly recorder: SaveRecorder;
  /** The log of the last accepted action. */
  lastLog: readonly string[] = [];
  private readonly choices: Record<string, string>;

  constructor(level: Level, options: TableOptions = {}) {
    const started = newGame({
      level,
      seats: (options.seats ?? SEATS).map((companyId) => ({
        companyId,
        controller: { kind: 'human', name: companyId },
      })),
      seed: options.seed ?? 20250101,
    });
    if (!started.ok) throw new Error(`newGame refused the level: ${started.error.message}`);
    this.state = started.state;
    this.recorder = SaveRecorder.forGame(this.state);
    this.choices = options.choices ?? {};
  }

  /** Plays an action; on success the table moves on. */
  try(action: Action): StepResult {
    const result = step(this.state, action);
    if (result.ok) {
      this.recorder.record(action, result.state, result.report);
      this.state = result.state;
      this.lastLog = result.log;
      if (result.report) this.reports.push(result.report);
    }
    return result;
  }

  /** Plays an action that must be accepted, and returns its log. */
  act(action: Action): readonly string[] {
    const result = this.try(action);
    if (!result.ok)
      throw new Error(
        `${action.type} by ${action.seat} refused: ${result.error.code}: ${result.error.message}`,
      );
    return result.log;
  }

  /** Plays an action that must be refused (the table does not move) and returns the error. */
  refused(action: Action): GameError {
    const before = this.state;
    const result = step(before, action);
    if (result.ok) throw new Error(`${action.type} by ${action.seat} was accepted; a refusal was expected`);
    return result.error;
  }

  /** The report of quarter `index` (0-based) of this game. */
  report(index: number): QuarterReport {
    const report = this.reports.find((r) => r.quarter === index);
    if (!report) throw new Error(`quarter ${index} has not resolved`);
    return report;
  }

  get active(): string {
    return this.state.seats[this.state.activeSeat]?.companyId ?? '';
  }

  company(id: string): CompanyState {
    const company = this.state.companies[id];
    if (!company) throw new Error(`no company ${id}`);
    return company;
  }

  deal(id: number): Deal {
    const deal = this.state.deals.find((d) => d.id === id);
    if (!deal) throw new Error(`no deal #${id}`);
    return deal;
  }

  /** The deal created last (a proposal, a counter, or an event's offer). */
  get lastDeal(): Deal {
    const deal = this.state.deals.at(-1);
    if (!deal) throw new Error('no deal yet');
    return deal;
  }

  /** Proposes and returns the new deal's id (the proposal must be accepted by `step`). */
  propose(from: string, to: string, terms: Term[]): number {
    this.act({ type: 'deal/propose', seat: from, to, terms });
    return this.lastDealOf(from, to).id;
  }

  /** Counters deal `dealId` and returns the counter's id. */
  counter(seat: string, dealId: number, terms: Term[]): number {
    this.act({ type: 'deal/counter', seat, dealId, terms });
    return this.lastDeal.id;
  }

  /** Answers the active seat's pending event choices, then ends its turn; returns the report if the quarter resolved. */
  endTurn(): QuarterReport | null {
    const seat = this.active;
    this.answerChoices(seat);
    const result = this.try({ type: 'turn/end', seat });
    if (!result.ok) throw new Error(`turn/end by ${seat} refused: ${result.error.message}`);
    return result.report;
  }

  /** Ends turns until the quarter resolves (from whichever seat is active now). */
  finishQuarter(): QuarterReport {
    for (let i = 0; i <= this.state.seats.length; i++) {
      const report = this.endTurn();
      if (report) return report;
    }
    throw new Error('the quarter did not resolve');
  }

  /** Ends turns until `seat` is the one to act (within this quarter). */
  passTo(seat: string): void {
    for (let i = 0; i < this.state.seats.length && this.active !== seat; i++) {
      if (this.endTurn()) throw new Error(`the quarter resolved before ${seat} acted`);
    }
    if (this.active !== seat) throw new Error(`${seat} never got the turn`);
  }

  answerChoices(seat: string): void {
    for (const pending of [...this.company(seat).pendingChoices]) {
      const card = this.state.config.events.find((e) => e.id === pending.eventId);
      const optionId = this.choices[pending.eventId] ?? card?.choice?.options[0]?.id ?? '';
      this.act({ type: 'event/choose', seat, eventId: pending.eventId, optionId });
    }
  }

  private lastDealOf(from: string, to: string): Deal {
    const deal = [...this.state.deals].reverse().find((d) => d.from === from && d.to === to);
    if (!deal) throw new Error(`no deal from ${from} to ${to}`);
    return deal;
  }
}

/** One company's part of a quarter report. */
export function companyReport(report: QuarterReport, companyId: string): CompanyReport {
  const part = report.companies.find((c) => c.companyId === companyId);
  if (!part) throw new Error(`the report has no part for ${companyId}`);
  return part;
}

/** The cash-flow item of a quarter report with this label, or undefined. */
export const cashItem = (report: QuarterReport, companyId: string, label: string) =>
  companyReport(report, companyId).cashFlow.find((item) => item.label === label);

/** Company cash plus every outside account: zero whenever money is conserved. */
export const moneyBalance = (state: GameState): number =>
  Object.values(state.companies).reduce((sum, c) => sum + c.cashM, 0) +
  Object.values(state.external).reduce((sum, v) => sum + v, 0);

/** Term builders with the arena's usual parties filled in (override any field). */
export const terms = {
  compute: (
    provider: string,
    buyer: string,
    cuPerQuarter: number,
    pricePerCu: number,
    quarters: number,
  ): Term => ({ kind: 'computeCommitment', provider, buyer, cuPerQuarter, pricePerCu, quarters }),
  chips: (
    supplier: string,
    buyer: string,
    dataCenterId: number,
    fields: {
      chipId?: string;
      kPerQuarter: number;
      priceMPerK: number;
      quarters: number;
      prepaymentM?: number;
    },
  ): Term => ({
    kind: 'chipSupply',
    supplier,
    buyer,
    chipId: fields.chipId ?? 'h100',
    kPerQuarter: fields.kPerQuarter,
    priceMPerK: fields.priceMPerK,
    quarters: fields.quarters,
    prepaymentM: fields.prepaymentM ?? 0,
    dataCenterId,
  }),
  equity: (investor: string, investee: string, amountM: number, stakeBp: number): Term => ({
    kind: 'equity',
    investor,
    investee,
    amountM,
    stakeBp,
  }),
  stakeSale: (seller: string, buyer: string, companyId: string, stakeBp: number, priceM: number): Term => ({
    kind: 'stakeSale',
    seller,
    buyer,
    companyId,
    stakeBp,
    priceM,
  }),
  revenueShare: (payer: string, payee: string, shareBp: number, quarters: number): Term => ({
    kind: 'revenueShare',
    payer,
    payee,
    shareBp,
    quarters,
  }),
  exclusivity: (bound: string, beneficiary: string, quarters: number): Term => ({
    kind: 'exclusivity',
    bound,
    beneficiary,
    quarters,
  }),
  cash: (payer: string, payee: string, amountM: number): Term => ({ kind: 'cash', payer, payee, amountM }),
};

/** The id of a company's first data center (the arena gives each one). */
export const firstSite = (table: Table, companyId: string): number => {
  const site = table.company(companyId).dataCenters[0];
  if (!site) throw new Error(`${companyId} has no data center`);
  return site.id;
};
