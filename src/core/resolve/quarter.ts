/**
 * The end of a quarter, in the order the brief sets: the market moves, construction progresses, chips are
 * delivered, capacity is computed and used, revenue and costs are booked, obligations and interest are
 * paid, depreciation runs, capability and valuation are recomputed, objectives are checked. Then the
 * report is written and the next quarter begins (or the game ends with a ranking).
 */
import type { QuarterReport } from '../report';
import { formatMoney, newNotes } from '../report';
import type { GameState } from '../state';
import { advanceProgrammes, deliverChips } from './chips';
import { activeCompanies, progressConstruction } from './construction';
import { depreciate } from './depreciation';
import { markDistress, payFinancing } from './financing';
import { driftMarket } from './market';
import { checkObjectives, finalRanking } from './objectives';
import { runOperations } from './operations';
import { buildReport, snapshotOf } from './report-builder';
import { updateCapability, updateValuations } from './valuation';

export function resolveQuarter(state: GameState): QuarterReport {
  const notes = newNotes(state.seats.map((seat) => seat.companyId));
  const sentimentBefore = state.market.sentimentBp;

  driftMarket(state, notes);
  progressConstruction(state, notes);
  advanceProgrammes(state, notes);
  deliverChips(state, notes);
  runOperations(state, notes);
  payFinancing(state, notes);
  markDistress(state, notes);
  const depreciation = depreciate(state);
  updateCapability(state, notes);
  updateValuations(state);
  checkObjectives(state, notes);

  for (const [companyId, amountM] of Object.entries(depreciation)) {
    if (amountM > 0) (notes.byCompany[companyId] ??= []).push(`Depreciation of ${formatMoney(amountM)} (no cash: spending spread over the assets' lives).`);
  }
  const report = buildReport(state, notes, sentimentBefore);
  state.lastReport = report;
  beginNextQuarter(state);
  return report;
}

/** Resets the quarter's books and hands the turn to the first seat still playing, or ends the game. */
export function beginNextQuarter(state: GameState): void {
  if (state.quarter >= state.config.quarters - 1 || activeCompanies(state).length === 0) {
    state.phase = 'over';
    state.ranking = finalRanking(state);
    return;
  }
  state.quarter++;
  openQuarter(state);
}

/** Start-of-quarter bookkeeping, shared with `newGame`. */
export function openQuarter(state: GameState): void {
  state.attentionUsed = 0;
  state.activeSeat = state.seats.findIndex((seat) => state.companies[seat.companyId]?.status !== 'bankrupt');
  for (const company of Object.values(state.companies)) {
    state.cashFlow[company.id] = [];
    state.snapshots[company.id] = snapshotOf(state, company);
  }
}
