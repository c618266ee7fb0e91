/**
 * The map's content as rows for its DOM twin: each region's power, price and export controls, and
 * the data centers in it with their owner, size, stage and (while unfinished) the quarter they come
 * online. Pure, so it can be tested without a browser.
 */
import { type DataCenterStatus, formatBp, type GameState, quarterLabel } from '../../core';

export interface SiteRow {
  id: number;
  owner: string;
  mw: number;
  status: DataCenterStatus;
  /** "2027 Q3" for a site not yet running: it comes online at the end of that quarter. */
  onlineBy: string | null;
}

export interface RegionRow {
  id: string;
  name: string;
  powerMw: number;
  powerLeftMw: number;
  growthMwPerQuarter: number;
  costPerMwM: number;
  /** Each export control on the region, in a sentence; empty when none. */
  exportControls: string[];
  sites: SiteRow[];
}

const ceilDiv = (a: number, b: number) => Math.ceil(a / Math.max(1, b));

/**
 * The last quarter of work on a site: the rest of its permits, then construction at the region's
 * pace (as the data-center action's own preview counts it).
 */
function lastQuarterOfWork(
  state: GameState,
  status: DataCenterStatus,
  quartersToGo: number,
  mw: number,
  buildMw: number,
) {
  if (status === 'operating') return null;
  const buildQuarters = status === 'permitting' ? ceilDiv(mw, buildMw) : 0;
  return state.quarter + quartersToGo + buildQuarters - 1;
}

export function regionRows(state: GameState): RegionRow[] {
  return state.config.regions.map((region) => {
    const power = state.regions[region.id] ?? { powerMw: region.powerMw, claimedMw: 0 };
    const sites: SiteRow[] = [];
    for (const seat of state.seats) {
      const company = state.companies[seat.companyId];
      for (const dc of company?.dataCenters ?? []) {
        if (dc.regionId !== region.id) continue;
        const last = lastQuarterOfWork(state, dc.status, dc.quartersToGo, dc.mw, region.buildMwPerQuarter);
        sites.push({
          id: dc.id,
          owner: company?.name ?? seat.companyId,
          mw: dc.mw,
          status: dc.status,
          onlineBy: last === null ? null : quarterLabel(state.config, last),
        });
      }
    }
    const exportControls = state.regulation.exportControls
      .filter((c) => c.regionId === region.id)
      .map(
        (c) =>
          `Only ${formatBp(c.supplyBp)} of chip deliveries may enter, through ${quarterLabel(state.config, c.untilQuarter)}${c.reason ? ` (${c.reason})` : ''}.`,
      );
    return {
      id: region.id,
      name: region.name,
      powerMw: power.powerMw,
      powerLeftMw: Math.max(0, power.powerMw - power.claimedMw),
      growthMwPerQuarter: region.powerGrowthMwPerQuarter,
      costPerMwM: region.costPerMwM,
      exportControls,
      sites: sites.sort((a, b) => a.id - b.id),
    };
  });
}

export const STATUS_WORDS: Record<DataCenterStatus, string> = {
  permitting: 'in permits',
  building: 'being built',
  operating: 'operating',
};
