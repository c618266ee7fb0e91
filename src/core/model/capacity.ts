/**
 * What a company's data centers can compute. A site's capacity is limited both by the chips installed and
 * by the power it can draw: chips are powered most-efficient first (compute per watt), and whatever does
 * not fit in the power budget sits idle.
 */
import type { ChipType, Level } from '../level/schema';
import type { CompanyState, DataCenter } from '../state';

export interface SiteCapacity {
  dataCenterId: number;
  capacityCu: number;
  poweredK: number;
  idleK: number; // installed chips with no power to run them
  drawnKw: number; // facility power drawn, PUE included
}

/** IT power in kW of `mw` of facility power: what is left once the cooling and losses PUE counts are out. */
export const itPowerKw = (mw: number, pueBp: number): number => Math.floor((mw * 1000 * 10000) / pueBp);

export function siteCapacity(
  level: Level,
  company: CompanyState,
  site: DataCenter,
  installed = installedChips(company, site.id),
): SiteCapacity {
  const result: SiteCapacity = { dataCenterId: site.id, capacityCu: 0, poweredK: 0, idleK: 0, drawnKw: 0 };
  if (site.status !== 'operating') {
    result.idleK = installed.reduce((sum, entry) => sum + entry.k, 0);
    return result;
  }
  const pueBp = level.regions.find((region) => region.id === site.regionId)?.pueBp ?? 10000;
  let itBudgetKw = itPowerKw(site.mw, pueBp);
  let itDrawnKw = 0;
  const byEfficiency = installed
    .map((entry) => ({ ...entry, chip: chipById(level, entry.chipId) }))
    .filter((entry): entry is { chipId: string; k: number; chip: ChipType } => entry.chip !== undefined)
    .sort(
      (a, b) =>
        b.chip.computeTf * a.chip.powerW - a.chip.computeTf * b.chip.powerW ||
        a.chipId.localeCompare(b.chipId),
    );
  for (const { k, chip } of byEfficiency) {
    // k thousand chips × W per chip = kW.
    const powered = Math.min(k, Math.floor(itBudgetKw / chip.powerW));
    itBudgetKw -= powered * chip.powerW;
    itDrawnKw += powered * chip.powerW;
    result.poweredK += powered;
    result.idleK += k - powered;
    result.capacityCu += powered * chip.computeTf; // 1k chips × TF = PF, held for a quarter = CU
  }
  result.drawnKw = Math.ceil((itDrawnKw * pueBp) / 10000);
  return result;
}

export interface CompanyCapacity {
  capacityCu: number;
  idleK: number;
  drawnMw: number;
  sites: SiteCapacity[];
}

/**
 * Capacity depends only on the company's sites and chip batches. Between actions those lists are frozen
 * and shared by every later state until one changes, so the answer is remembered per frozen pair (bots,
 * deal checks and the report ask for it many times a quarter). Mutable lists (a quarter being resolved
 * on a copy) are never cached.
 */
const remembered = new WeakMap<object, { level: Level; batches: object; capacity: CompanyCapacity }>();

export function companyCapacity(level: Level, company: CompanyState): CompanyCapacity {
  const cacheable = Object.isFrozen(company.dataCenters) && Object.isFrozen(company.chipBatches);
  if (cacheable) {
    const hit = remembered.get(company.dataCenters);
    if (hit && hit.level === level && hit.batches === company.chipBatches) return hit.capacity;
  }
  const capacity = computeCapacity(level, company);
  if (cacheable)
    remembered.set(company.dataCenters, {
      level,
      batches: company.chipBatches,
      capacity: Object.freeze(capacity),
    });
  return capacity;
}

function computeCapacity(level: Level, company: CompanyState): CompanyCapacity {
  // One pass over the batches for every site: a company holds hundreds of batches across dozens of sites.
  const bySite = installedChipsBySite(company);
  const sites = company.dataCenters.map((site) => siteCapacity(level, company, site, bySite[site.id] ?? []));
  const drawnKw = sites.reduce((sum, site) => sum + site.drawnKw, 0);
  return {
    capacityCu: sites.reduce((sum, site) => sum + site.capacityCu, 0),
    idleK: sites.reduce((sum, site) => sum + site.idleK, 0),
    drawnMw: Math.ceil(drawnKw / 1000),
    sites,
  };
}

/** Chips installed at one site, summed per chip type, in a stable order. */
export function installedChips(company: CompanyState, dataCenterId: number): { chipId: string; k: number }[] {
  const totals: Record<string, number> = {};
  for (const batch of company.chipBatches) {
    if (batch.dataCenterId === dataCenterId) totals[batch.chipId] = (totals[batch.chipId] ?? 0) + batch.k;
  }
  return Object.keys(totals)
    .sort()
    .map((chipId) => ({ chipId, k: totals[chipId] ?? 0 }));
}

/** `installedChips` for every site at once, keyed by data-center id. */
export function installedChipsBySite(company: CompanyState): Record<number, { chipId: string; k: number }[]> {
  const totals: Record<number, Record<string, number>> = {};
  for (const batch of company.chipBatches) {
    const site = totals[batch.dataCenterId] ?? {};
    site[batch.chipId] = (site[batch.chipId] ?? 0) + batch.k;
    totals[batch.dataCenterId] = site;
  }
  const bySite: Record<number, { chipId: string; k: number }[]> = {};
  for (const [id, chips] of Object.entries(totals))
    bySite[Number(id)] = Object.keys(chips)
      .sort()
      .map((chipId) => ({ chipId, k: chips[chipId] ?? 0 }));
  return bySite;
}

export const chipById = (level: Level, chipId: string): ChipType | undefined =>
  level.chips.find((chip) => chip.id === chipId);
