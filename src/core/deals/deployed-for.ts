/**
 * How many MW of a chipmaker's chips are deployed *for* a company, the measure Nvidia's letter and AMD's
 * warrant count. The sources count systems deployed for OpenAI wherever they run — mostly in partners'
 * sites (Oracle's Abilene runs Nvidia GB200s for OpenAI) — so the measure is the company's own running
 * chips of the chipmaker plus, for each compute commitment delivering to it, its share of the chips the
 * provider runs: the provider's MW of those chips × committed CU / the provider's running CU, at most all
 * of them. A cloud partner has no sites in the game; it states the chip its capacity runs on (`fleet`),
 * and a commitment takes the MW that chip needs to deliver its CU. Facility MW throughout, cooling included.
 */

import { mulDivFloor } from '../intmath';
import type { Level, Partner } from '../level/schema';
import { chipById, companyCapacity, itPowerKw } from '../model/capacity';
import { ownRecord } from '../own';
import type { CompanyState, GameState } from '../state';
import { runningTerms } from './obligations';

interface SiteChips {
  mw: number;
  regionId: string;
  chips: readonly { chipId: string; k: number }[];
}

const pueOf = (level: Level, regionId: string): number =>
  level.regions.find((region) => region.id === regionId)?.pueBp ?? 10000;

/** Facility MW the partner's chips draw at one site: their power, within the site's, with the PUE on top. */
function partnerMwAt(level: Level, partner: Partner, site: SiteChips): number {
  const pueBp = pueOf(level, site.regionId);
  let kw = 0;
  for (const batch of site.chips) {
    if (!partner.chips.includes(batch.chipId)) continue;
    kw += batch.k * (chipById(level, batch.chipId)?.powerW ?? 0); // 1k chips × W = kW
  }
  return Math.floor((Math.min(kw, itPowerKw(site.mw, pueBp)) * pueBp) / 10000 / 1000);
}

/** MW of the partner's chips running in the company's own operating data centers. */
export function ownPartnerMw(state: GameState, partner: Partner, company: CompanyState): number {
  let mw = 0;
  for (const site of company.dataCenters) {
    if (site.status !== 'operating') continue;
    const chips = company.chipBatches.filter((batch) => batch.dataCenterId === site.id);
    mw += partnerMwAt(state.config, partner, { mw: site.mw, regionId: site.regionId, chips });
  }
  return mw;
}

/** MW of the partner's chips a commitment of `cu` CU a quarter takes of its provider's, as the provider runs them. */
function commitmentPartnerMw(state: GameState, partner: Partner, providerId: string, cu: number): number {
  const seat = ownRecord(state.companies, providerId);
  if (seat) {
    const totalCu = companyCapacity(state.config, seat).capacityCu;
    if (totalCu <= 0) return 0;
    return mulDivFloor(ownPartnerMw(state, partner, seat), Math.min(cu, totalCu), totalCu);
  }
  // A cloud partner: the MW its stated chip needs for the CU committed, up to the most it sells.
  const cloud = state.config.partners.find((p) => p.id === providerId);
  const fleet = cloud?.fleet;
  if (!cloud || !fleet || !partner.chips.includes(fleet.chipId)) return 0;
  const chip = chipById(state.config, fleet.chipId);
  if (!chip || chip.computeTf <= 0) return 0;
  // CU / TF = thousands of chips; × W = IT kW; × PUE = facility kW; / 1000 = MW.
  const itKw = mulDivFloor(Math.min(cu, cloud.maxComputeCu), chip.powerW, chip.computeTf);
  return Math.floor(mulDivFloor(itKw, pueOf(state.config, fleet.regionId), 10000) / 1000);
}

/**
 * MW of the partner's chips deployed for the company: its own running, plus its share of its providers'
 * under every compute commitment now delivering to it (started, not run out, ended or failed).
 */
export function partnerMwDeployedFor(state: GameState, partner: Partner, company: CompanyState): number {
  let mw = ownPartnerMw(state, partner, company);
  for (const { term } of runningTerms(state, 'computeCommitment'))
    if (term.buyer === company.id)
      mw += commitmentPartnerMw(state, partner, term.provider, term.cuPerQuarter);
  return mw;
}
