/**
 * What a cloud may sell forward: compute for a commitment that starts some quarters from now (Oracle sold
 * OpenAI 4.5 GW still to be built, FACTS §4). A buyer, its lenders and a court would believe capacity
 * that has power behind it by then: the provider's sites that are operating or will be finished, and the
 * grid power still free in regions where a site started now would be finished, each megawatt counted as
 * if filled with the best chip the provider can buy. Believed is not built: it must still build and buy
 * the chips, and what it cannot deliver when the term starts is a shortfall (the buyer pays only for
 * what arrives and may end the deal).
 */
import { ceilDiv } from '../intmath';
import type { ChipType, Level, Region } from '../level/schema';
import { companyCapacity, itPowerKw } from '../model/capacity';
import { ownRecord } from '../own';
import type { CompanyState, DataCenter, GameState } from '../state';

/** The chip with the most compute per watt the company can put in its sites (bought-in, or its own once ready). */
function bestChip(level: Level, company: CompanyState): ChipType | undefined {
  let best: ChipType | undefined;
  for (const chip of level.chips) {
    const buyable =
      !chip.inHouse ||
      (chip.inHouse.companyId === company.id &&
        company.programmes.some((p) => p.chipId === chip.id && p.ready));
    if (!buyable) continue;
    if (!best || chip.computeTf * best.powerW > best.computeTf * chip.powerW) best = chip;
  }
  return best;
}

/** CU a quarter `mw` of facility power computes when full of `chip` (PUE taken out first). */
function fullPowerCu(region: Region | undefined, mw: number, chip: ChipType): number {
  return Math.floor(itPowerKw(mw, region?.pueBp ?? 10000) / chip.powerW) * chip.computeTf;
}

/** Quarters from now until a site operates (it runs in the last of them): 0 once operating. */
function quartersToOnline(level: Level, site: DataCenter): number {
  if (site.status === 'operating') return 0;
  if (site.status === 'building') return site.quartersToGo;
  const region = level.regions.find((r) => r.id === site.regionId);
  return site.quartersToGo + ceilDiv(site.mw, region?.buildMwPerQuarter ?? site.mw);
}

/**
 * CU a quarter the cloud `company` may have sold in all for the quarter `ahead` quarters from now: what
 * it computes today when `ahead` is 0, otherwise the believable capacity described above (never less
 * than today's).
 */
export function sellableCapacityCu(state: GameState, company: CompanyState, ahead: number): number {
  const level = state.config;
  const today = companyCapacity(level, company).capacityCu;
  if (ahead <= 0) return today;
  const chip = bestChip(level, company);
  if (!chip) return today;
  let cu = 0;
  for (const site of company.dataCenters) {
    if (quartersToOnline(level, site) > ahead + 1) continue;
    const region = level.regions.find((r) => r.id === site.regionId);
    cu += fullPowerCu(region, site.mw, chip);
  }
  for (const region of level.regions) {
    const live = ownRecord(state.regions, region.id);
    const freeMw = Math.max(0, (live?.powerMw ?? 0) - (live?.claimedMw ?? 0));
    // One crew from now: the megawatts it can permit and finish before the term's first quarter ends.
    const buildQuarters = ahead + 1 - region.permitQuarters;
    const mw = Math.min(freeMw, Math.max(0, buildQuarters) * region.buildMwPerQuarter);
    if (mw > 0) cu += fullPowerCu(region, mw, chip);
  }
  return Math.max(today, cu);
}
