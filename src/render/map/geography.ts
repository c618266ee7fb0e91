/**
 * The world's outlines: Natural Earth at 1:110m (world-atlas), about 100 KB of TopoJSON. It is a
 * dynamic import so the title screen never downloads it; the first game screen does, once.
 */
import { geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Country = Feature<Geometry, { name: string }>;

export interface Geography {
  countries: FeatureCollection<Geometry, { name: string }>;
  /** Borders between countries (coasts excluded: the land's own edge draws those). */
  borders: MultiLineString;
  /** Each country's box in degrees [west, south, east, north], in the order of `countries`. */
  boxes: [number, number, number, number][];
}

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Builds the geography from a world-atlas topology (separate from loading, so tests can use it in Node). */
export function geographyFrom(topology: CountryTopology): Geography {
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<
    Geometry,
    { name: string }
  >;
  return {
    countries,
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    boxes: countries.features.map(boxOf),
  };
}

let loading: Promise<Geography> | null = null;

export function loadGeography(): Promise<Geography> {
  loading ??= import('world-atlas/countries-110m.json').then((module) =>
    geographyFrom(module.default as unknown as CountryTopology),
  );
  return loading;
}

/**
 * The countries that hold any of the points, by index. Spherical containment is slow (every edge of
 * the country, for every point), so each country's plain lon/lat box rules out most of them first;
 * a country across the date line gets a box round the whole globe, which only costs a check.
 */
export function countriesHolding(geography: Geography, points: readonly [number, number][]): Set<number> {
  const out = new Set<number>();
  geography.countries.features.forEach((country, i) => {
    const [west, south, east, north] = geography.boxes[i] ?? [-180, -90, 180, 90];
    for (const [lon, lat] of points) {
      if (lon < west || lon > east || lat < south || lat > north) continue;
      if (geoContains(country, [lon, lat])) {
        out.add(i);
        return;
      }
    }
  });
  return out;
}

function boxOf(country: Country): [number, number, number, number] {
  let west = 180;
  let south = 90;
  let east = -180;
  let north = -90;
  const visit = (p: Position) => {
    const lon = p[0] ?? 0;
    const lat = p[1] ?? 0;
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  const g = country.geometry;
  if (g.type === 'Polygon') for (const ring of g.coordinates) ring.forEach(visit);
  else if (g.type === 'MultiPolygon')
    for (const poly of g.coordinates) for (const ring of poly) ring.forEach(visit);
  else return [-180, -90, 180, 90];
  return [west, south, east, north];
}
