/**
 * Where each level region sits on the globe. Levels name regions by id only (the rules need no
 * coordinates), so the map keeps its own table: one real site per region, from the press reports
 * the levels are built on. A region missing here is listed as "not on the map", never guessed.
 */

export interface RegionPlace {
  /** Degrees east (negative: west). */
  readonly lon: number;
  /** Degrees north. */
  readonly lat: number;
  /** The real site the marker stands for, shown under the region's name. */
  readonly site: string;
}

const ABILENE: RegionPlace = { lon: -99.73, lat: 32.45, site: 'Abilene, TX' };

export const REGION_PLACES: Readonly<Record<string, RegionPlace>> = {
  texas: ABILENE,
  abilene: ABILENE,
  virginia: { lon: -77.49, lat: 39.04, site: 'Ashburn, VA' },
  indiana: { lon: -86.51, lat: 41.7, site: 'New Carlisle, IN' },
  ireland: { lon: -6.26, lat: 53.35, site: 'Dublin' },
  gulf: { lon: 54.38, lat: 24.45, site: 'Abu Dhabi' },
  'new-mexico': { lon: -106.8, lat: 32.35, site: 'Doña Ana County, NM' },
  wisconsin: { lon: -87.88, lat: 43.39, site: 'Port Washington, WI' },
  michigan: { lon: -83.78, lat: 42.17, site: 'Saline Township, MI' },
};

/** The place of a region, or undefined when the table does not know it (a new or home-made level). */
export function placeOf(regionId: string): RegionPlace | undefined {
  return Object.hasOwn(REGION_PLACES, regionId) ? REGION_PLACES[regionId] : undefined;
}
