/**
 * In-house chip programmes advance (paying R&D), then this quarter's chip supply is shared among orders.
 * The stated rule: first come, first served — orders are filled in the order they were placed, once their
 * lead time has passed, until the quarter's supply of that chip runs out; the rest waits in the queue.
 */
import { payWhatYouCan } from '../ledger';
import { chipById } from '../model/capacity';
import { formatCount, formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { GameState } from '../state';
import { activeCompanies } from './construction';

export function advanceProgrammes(state: GameState, notes: ResolutionNotes): void {
  for (const company of activeCompanies(state)) {
    for (const programme of company.programmes) {
      if (programme.ready) continue;
      const chip = chipById(state.config, programme.chipId);
      if (!chip?.inHouse) continue;
      const unpaid = payWhatYouCan(state, company.id, 'ext:suppliers', chip.inHouse.rndCostPerQuarterM, `${chip.name} R&D`);
      if (unpaid > 0) {
        noteFor(notes, company.id, `${chip.name} R&D paused: ${formatMoney(unpaid)} could not be paid.`);
        continue;
      }
      company.totals.capexM += chip.inHouse.rndCostPerQuarterM;
      programme.quartersDone++;
      if (programme.quartersDone >= chip.inHouse.rndQuarters) {
        programme.ready = true;
        noteFor(notes, company.id, `${chip.name} is ready: the first units can be ordered now.`);
      }
    }
  }
}

/** Supply left for a chip this quarter (export controls and events reduce it in later rules). */
export function supplyThisQuarter(state: GameState, chipId: string): number {
  return chipById(state.config, chipId)?.supplyKPerQuarter ?? 0;
}

export function deliverChips(state: GameState, notes: ResolutionNotes): void {
  const remaining: Record<string, number> = {};
  for (const chip of state.config.chips) remaining[chip.id] = supplyThisQuarter(state, chip.id);
  const delivered: Record<string, Record<string, number>> = {};
  for (const order of state.orders) {
    if (order.eligibleQuarter > state.quarter || order.deliveredK >= order.k) continue;
    const company = state.companies[order.companyId];
    if (!company || company.status === 'bankrupt') continue;
    const available = remaining[order.chipId] ?? 0;
    const k = Math.min(available, order.k - order.deliveredK);
    if (k <= 0) continue;
    remaining[order.chipId] = available - k;
    order.deliveredK += k;
    company.chipBatches.push({
      id: state.nextId++,
      dataCenterId: order.dataCenterId,
      chipId: order.chipId,
      k,
      bookValueM: k * order.priceMPerK,
      depreciationQuartersLeft: state.config.market.chipDepreciationQuarters,
    });
    const perCompany = (delivered[company.id] ??= {});
    perCompany[order.chipId] = (perCompany[order.chipId] ?? 0) + k;
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
      noteFor(notes, order.companyId, `${formatCount(waiting * 1000)} ${name} chips still queued: this quarter's supply ran out.`);
    }
  }
  state.orders = state.orders.filter((order) => order.deliveredK < order.k);
}
