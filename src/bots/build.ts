/**
 * Capacity: which chips to order, where to put them, and when to build. A lab orders for the compute gap
 * its demand and training appetite leave; a cloud orders while the next CU still pays back on the spot
 * market within its horizon (the price falls as everyone adds capacity, so it stops short). Orders go to
 * sites with power to spare — finished or not — best chips first (compute per all-in dollar, less for
 * each quarter in the queue); when the chips wanted will not fit, a new site is started, sized for them.
 */

import type { CompanyState, GameState } from '../core';
import { applyBp, ceilDiv, mulDiv } from '../core/intmath';
import type { ChipType, Region } from '../core/level/schema';
import { computeGap } from './lab';
import {
  arrivalQuarters,
  capacityCu,
  chipAllInCostM,
  contractedCu,
  freeSupplyK,
  grown,
  orderableChips,
  pipelineCu,
  queuedK,
  siteRoomKw,
  spotMarginalPerCu,
  spotOfferedCu,
} from './market';
import type { Major } from './money';
import type { Outlook } from './outlook';
import type { BotRng } from './rng';
import type { Traits } from './traits';

/** The cheapest place to put a MW, power usage included. */
export function cheapestRegion(state: GameState): Region | undefined {
  let best = state.config.regions[0];
  for (const region of state.config.regions) {
    if (best && region.costPerMwM * region.pueBp < best.costPerMwM * best.pueBp) best = region;
  }
  return best;
}

/** Chips this company can order, best value first. */
export function rankedChips(state: GameState, company: CompanyState): ChipType[] {
  const region = cheapestRegion(state);
  return orderableChips(state, company)
    .filter((chip) => chip.supplyKPerQuarter > 0)
    .map((chip) => ({
      chip,
      score: Math.floor(
        (chip.computeTf * 1_000_000) / chipAllInCostM(chip, region) / (4 + arrivalQuarters(state, chip, 0)),
      ),
    }))
    .sort((a, b) => b.score - a.score || a.chip.id.localeCompare(b.chip.id))
    .map((entry) => entry.chip);
}

/** Thousands of a chip it will still queue for: enough to arrive within its lead time plus the waiting it tolerates. */
export function queueRoomK(state: GameState, chip: ChipType, traits: Traits): number {
  return Math.max(
    0,
    freeSupplyK(state, chip) * (chip.leadQuarters + traits.queueQuarters) - queuedK(state, chip.id),
  );
}

/** Compute (CU a quarter) the company wants to add now. */
export function computeWanted(
  state: GameState,
  company: CompanyState,
  traits: Traits,
  chip: ChipType,
): number {
  if (company.role === 'lab') return computeGap(state, company, traits);
  // A cloud: the spot market's demand curve, less what everyone offers and has coming, shared Cournot-style.
  const ahead = arrivalQuarters(state, chip, 0);
  const thresholdPerCu = Math.ceil(
    (chipAllInCostM(chip, cheapestRegion(state)) * 1_000_000) / (chip.computeTf * traits.paybackQuarters),
  );
  const { spot } = state.config.market;
  if (thresholdPerCu >= spot.maxPricePerCu) return 0;
  const demand = grown(state.market.spotDemandCu, spot.demandGrowthBp, ahead);
  let coming = 0;
  for (const seat of state.seats) {
    const other = state.companies[seat.companyId];
    if (other && other.status !== 'bankrupt' && other.role === 'cloud') coming += pipelineCu(state, other);
  }
  const offered = spotOfferedCu(state) + coming;
  const own = capacityCu(state, company) + pipelineCu(state, company) + contractedCu(state, company.id);
  if (spotMarginalPerCu(state, offered, own, ahead) < thresholdPerCu) return 0;
  const room = mulDiv(demand, spot.maxPricePerCu - thresholdPerCu, spot.maxPricePerCu) - offered - own;
  return Math.max(0, Math.floor(room / 2));
}

/** Money the bot would like to put into capacity this quarter (the builder raises for it). */
export function capexWanted(state: GameState, company: CompanyState, traits: Traits): number {
  const chip = rankedChips(state, company)[0];
  if (!chip) return 0;
  const k = Math.min(
    queueRoomK(state, chip, traits),
    Math.ceil(computeWanted(state, company, traits, chip) / chip.computeTf),
  );
  return k * chipAllInCostM(chip, cheapestRegion(state));
}

export function capacityActions(
  state: GameState,
  company: CompanyState,
  outlook: Outlook,
  traits: Traits,
  freeCashM: number,
  rng: BotRng,
): Major[] {
  const majors: Major[] = [];
  const chips = rankedChips(state, company);
  const first = chips[0];
  if (!first) return majors;
  let budgetM = applyBp(freeCashM, traits.spendShareBp);
  let wantedCu = computeWanted(state, company, traits, first);
  const rooms = new Map(company.dataCenters.map((site) => [site.id, siteRoomKw(state, company, site)]));
  let unplacedKw = 0;
  const lastQuarter = state.config.quarters - 1;
  for (const chip of chips.slice(0, 2)) {
    if (wantedCu <= 0 || majors.length >= 2) break;
    // Chips that would arrive after the last quarter are cash thrown away: the valuation counts cash,
    // not chips in a warehouse.
    if (state.quarter + arrivalQuarters(state, chip, 0) - 1 > lastQuarter) continue;
    const queueCap = queueRoomK(state, chip, traits);
    let k = Math.min(ceilDiv(wantedCu, chip.computeTf), queueCap, Math.floor(budgetM / chip.priceMPerK));
    if (k < 1) continue;
    let site = -1;
    let roomKw = 0;
    for (const [id, room] of rooms) {
      if (room > roomKw) {
        site = id;
        roomKw = room;
      }
    }
    const fits = Math.floor(roomKw / chip.powerW);
    unplacedKw += Math.max(0, k - fits) * chip.powerW;
    k = Math.min(k, fits);
    if (k < 1 || site < 0) continue;
    majors.push({
      priority: majors.length === 0 ? 60 : 30,
      action: { type: 'chips/order', seat: company.id, chipId: chip.id, k, dataCenterId: site },
      cashM: -k * chip.priceMPerK,
    });
    rooms.set(site, roomKw - k * chip.powerW);
    budgetM -= k * chip.priceMPerK;
    wantedCu -= k * chip.computeTf;
  }
  // Keep power ahead of the chips: a new site when the chips wanted do not fit, or the sites left will
  // not hold another quarter of orders. One new site a quarter.
  const spareKw = [...rooms.values()].reduce((sum, kw) => sum + kw, 0);
  const nextQuarterKw =
    Math.min(freeSupplyK(state, first), ceilDiv(Math.max(0, wantedCu), first.computeTf)) * first.powerW;
  const shortKw = Math.max(unplacedKw, nextQuarterKw - spareKw);
  const startedNow = company.dataCenters.some((site) => site.startedQuarter === state.quarter);
  if (shortKw > 0 && !startedNow) {
    const region = siteRegion(state, rng);
    if (region) {
      const live = state.regions[region.id];
      const free = (live?.powerMw ?? 0) - (live?.claimedMw ?? 0);
      // Room for a few quarters of the chips wanted (the personality says how many): one site per major
      // action goes further.
      const neededMw = ceilDiv(traits.siteQuarters * shortKw * region.pueBp, 10_000_000);
      const mw = Math.min(free, Math.max(traits.dataCenterMw, Math.ceil(neededMw / 50) * 50));
      const costM = mw * region.costPerMwM;
      const onlineQuarter = state.quarter + region.permitQuarters + ceilDiv(mw, region.buildMwPerQuarter) - 1;
      if (
        mw >= 50 &&
        onlineQuarter < lastQuarter &&
        costM <= freeCashM + outlook.debtRoomM + Math.floor(outlook.equityRoomM / 2)
      )
        majors.push({
          priority: 55,
          action: { type: 'datacenter/build', seat: company.id, regionId: region.id, mw },
          cashM: 0,
        });
    }
  }
  return majors;
}

/** A region with power to spare and no export controls, cheapest per usable MW; close calls split at random. */
function siteRegion(state: GameState, rng: BotRng): Region | undefined {
  const controlled = new Set(state.regulation.exportControls.map((c) => c.regionId));
  const options = state.config.regions
    .filter((region) => !controlled.has(region.id))
    .map((region) => {
      const live = state.regions[region.id];
      const free = (live?.powerMw ?? 0) - (live?.claimedMw ?? 0);
      return { region, free, cost: region.costPerMwM * region.pueBp * (4 + region.permitQuarters) };
    })
    .filter((option) => option.free >= 100)
    .sort((a, b) => a.cost - b.cost || b.free - a.free);
  const cheapest = options[0];
  if (!cheapest) return undefined;
  const close = options.filter((option) => option.cost * 10 <= cheapest.cost * 11);
  return (rng.pick(close) ?? cheapest).region;
}
