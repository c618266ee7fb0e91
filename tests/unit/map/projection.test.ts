import { describe, expect, it } from 'vitest';
import { fitRegions, regionBox } from '../../../src/render/map/projection';
import { REGION_PLACES } from '../../../src/render/map/region-places';
import { LAPTOP, PADDING } from './fixtures';

const lonLat = (id: string): [number, number] => {
  const place = REGION_PLACES[id];
  if (!place) throw new Error(`no place for ${id}`);
  return [place.lon, place.lat];
};

const inside = (p: [number, number] | null, rect = LAPTOP, pad = PADDING) =>
  !!p &&
  p[0] >= rect.x + pad.left - 0.5 &&
  p[0] <= rect.x + rect.width - pad.right + 0.5 &&
  p[1] >= rect.y + pad.top - 0.5 &&
  p[1] <= rect.y + rect.height - pad.bottom + 0.5;

describe('fitting the map to the level', () => {
  it.each([
    ['the sandbox (Texas to Abu Dhabi)', ['virginia', 'texas', 'indiana', 'ireland', 'gulf']],
    ["Oracle's four American sites", ['abilene', 'new-mexico', 'wisconsin', 'michigan']],
    ['a single region', ['ireland']],
  ])('puts every region of %s inside the padded rectangle', (_name, ids) => {
    const points = ids.map(lonLat);
    const projection = fitRegions(points, LAPTOP, PADDING);
    for (const p of points) expect(inside(projection(p)), `${p}`).toBe(true);
  });

  it('uses the room: the regions span most of the width or height left for them', () => {
    const points = ['virginia', 'texas', 'gulf'].map(lonLat);
    const projection = fitRegions(points, LAPTOP, PADDING);
    const xs = points.map((p) => projection(p)?.[0] ?? 0);
    const usable = LAPTOP.width - PADDING.left - PADDING.right;
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(usable * 0.6);
  });

  it('keeps east east and north north', () => {
    const projection = fitRegions(['texas', 'gulf', 'ireland'].map(lonLat), LAPTOP, PADDING);
    const [texas, gulf, ireland] = ['texas', 'gulf', 'ireland'].map((id) => projection(lonLat(id)) ?? [0, 0]);
    expect(gulf?.[0]).toBeGreaterThan(texas?.[0] ?? 0);
    expect(ireland?.[1]).toBeLessThan(gulf?.[1] ?? 0);
  });

  it('does not zoom one region to a street map: the shown box has a minimum span', () => {
    const box = regionBox([lonLat('ireland')]);
    expect(box.east - box.west).toBeGreaterThanOrEqual(26);
    expect(box.north - box.south).toBeGreaterThanOrEqual(14);
  });

  it('shows a sensible world when no region is placed', () => {
    const projection = fitRegions([], LAPTOP, PADDING);
    expect(inside(projection([-40, 35]))).toBe(true);
  });
});
