/**
 * A cloud's existing business (storage, databases, general compute) is not free money: it runs in data
 * centers too. Its customers' demand grows on its own path; what the cloud can serve is what its
 * general-purpose power carries — an implicit legacy fleet (sized at the start for a year of growth,
 * wearing out as the game's buildings depreciate) plus every MW of its operating sites that AI
 * chips do not draw. A cloud that does not build stops growing, and half the customers it turns away
 * take their business to a rival for good: lost growth is not waiting for it later.
 *
 * A level that gives no `revenuePerMwM` keeps the old rule (the business needs no capacity).
 */
import { applyBp, mulDivFloor } from '../intmath';
import type { CompanyCapacity } from './capacity';

export interface BaseBusiness {
  revenueM: number; // served in the latest quarter
  growthBp: number; // customers' demand growth per quarter
  marginBp: number;
  /** What customers would buy this quarter, $M. */
  demandM: number;
  /** Revenue one MW of general-purpose capacity serves per quarter, $M (0: needs no capacity). */
  revenuePerMwM: number;
  /** MW of the legacy fleet, not on the map, still in service. */
  legacyMw: number;
}

export interface BaseBusinessSetup {
  revenueM: number;
  growthBp: number;
  marginBp: number;
  revenuePerMwM?: number | undefined;
}

function grownFor(amount: number, growthBp: number, quarters: number): number {
  let value = amount;
  for (let i = 0; i < quarters; i++) value += applyBp(value, growthBp);
  return value;
}

export function startingBaseBusiness(setup: BaseBusinessSetup): BaseBusiness {
  const revenuePerMwM = setup.revenuePerMwM ?? 0;
  return {
    revenueM: setup.revenueM,
    growthBp: setup.growthBp,
    marginBp: setup.marginBp,
    demandM: setup.revenueM,
    revenuePerMwM,
    // Clouds plan capacity about a year ahead: the fleet has room for four quarters of growth.
    legacyMw: revenuePerMwM > 0 ? Math.ceil(grownFor(setup.revenueM, setup.growthBp, 4) / revenuePerMwM) : 0,
  };
}

/** Facility MW of operating sites that AI chips leave free (power the general-purpose business can use). */
export function spareSiteMw(capacity: CompanyCapacity, operatingMw: readonly number[]): number {
  let spareKw = 0;
  capacity.sites.forEach((site, i) => {
    const mw = operatingMw[i] ?? 0;
    if (mw > 0) spareKw += Math.max(0, mw * 1000 - site.drawnKw);
  });
  return Math.floor(spareKw / 1000);
}

/** Revenue the general-purpose capacity can serve this quarter, $M (unbounded when it needs none). */
export function servableBaseM(business: BaseBusiness, spareMw: number): number {
  if (business.revenuePerMwM <= 0) return Number.MAX_SAFE_INTEGER;
  return (business.legacyMw + spareMw) * business.revenuePerMwM;
}

/** Serves the quarter's demand within capacity; half the unserved demand is lost to rivals. Returns what was served. */
export function serveBaseBusiness(business: BaseBusiness, servableM: number): number {
  const servedM = Math.min(business.demandM, servableM);
  business.demandM = servedM + Math.floor((business.demandM - servedM) / 2);
  business.revenueM = servedM;
  return servedM;
}

/** Between quarters: demand grows, the legacy fleet wears out over the life the game gives buildings. */
export function growBaseBusiness(business: BaseBusiness, buildingLifeQuarters: number): void {
  business.demandM += applyBp(business.demandM, business.growthBp);
  if (business.legacyMw > 0)
    business.legacyMw -= Math.max(1, mulDivFloor(business.legacyMw, 1, Math.max(1, buildingLifeQuarters)));
}

/** MW beyond the legacy fleet the business will need in `quarters` if demand keeps its path. */
export function baseMwNeeded(business: BaseBusiness, quarters: number, buildingLifeQuarters: number): number {
  if (business.revenuePerMwM <= 0) return 0;
  let demand = business.demandM;
  let legacy = business.legacyMw;
  for (let i = 0; i < quarters; i++) {
    demand += applyBp(demand, business.growthBp);
    legacy -= Math.max(1, mulDivFloor(legacy, 1, Math.max(1, buildingLifeQuarters)));
  }
  return Math.max(0, Math.ceil(demand / business.revenuePerMwM) - Math.max(0, legacy));
}
