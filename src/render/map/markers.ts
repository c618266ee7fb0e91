/**
 * What the map shows, as plain data: a marker per placed region (power left, export controls), a
 * circle per data center set around its region's marker without overlapping any other, and the
 * regions the place table does not know. Pure, so tests can check placement without a browser.
 */
import type { DataCenterStatus, GameState } from '../../core';
import { placeOf } from './region-places';

export type Project = (lonLat: [number, number]) => [number, number] | null;

export interface RegionMarker {
  id: string;
  name: string;
  site: string;
  x: number;
  y: number;
  powerMw: number;
  powerLeftMw: number;
  exportControlled: boolean;
  building: number;
  permitting: number;
}

export interface SiteMarker {
  id: number;
  regionId: string;
  ownerId: string;
  /** The owner's seat index: picks its colour and shape. */
  ownerIndex: number;
  mw: number;
  status: DataCenterStatus;
  x: number;
  y: number;
  radius: number;
}

export interface MapMarkers {
  regions: RegionMarker[];
  sites: SiteMarker[];
  unplaced: { id: string; name: string }[];
  owners: { id: string; name: string; index: number }[];
}

/** The radius of a region's own marker, which sites keep clear of. */
export const PIN_RADIUS = 4;
const GAP = 2;

/** Circle area follows MW; `scale` (pixels per √MW) grows with the map so small maps stay legible. */
export function siteRadius(mw: number, scale: number): number {
  return Math.min(20, Math.max(4, Math.sqrt(mw) * scale));
}

export function radiusScaleFor(width: number, height: number): number {
  return Math.min(0.6, Math.max(0.3, Math.min(width, height) / 600));
}

/** The companies that can own sites, in seat order (the order that picks their colours). */
export function ownersOf(state: GameState): MapMarkers['owners'] {
  return state.seats.map((seat, index) => ({
    id: seat.companyId,
    name: state.companies[seat.companyId]?.name ?? seat.companyId,
    index,
  }));
}

/** The level's regions that the place table does not know. */
export function unplacedOf(state: GameState): MapMarkers['unplaced'] {
  return state.config.regions.filter((r) => !placeOf(r.id)).map((r) => ({ id: r.id, name: r.name }));
}

/** The lon/lat of every region the map can place, for fitting the projection. */
export function placedPoints(state: GameState): [number, number][] {
  return state.config.regions.flatMap((r) => {
    const place = placeOf(r.id);
    return place ? [[place.lon, place.lat] as [number, number]] : [];
  });
}

export function mapMarkers(state: GameState, project: Project, radiusScale: number): MapMarkers {
  const owners = ownersOf(state);
  const controlled = new Set(state.regulation.exportControls.map((c) => c.regionId));
  const regions: RegionMarker[] = [];
  const unplaced: { id: string; name: string }[] = [];
  for (const region of state.config.regions) {
    const place = placeOf(region.id);
    const point = place ? project([place.lon, place.lat]) : null;
    if (!place || !point) {
      unplaced.push({ id: region.id, name: region.name });
      continue;
    }
    const power = state.regions[region.id] ?? { powerMw: region.powerMw, claimedMw: 0 };
    const sites = owners.flatMap((o) => state.companies[o.id]?.dataCenters ?? []);
    const here = sites.filter((dc) => dc.regionId === region.id);
    regions.push({
      id: region.id,
      name: region.name,
      site: place.site,
      x: point[0],
      y: point[1],
      powerMw: power.powerMw,
      powerLeftMw: Math.max(0, power.powerMw - power.claimedMw),
      exportControlled: controlled.has(region.id),
      building: here.filter((dc) => dc.status === 'building').length,
      permitting: here.filter((dc) => dc.status === 'permitting').length,
    });
  }

  const unsorted: SiteMarker[] = [];
  for (const owner of owners) {
    for (const dc of state.companies[owner.id]?.dataCenters ?? []) {
      const region = regions.find((r) => r.id === dc.regionId);
      if (!region) continue;
      unsorted.push({
        id: dc.id,
        regionId: dc.regionId,
        ownerId: owner.id,
        ownerIndex: owner.index,
        mw: dc.mw,
        status: dc.status,
        x: region.x,
        y: region.y,
        radius: siteRadius(dc.mw, radiusScale),
      });
    }
  }
  return { regions, sites: placeSites(unsorted, regions), unplaced, owners };
}

/**
 * Sets each site on a spiral around its region's marker, at the first spot clear of every marker
 * and every site placed before it. Largest first, so big campuses sit nearest their region; ties
 * by id, so the picture is the same on every redraw.
 */
export function placeSites(sites: readonly SiteMarker[], regions: readonly RegionMarker[]): SiteMarker[] {
  const order = [...sites].sort((a, b) => b.mw - a.mw || a.id - b.id);
  const placed: SiteMarker[] = [];
  const pins = regions.map((r) => ({ x: r.x, y: r.y, radius: PIN_RADIUS }));
  for (const site of order) {
    const region = regions.find((r) => r.id === site.regionId);
    if (!region) continue;
    const clear = (x: number, y: number) =>
      [...pins, ...placed].every((o) => Math.hypot(o.x - x, o.y - y) >= o.radius + site.radius + GAP);
    let spot = { x: region.x, y: region.y + PIN_RADIUS + site.radius + GAP };
    // The golden angle spreads successive tries evenly; distance grows slowly so the cluster stays tight.
    for (let i = 0; i < 400; i++) {
      const distance = PIN_RADIUS + site.radius + GAP + i * 0.6;
      const angle = Math.PI / 2 + i * 2.39996;
      const x = region.x + Math.cos(angle) * distance;
      const y = region.y + Math.sin(angle) * distance;
      if (clear(x, y)) {
        spot = { x, y };
        break;
      }
    }
    placed.push({ ...site, ...spot });
  }
  return placed.sort((a, b) => a.id - b.id);
}
