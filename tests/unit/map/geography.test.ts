import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countriesHolding, geographyFrom } from '../../../src/render/map/geography';
import { REGION_PLACES } from '../../../src/render/map/region-places';

const topology = JSON.parse(
  readFileSync(new URL('../../../node_modules/world-atlas/countries-110m.json', import.meta.url), 'utf8'),
);
const geography = geographyFrom(topology);
const names = (points: [number, number][]) =>
  [...countriesHolding(geography, points)]
    .map((i) => geography.countries.features[i]?.properties.name)
    .sort();

describe('the world map data', () => {
  it('finds the country of every known region site', () => {
    for (const [id, place] of Object.entries(REGION_PLACES))
      expect(names([[place.lon, place.lat]]), id).toHaveLength(1);
    expect(
      names([
        [-77.49, 39.04],
        [-6.26, 53.35],
        [54.38, 24.45],
      ]),
    ).toEqual(['Ireland', 'United Arab Emirates', 'United States of America']);
  });

  it('finds none for a point at sea', () => {
    expect(names([[-40, 35]])).toEqual([]);
  });

  it('still finds a country that crosses the date line', () => {
    expect(names([[170, 65]])).toEqual(['Russia']);
  });
});
