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
import { baseMwNeeded } from '../core/model/base-business';
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
  spotDemandNow,
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
  const demand = grown(spotDemandNow(state), spot.demandGrowthBp, ahead);
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
  // Capacity is a cloud's business: its first order and the site to hold it come before new deals.
  const firstPriority = company.role === 'cloud' ? 72 : 60;
  let budgetM = applyBp(freeCashM, traits.spendShareBp);
  let wantedCu = computeWanted(state, company, traits, first);
  const rooms = new Map(company.dataCenters.map((site) => [site.id, siteRoomKw(state, company, site)]));
  // The existing business's next two quarters of growth keep their power: chips go in what is left.
  const base = baseBusinessRoom(state, company, traits, rooms);
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
      priority: majors.length === 0 ? firstPriority : 30,
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
  const shortKw = Math.max(unplacedKw, nextQuarterKw - spareKw) + base.shortKw;
  // (The level's starting sites are operating from quarter 0: they do not count as started now.)
  const startedNow = company.dataCenters.some(
    (site) => site.startedQuarter === state.quarter && site.status !== 'operating',
  );
  // A cloud whose business is capacity may start two sites a quarter (in different regions), a lab one.
  const sitesNow = company.role === 'cloud' ? 2 : 1;
  const chipsKw = shortKw - base.shortKw;
  let neededKw = traits.siteQuarters * chipsKw + base.shortKw; // IT kW the new sites should hold
  const used = new Set<string>();
  let cashLeftM = freeCashM;
  for (let n = 0; n < sitesNow && neededKw > 0 && !startedNow; n++) {
    const region = siteRegion(state, rng, used);
    if (!region) break;
    used.add(region.id);
    const live = state.regions[region.id];
    const free = (live?.powerMw ?? 0) - (live?.claimedMw ?? 0);
    // Room for a few quarters of the chips wanted (the personality says how many), and the existing
    // business's growth until a site started now opens.
    const neededMw = ceilDiv(neededKw * region.pueBp, 10_000_000);
    // No bigger than the region builds in a year or so (the personality's horizon plus one quarter):
    // a campus that takes three years to finish earns nothing meanwhile; the next site follows next quarter.
    const buildableMw = region.buildMwPerQuarter * (traits.siteQuarters + 1);
    const mw = Math.min(free, buildableMw, Math.max(traits.dataCenterMw, Math.ceil(neededMw / 50) * 50));
    const costM = mw * region.costPerMwM;
    const onlineQuarter = state.quarter + region.permitQuarters + ceilDiv(mw, region.buildMwPerQuarter) - 1;
    if (
      mw < 50 ||
      onlineQuarter >= lastQuarter ||
      costM > cashLeftM + outlook.debtRoomM + Math.floor(outlook.equityRoomM / 2)
    )
      break;
    majors.push({
      priority: firstPriority - 5 - 3 * n,
      action: { type: 'datacenter/build', seat: company.id, regionId: region.id, mw },
      cashM: 0,
    });
    neededKw -= Math.floor((mw * 1000 * 10000) / region.pueBp);
    cashLeftM -= costM;
  }
  return majors;
}

/** A region with power to spare and no export controls, cheapest per usable MW; close calls split at random. */
function siteRegion(
  state: GameState,
  rng: BotRng,
  taken: ReadonlySet<string> = new Set(),
): Region | undefined {
  const controlled = new Set(state.regulation.exportControls.map((c) => c.regionId));
  const options = state.config.regions
    .filter((region) => !controlled.has(region.id) && !taken.has(region.id))
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

/**
 * A cloud's existing business needs general-purpose power to grow (see `core/model/base-business`). The
 * power it will need over the next two quarters is taken out of the sites' room before chips are placed;
 * `shortKw` is what it will need by the time a site started now would open (the personality's site
 * horizon on top) and no site has room for: IT kW a new site must add.
 */
function baseBusinessRoom(
  state: GameState,
  company: CompanyState,
  traits: Traits,
  rooms: Map<number, number>,
): { shortKw: number } {
  const business = company.baseBusiness;
  if (!business || business.revenuePerMwM <= 0) return { shortKw: 0 };
  const life = state.config.market.dataCenterDepreciationQuarters;
  const pueOf = (regionId: string) => state.config.regions.find((r) => r.id === regionId)?.pueBp ?? 10000;
  // Facility MW → IT kW at a site's PUE; the base business is counted in facility MW, as the rules do.
  const itKw = (mw: number, pueBp: number) => Math.floor((mw * 1000 * 10000) / pueBp);
  let reserveMw = baseMwNeeded(business, 2, life);
  const sites = [...company.dataCenters].sort(
    (a, b) => Number(b.status === 'operating') - Number(a.status === 'operating') || a.id - b.id,
  );
  let spareMw = 0;
  for (const site of sites) {
    const room = rooms.get(site.id) ?? 0;
    const roomMw = Math.floor((room * pueOf(site.regionId)) / 10_000_000);
    spareMw += roomMw;
    const take = Math.min(roomMw, reserveMw);
    if (take > 0) {
      rooms.set(site.id, Math.max(0, room - itKw(take, pueOf(site.regionId))));
      reserveMw -= take;
    }
  }
  const region = cheapestRegion(state);
  const horizon = (region?.permitQuarters ?? 1) + 2 + traits.siteQuarters;
  const shortMw = Math.max(0, baseMwNeeded(business, horizon, life) - spareMw);
  return { shortKw: itKw(shortMw, region?.pueBp ?? 10000) };
}
