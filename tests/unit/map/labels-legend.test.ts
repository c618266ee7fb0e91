import { describe, expect, it } from 'vitest';
import { clusterBox, placeLabels } from '../../../src/render/map/labels';
import { layoutLegend } from '../../../src/render/map/legend-layout';
import { mapMarkers, ownersOf, placedPoints } from '../../../src/render/map/markers';
import { siteChanges, statusesOf } from '../../../src/render/map/site-changes';
import { LAPTOP, project, sandboxGame } from './fixtures';

const overlapArea = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

describe('region labels', () => {
  const state = sandboxGame();
  const markers = mapMarkers(state, project(placedPoints(state)), 0.45);
  const requests = markers.regions.map((r) => ({
    id: r.id,
    cluster: clusterBox([{ x: r.x, y: r.y, radius: 6 }, ...markers.sites.filter((s) => s.regionId === r.id)]),
    width: 150,
    height: 36,
  }));
  const boxes = placeLabels(requests, markers.sites, LAPTOP);

  it('labels every placed region, inside the map', () => {
    expect([...boxes.keys()].sort()).toEqual(['gulf', 'indiana', 'ireland', 'texas', 'virginia']);
    for (const box of boxes.values()) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(LAPTOP.width);
      expect(box.y + box.height).toBeLessThanOrEqual(LAPTOP.height);
    }
  });

  it('keeps labels off each other in the crowded American east', () => {
    const list = [...boxes.values()];
    for (const [i, a] of list.entries()) for (const b of list.slice(i + 1)) expect(overlapArea(a, b)).toBe(0);
  });
});

describe('the legend', () => {
  const state = sandboxGame();
  it('names every owner and the three stages, wrapping inside the width', () => {
    const legend = layoutLegend({ owners: ownersOf(state), unplaced: [] }, 400, 12);
    const texts = legend.items.map((i) => i.text);
    expect(texts).toEqual(
      expect.arrayContaining(['OpenAI', 'Oracle', 'operating', 'building', 'in permits']),
    );
    const rows = new Set(legend.items.map((i) => i.y));
    expect(rows.size).toBeGreaterThan(1);
    expect(legend.height).toBeGreaterThan(12 * rows.size);
  });

  it('adds a row for regions that are not on the map', () => {
    const legend = layoutLegend({ owners: [], unplaced: [{ id: 'x', name: 'Atlantis' }] }, 600, 12);
    expect(legend.items.at(-1)?.text).toBe('Not on the map: Atlantis');
  });
});

describe('what the map animates', () => {
  it('nothing on the first drawing, then new sites and changed stages', () => {
    expect(siteChanges(null, [{ id: 1, status: 'operating' }])).toEqual({ appeared: [], changed: [] });
    const before = statusesOf([
      { id: 1, status: 'operating' },
      { id: 2, status: 'building' },
    ]);
    expect(
      siteChanges(before, [
        { id: 1, status: 'operating' },
        { id: 2, status: 'operating' },
        { id: 3, status: 'permitting' },
      ]),
    ).toEqual({ appeared: [3], changed: [2] });
  });
});
