/**
 * In-house chip programmes advance (paying R&D), then this quarter's chip supply is shared among orders.
 * The stated rule: first come, first served — orders are filled in the order they were placed, once their
 * lead time has passed, until the quarter's supply of that chip runs out; the rest waits in the queue.
 */

import { activeCompanies } from '../companies';
import { runningTerms } from '../deals/obligations';
import { applyBp } from '../intmath';
import { transfer } from '../ledger';
import { chipById } from '../model/capacity';
import { formatCount, formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { GameState } from '../state';

export function advanceProgrammes(state: GameState, notes: ResolutionNotes): void {
  for (const company of activeCompanies(state)) {
    for (const programme of company.programmes) {
      if (programme.ready) continue;
      const chip = chipById(state.config, programme.chipId);
      if (!chip?.inHouse) continue;
      // A quarter of R&D is paid in full or not at all (then the programme pauses): part of a quarter's
      // work does not bring the chip a quarter closer.
      if (company.cashM < chip.inHouse.rndCostPerQuarterM) {
        noteFor(
          notes,
          company.id,
          `${chip.name} R&D paused: its ${formatMoney(chip.inHouse.rndCostPerQuarterM)} for the quarter could not be paid.`,
        );
        continue;
      }
      transfer(state, company.id, 'ext:suppliers', chip.inHouse.rndCostPerQuarterM, `${chip.name} R&D`);
      company.totals.capexM += chip.inHouse.rndCostPerQuarterM;
      programme.quartersDone++;
      if (programme.quartersDone >= chip.inHouse.rndQuarters) {
        programme.ready = true;
        noteFor(notes, company.id, `${chip.name} is ready: the first units can be ordered now.`);
      }
    }
  }
}

/** Share of deliveries (bp) export controls still allow into the region of a data center. */
export function exportAllowanceBp(state: GameState, companyId: string, dataCenterId: number): number {
  const site = state.companies[companyId]?.dataCenters.find((dc) => dc.id === dataCenterId);
  const controls = state.regulation.exportControls.filter(
    (c) => c.regionId === site?.regionId && c.untilQuarter >= state.quarter,
  );
  return controls.reduce((bp, control) => Math.min(bp, control.supplyBp), 10000);
}

/**
 * Chip supply reserved by signed deals is delivered first, then open orders first come, first served.
 * Export controls cap what may enter a controlled region; what they hold back stays owed or queued.
 */
export function deliverChips(state: GameState, notes: ResolutionNotes): void {
  const remaining: Record<string, number> = {};
  for (const chip of state.config.chips) remaining[chip.id] = chip.supplyKPerQuarter;
  const delivered: Record<string, Record<string, number>> = {};
  const install = (
    companyId: string,
    dataCenterId: number,
    chipId: string,
    wantedK: number,
    priceMPerK: number,
  ): number => {
    const company = state.companies[companyId];
    if (!company || company.status === 'bankrupt' || wantedK <= 0) return 0;
    const allowed = applyBp(wantedK, exportAllowanceBp(state, companyId, dataCenterId));
    if (allowed < wantedK)
      noteFor(
        notes,
        companyId,
        `Export controls held back ${formatCount((wantedK - allowed) * 1000)} ${chipById(state.config, chipId)?.name ?? chipId} chips bound for data center #${dataCenterId}.`,
      );
    const k = Math.min(remaining[chipId] ?? 0, allowed);
    if (k <= 0) return 0;
    remaining[chipId] = (remaining[chipId] ?? 0) - k;
    company.chipBatches.push({
      id: state.nextId++,
      dataCenterId,
      chipId,
      k,
      bookValueM: k * priceMPerK,
      depreciationQuartersLeft: state.config.market.chipDepreciationQuarters,
    });
    const perCompany = delivered[companyId] ?? {};
    delivered[companyId] = perCompany;
    perCompany[chipId] = (perCompany[chipId] ?? 0) + k;
    return k;
  };
  for (const { deal, index, term } of runningTerms(state, 'chipSupply')) {
    const progress = deal.progress[index];
    if (progress)
      progress.deliveredNow = install(
        term.buyer,
        term.dataCenterId,
        term.chipId,
        term.kPerQuarter,
        term.priceMPerK,
      );
  }
  for (const order of state.orders) {
    if (order.eligibleQuarter > state.quarter || order.deliveredK >= order.k) continue;
    order.deliveredK += install(
      order.companyId,
      order.dataCenterId,
      order.chipId,
      order.k - order.deliveredK,
      order.priceMPerK,
    );
  }
  for (const [companyId, chips] of Object.entries(delivered)) {
    for (const [chipId, k] of Object.entries(chips)) {
      const name = chipById(state.config, chipId)?.name ?? chipId;
      noteFor(notes, companyId, `${formatCount(k * 1000)} ${name} chips delivered.`);
    }
  }
  for (const order of state.orders) {
    const waiting = order.k - order.deliveredK;
    if (waiting > 0 && order.eligibleQuarter <= state.quarter) {
      const name = chipById(state.config, order.chipId)?.name ?? order.chipId;
      noteFor(
        notes,
        order.companyId,
        `${formatCount(waiting * 1000)} ${name} chips still queued: ${
          exportAllowanceBp(state, order.companyId, order.dataCenterId) < 10000
            ? 'export controls cap deliveries into their region'
            : "this quarter's supply ran out"
        }.`,
      );
    }
  }
  state.orders = state.orders.filter((order) => order.deliveredK < order.k);
}
