/**
 * Small drivers for tests: start a game, make moves that must succeed, end turns and quarters, and set up
 * a situation directly (through immer, the way the reducer itself changes state). No vitest imports, so
 * the bench and the fixture script can use them too: a failed expectation throws.
 */
import { type Draft, produce } from 'immer';
import {
  type Action,
  type CompanyState,
  type GameError,
  type GameState,
  type Level,
  newGame,
  type QuarterReport,
  type Seat,
  step,
} from '../../src/core';

export function humanSeats(companyIds: readonly string[]): Seat[] {
  return companyIds.map((companyId, i) => ({
    companyId,
    controller: { kind: 'human', name: `Player ${i + 1}` },
  }));
}

/** A new game with the given companies seated (all of the level's, in order, by default). */
export function startGame(level: Level, companyIds?: readonly string[], seed = 1): GameState {
  const ids = companyIds ?? level.companies.map((c) => c.id);
  const result = newGame({ level, seats: humanSeats(ids), seed });
  if (!result.ok) throw new Error(`newGame refused: ${result.error.code}: ${result.error.message}`);
  return result.state;
}

/** Applies a move that the test expects to be legal. */
export function act(state: GameState, action: Action): GameState {
  const result = step(state, action);
  if (!result.ok)
    throw new Error(
      `${action.type} by ${action.seat} was refused: ${result.error.code}: ${result.error.message}`,
    );
  return result.state;
}

/** Applies a move that the test expects to be refused, checks it changed nothing, and returns the error. */
export function refused(state: GameState, action: unknown): GameError {
  const result = step(state, action);
  if (result.ok) throw new Error(`expected ${JSON.stringify(action)} to be refused, but it was accepted`);
  return result.error;
}

export const activeCompanyId = (state: GameState): string => state.seats[state.activeSeat]?.companyId ?? '';

export function endTurn(state: GameState): GameState {
  return act(state, { type: 'turn/end', seat: activeCompanyId(state) });
}

/** Every seat still to act ends its turn; returns the state after resolution and the quarter's report. */
export function finishQuarter(state: GameState): { state: GameState; report: QuarterReport } {
  const quarter = state.quarter;
  let current = state;
  for (;;) {
    const result = step(current, { type: 'turn/end', seat: activeCompanyId(current) });
    if (!result.ok) throw new Error(`turn/end refused: ${result.error.code}: ${result.error.message}`);
    current = result.state;
    if (result.report) return { state: current, report: result.report };
    if (current.quarter !== quarter) throw new Error('the quarter moved on without a report');
  }
}

export function skipQuarters(state: GameState, quarters: number): GameState {
  let current = state;
  for (let i = 0; i < quarters; i++) current = finishQuarter(current).state;
  return current;
}

/** Sets up a situation directly. Test scaffolding only: games change state through `step`. */
export function patch(state: GameState, recipe: (draft: Draft<GameState>) => void): GameState {
  return produce(state, recipe);
}

export function companyOf(state: GameState, id: string): CompanyState {
  const company = state.companies[id];
  if (!company) throw new Error(`no company ${id}`);
  return company;
}

/** Makes `companyId` the active seat without anyone else acting (the earlier seats pass). */
export function passUntil(state: GameState, companyId: string): GameState {
  let current = state;
  while (activeCompanyId(current) !== companyId) current = endTurn(current);
  return current;
}

export const siteIds = (state: GameState, companyId: string): number[] =>
  companyOf(state, companyId).dataCenters.map((dc) => dc.id);

export const sumValues = (record: Record<string, number>): number =>
  Object.values(record).reduce((a, b) => a + b, 0);

/** Cash of every company plus every outside account: the ledger's total, which must stay 0. */
export const ledgerTotal = (state: GameState): number =>
  Object.values(state.companies).reduce((sum, c) => sum + c.cashM, 0) + sumValues(state.external);

/** Sets a company's cash for a scenario, moving the difference to or from outside investors so the ledger still balances. */
export function withCash(state: GameState, companyId: string, cashM: number): GameState {
  return patch(state, (draft) => {
    const company = draft.companies[companyId];
    if (!company) throw new Error(`no company ${companyId}`);
    draft.external['ext:investors'] = (draft.external['ext:investors'] ?? 0) + company.cashM - cashM;
    company.cashM = cashM;
  });
}
