/**
 * What a bot reads off the markets: the cost of a unit of compute (chips plus the power and building
 * they need), how long a chip order waits in the queue, how much room a site has, what the spot market
 * would pay for more capacity, and how much model demand a lab can expect to serve.
 */

import { type CompanyState, companyCapacity, type DataCenter, type GameState, hasStarted } from '../core';
import { applyBp, mulDiv } from '../core/intmath';
import type { ChipType, Region } from '../core/level/schema';
import { type CompanyCapacity, chipById } from '../core/model/capacity';
import { spotDemandAtSentiment } from '../core/model/market';

/** $M per thousand chips, including the data-center capacity (PUE included) they need. */
export function chipAllInCostM(chip: ChipType, region: Region | undefined): number {
  if (!region) return chip.priceMPerK;
  return chip.priceMPerK + Math.ceil((chip.powerW * region.pueBp * region.costPerMwM) / 10_000_000);
}

/** Chips this company may order now: bought-in chips, and its own in-house chips once their R&D is done. */
export function orderableChips(state: GameState, company: CompanyState): ChipType[] {
  return state.config.chips.filter((chip) => {
    if (!chip.inHouse) return true;
    return (
      chip.inHouse.companyId === company.id && company.programmes.some((p) => p.chipId === chip.id && p.ready)
    );
  });
}

/** What signed deals and open chip orders add up to, computed once per state (the arrays are immutable). */
interface Ledger {
  quarter: number; // forward commitments start with the quarter: the same deals read differently later
  queuedK: Record<string, number>; // chip -> thousands waiting in the queue
  reservedK: Record<string, number>; // chip -> thousands a quarter reserved by chip-supply deals
  contractedCu: Record<string, number>; // company -> CU a quarter in (+) or out (−) under commitments
  committedCu: Record<string, number>; // provider (company or partner) -> CU a quarter committed
  pipelineCu: Record<string, number>; // company -> CU a quarter still to arrive (orders and chip deals)
  siteKw: Record<number, number>; // data center -> IT kW of chips still to arrive
}

const ledgers = new WeakMap<object, WeakMap<object, Ledger>>();

function ledgerOf(state: GameState): Ledger {
  let byOrders = ledgers.get(state.deals);
  if (!byOrders) {
    byOrders = new WeakMap();
    ledgers.set(state.deals, byOrders);
  }
  const cached = byOrders.get(state.orders);
  if (cached && cached.quarter === state.quarter) return cached;
  const ledger: Ledger = {
    quarter: state.quarter,
    queuedK: {},
    reservedK: {},
    contractedCu: {},
    committedCu: {},
    pipelineCu: {},
    siteKw: {},
  };
  const add = (record: Record<string | number, number>, key: string | number, amount: number) => {
    record[key] = (record[key] ?? 0) + amount;
  };
  for (const order of state.orders) {
    const chip = chipById(state.config, order.chipId);
    const k = order.k - order.deliveredK;
    add(ledger.queuedK, order.chipId, k);
    add(ledger.pipelineCu, order.companyId, k * (chip?.computeTf ?? 0));
    add(ledger.siteKw, order.dataCenterId, k * (chip?.powerW ?? 0));
  }
  for (const deal of state.deals) {
    if (deal.status !== 'active') continue;
    deal.terms.forEach((term, i) => {
      if (!('quarters' in term)) return;
      const left = term.quarters - (deal.progress[i]?.quartersDone ?? 0);
      if (left <= 0) return;
      if (term.kind === 'computeCommitment') {
        // A provider plans for what it has sold forward as if it were due now (it must build for it);
        // a buyer counts only compute that has started to arrive.
        if (hasStarted(state, deal, term)) add(ledger.contractedCu, term.buyer, term.cuPerQuarter);
        add(ledger.contractedCu, term.provider, -term.cuPerQuarter);
        add(ledger.committedCu, term.provider, term.cuPerQuarter);
      } else if (term.kind === 'chipSupply') {
        const chip = chipById(state.config, term.chipId);
        add(ledger.reservedK, term.chipId, term.kPerQuarter);
        add(ledger.pipelineCu, term.buyer, left * term.kPerQuarter * (chip?.computeTf ?? 0));
        add(ledger.siteKw, term.dataCenterId, left * term.kPerQuarter * (chip?.powerW ?? 0));
      }
    });
  }
  byOrders.set(state.orders, ledger);
  return ledger;
}

const capacities = new WeakMap<CompanyState, CompanyCapacity>();

/** A company's sites and what they compute now, memoised: company objects never change once made. */
export function capacityOf(state: GameState, company: CompanyState): CompanyCapacity {
  let capacity = capacities.get(company);
  if (!capacity) {
    capacity = companyCapacity(state.config, company);
    capacities.set(company, capacity);
  }
  return capacity;
}

/** A company's compute capacity now, CU a quarter. */
export const capacityCu = (state: GameState, company: CompanyState): number =>
  capacityOf(state, company).capacityCu;

/** Chips of this type already ordered and waiting, by everyone, in thousands. */
export const queuedK = (state: GameState, chipId: string): number => ledgerOf(state).queuedK[chipId] ?? 0;

/** Supply per quarter not reserved by signed chip-supply deals, in thousands. */
export const freeSupplyK = (state: GameState, chip: ChipType): number =>
  Math.max(1, chip.supplyKPerQuarter - (ledgerOf(state).reservedK[chip.id] ?? 0));

/** CU a quarter a provider (company or partner) has committed under running deals. */
export const committedCu = (state: GameState, providerId: string): number =>
  ledgerOf(state).committedCu[providerId] ?? 0;

/** Quarters until an order of `k` placed now would be complete (lead time, then the queue ahead). */
export function arrivalQuarters(state: GameState, chip: ChipType, k: number): number {
  const free = freeSupplyK(state, chip);
  const waiting = Math.ceil((queuedK(state, chip.id) + k) / free);
  return Math.max(chip.leadQuarters, waiting) + 1;
}

/** IT power (kW) a site can give chips, less what is installed and what is on order or contracted for it. */
export function siteRoomKw(state: GameState, company: CompanyState, site: DataCenter): number {
  const region = state.config.regions.find((r) => r.id === site.regionId);
  const budgetKw = Math.floor((site.mw * 1000 * 10000) / (region?.pueBp ?? 10000));
  let usedKw = ledgerOf(state).siteKw[site.id] ?? 0;
  for (const batch of company.chipBatches)
    if (batch.dataCenterId === site.id)
      usedKw += batch.k * (chipById(state.config, batch.chipId)?.powerW ?? 0);
  return Math.max(0, budgetKw - usedKw);
}

/** Compute still to arrive: chips on order and chip-supply deals (CU a quarter, once installed). */
export const pipelineCu = (state: GameState, company: CompanyState): number =>
  ledgerOf(state).pipelineCu[company.id] ?? 0;

/** Compute delivered to (+) or by (−) this company under running commitments, CU a quarter. */
export const contractedCu = (state: GameState, companyId: string): number =>
  ledgerOf(state).contractedCu[companyId] ?? 0;

/** Quarterly growth applied h times (integer, as the rules do it). */
export function grown(value: number, growthBp: number, quarters: number): number {
  let v = value;
  for (let i = 0; i < quarters; i++) v += applyBp(v, growthBp);
  return v;
}

/** The spot demand curve's reach today, at today's sentiment (bots extrapolate the mood they see). */
export const spotDemandNow = (state: GameState): number =>
  spotDemandAtSentiment(state.market.spotDemandCu, state.market.sentimentBp);

/** CU the clouds offer on the spot market now (own capacity less what they deliver under contracts). */
export function spotOfferedCu(state: GameState): number {
  let total = 0;
  for (const seat of state.seats) {
    const company = state.companies[seat.companyId];
    if (!company || company.status === 'bankrupt' || company.role !== 'cloud') continue;
    total += Math.max(0, capacityCu(state, company) + contractedCu(state, company.id));
  }
  return total;
}

/**
 * What one more CU a quarter earns a cloud on the spot market `quartersAhead` from now, $ per CU, given
 * `offeredCu` in total and `ownCu` of it its own: the price, less the fall its own extra supply causes
 * on everything it already sells.
 */
export function spotMarginalPerCu(
  state: GameState,
  offeredCu: number,
  ownCu: number,
  quartersAhead: number,
): number {
  const { spot } = state.config.market;
  const demand = Math.max(1, grown(spotDemandNow(state), spot.demandGrowthBp, quartersAhead));
  const price = spot.maxPricePerCu - mulDiv(spot.maxPricePerCu, offeredCu, demand);
  if (price <= spot.minPricePerCu) return Math.floor(spot.minPricePerCu / 3);
  return Math.max(Math.floor(spot.minPricePerCu / 3), price - mulDiv(spot.maxPricePerCu, ownCu, demand));
}

/** Spot price expected `quartersAhead` from now if `offeredCu` is offered, $ per CU. */
export function spotPriceAt(state: GameState, offeredCu: number, quartersAhead: number): number {
  const { spot } = state.config.market;
  const demand = Math.max(1, grown(spotDemandNow(state), spot.demandGrowthBp, quartersAhead));
  return Math.max(spot.minPricePerCu, spot.maxPricePerCu - mulDiv(spot.maxPricePerCu, offeredCu, demand));
}

/** Model demand ($M a quarter) this lab can expect `quartersAhead` from now, at its current capability. */
export function labDemandM(
  state: GameState,
  lab: CompanyState,
  quartersAhead: number,
  extraCapability = 0,
): number {
  const market = state.config.market;
  const demand = grown(state.market.modelDemandM, market.modelDemandGrowthBp, quartersAhead);
  const weight = (capability: number) => Math.max(1, capability) ** 2;
  const rest =
    state.market.restOfMarketCapability + market.restOfMarket.capabilityGrowthPerQuarter * quartersAhead;
  let total = weight(rest);
  let mine = 0;
  for (const seat of state.seats) {
    const other = state.companies[seat.companyId];
    if (!other || other.status === 'bankrupt' || other.role !== 'lab') continue;
    const w = weight(other.capability + (other.id === lab.id ? extraCapability : 0));
    total += w;
    if (other.id === lab.id) mine = w;
  }
  return total > 0 ? Math.floor((demand * mine) / total) : 0;
}

/** Inference compute (CU) that serves `demandM` of model revenue. */
export const inferenceCuFor = (state: GameState, demandM: number): number =>
  Math.ceil((demandM * 1_000_000) / state.config.market.inferencePricePerCu);
