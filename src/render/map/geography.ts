/**
 * The world's outlines: Natural Earth at 1:110m (world-atlas), about 100 KB of TopoJSON. It is a
 * dynamic import so the title screen never downloads it; the first game screen does, once.
 */
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface Geography {
  countries: FeatureCollection<Geometry, { name: string }>;
  /** Borders between countries (coasts excluded: the land's own edge draws those). */
  borders: MultiLineString;
}

let loading: Promise<Geography> | null = null;

export function loadGeography(): Promise<Geography> {
  loading ??= import('world-atlas/countries-110m.json').then((module) => {
    const topology = module.default as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const countries = topology.objects.countries;
    return {
      countries: feature(topology, countries) as FeatureCollection<Geometry, { name: string }>,
      borders: mesh(topology, countries, (a, b) => a !== b),
    };
  });
  return loading;
}
