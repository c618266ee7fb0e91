/**
 * The end of a quarter, in the order the brief sets: the market moves, construction progresses, chips are
 * delivered, capacity is computed and used, revenue and costs are booked, obligations and interest are
 * paid, depreciation runs, capability and valuation are recomputed, objectives are checked. Then the
 * report is written and the next quarter begins (or the game ends with a ranking).
 */

import { activeCompanies } from '../companies';
import { settleObligations } from '../deals/obligations';
import { offerProgrammes, vestWarrants } from '../deals/programme-offers';
import { drawEvents } from '../events/draw';
import { updateScrutiny } from '../regulation/scrutiny';
import type { QuarterReport } from '../report';
import { formatMoney, newNotes, noteFor } from '../report';
import type { GameState } from '../state';
import { advanceProgrammes, deliverChips } from './chips';
import { progressConstruction } from './construction';
import { testCovenants } from './covenants';
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
  const hhiBefore = { compute: state.regulation.hhiCompute, model: state.regulation.hhiModel };

  driftMarket(state, notes);
  progressConstruction(state, notes);
  advanceProgrammes(state, notes);
  deliverChips(state, notes);
  vestWarrants(state, notes);
  runOperations(state, notes);
  settleObligations(state, notes);
  payFinancing(state, notes);
  testCovenants(state, notes);
  markDistress(state, notes);
  const depreciation = depreciate(state);
  updateCapability(state, notes);
  updateValuations(state);
  const scrutiny = updateScrutiny(state, notes);
  markDistress(state, notes); // again: an unpaid fine is an arrear too
  checkObjectives(state, notes);
  expireAtQuarterEnd(state, notes);

  for (const [companyId, amountM] of Object.entries(depreciation)) {
    if (amountM > 0)
      noteFor(
        notes,
        companyId,
        `Depreciation of ${formatMoney(amountM)} (no cash: spending spread over the assets' lives).`,
      );
  }
  const report = buildReport(state, notes, sentimentBefore, scrutiny, hhiBefore);
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

/** Start-of-quarter bookkeeping, shared with `newGame`: fresh books, a snapshot for the report, then the events slot. */
export function openQuarter(state: GameState): void {
  state.attentionUsed = 0;
  state.activeSeat = state.seats.findIndex((seat) => state.companies[seat.companyId]?.status !== 'bankrupt');
  for (const company of Object.values(state.companies)) {
    state.cashFlow[company.id] = [];
    state.snapshots[company.id] = snapshotOf(state, company);
  }
  drawEvents(state);
  offerProgrammes(state);
}

/** Open proposals lapse when the quarter resolves; temporary effects end when their last quarter passes. */
function expireAtQuarterEnd(state: GameState, notes: ReturnType<typeof newNotes>): void {
  for (const deal of state.deals) {
    if (deal.status !== 'proposed') continue;
    deal.status = 'expired';
    deal.reason = 'Not answered before the quarter ended.';
    for (const id of [deal.from, deal.to]) {
      if (state.companies[id]) noteFor(notes, id, `Proposal #${deal.id} expired unanswered.`);
    }
  }
  for (const company of Object.values(state.companies))
    company.riskEffects = company.riskEffects.filter((r) => r.untilQuarter > state.quarter);
  state.regulation.exportControls = state.regulation.exportControls.filter(
    (c) => c.untilQuarter > state.quarter,
  );
  if (state.regulation.ipoWindow && state.regulation.ipoWindow.untilQuarter <= state.quarter)
    state.regulation.ipoWindow = null;
  if (state.market.equityShutUntilQuarter !== null && state.market.equityShutUntilQuarter <= state.quarter)
    state.market.equityShutUntilQuarter = null;
  state.regulation.otherComputeCu += Math.trunc(
    (state.regulation.otherComputeCu * state.config.regulation.otherComputeGrowthBp) / 10000,
  );
}
