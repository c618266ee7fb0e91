import { describe, expect, it } from 'vitest';
import { mapMarkers, PIN_RADIUS, placedPoints } from '../../../src/render/map/markers';
import { act, patch, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';
import { oracleLevel, project, sandboxGame } from './fixtures';

const sandboxMarkers = (state = sandboxGame()) => mapMarkers(state, project(placedPoints(state)), 0.45);

describe('the map markers', () => {
  it("shows each region's power left, from the state", () => {
    const start = sandboxGame();
    const state = act(start, { type: 'datacenter/build', seat: 'openai', regionId: 'texas', mw: 500 });
    const before = sandboxMarkers(start).regions.find((r) => r.id === 'texas');
    const after = sandboxMarkers(state).regions.find((r) => r.id === 'texas');
    expect(after?.powerMw).toBe(4000);
    expect(after?.powerLeftMw).toBe((before?.powerLeftMw ?? 0) - 500);
    expect(after?.permitting).toBe(1); // West Texas grants permits in one quarter, then it is built
  });

  it('marks a region under export controls', () => {
    const state = patch(sandboxGame(), (draft) => {
      draft.regulation.exportControls.push({
        regionId: 'gulf',
        supplyBp: 5000,
        untilQuarter: 4,
        reason: 'test',
      });
    });
    const marks = sandboxMarkers(state).regions.map((r) => [r.id, r.exportControlled]);
    expect(marks).toContainEqual(['gulf', true]);
    expect(marks).toContainEqual(['virginia', false]);
  });

  it('places every data center, clear of the others and of every region marker', () => {
    const { regions, sites } = sandboxMarkers();
    expect(sites).toHaveLength(8); // the sandbox's starting campuses
    for (const [i, a] of sites.entries()) {
      for (const b of sites.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y), `sites ${a.id} and ${b.id}`).toBeGreaterThanOrEqual(
          a.radius + b.radius,
        );
      for (const r of regions)
        expect(Math.hypot(a.x - r.x, a.y - r.y), `site ${a.id} on ${r.id}`).toBeGreaterThanOrEqual(
          a.radius + PIN_RADIUS,
        );
    }
  });

  it('keeps each data center near its own region', () => {
    const { regions, sites } = sandboxMarkers();
    for (const site of sites) {
      const own = regions.find((r) => r.id === site.regionId);
      expect(own).toBeDefined();
      expect(Math.hypot(site.x - (own?.x ?? 0), site.y - (own?.y ?? 0))).toBeLessThan(60);
    }
  });

  it('sizes sites by MW and colours them by their owner seat', () => {
    const { sites, owners } = sandboxMarkers();
    const microsoft = sites.find((s) => s.ownerId === 'microsoft'); // 500 MW in Virginia
    const anthropic = sites.find((s) => s.ownerId === 'anthropic'); // 100 MW in Virginia
    expect(microsoft?.radius).toBeGreaterThan(anthropic?.radius ?? Number.POSITIVE_INFINITY);
    expect(owners.map((o) => o.id)).toEqual(['openai', 'anthropic', 'aws', 'microsoft', 'google', 'oracle']);
    expect(microsoft?.ownerIndex).toBe(3);
  });

  it('places the same picture on every redraw', () => {
    expect(sandboxMarkers()).toEqual(sandboxMarkers());
  });

  it('lists a region the place table does not know as unplaced instead of failing', () => {
    const state = startGame(tinyLevel()); // regions "north" and "south"
    const markers = mapMarkers(state, project(placedPoints(state)), 0.45);
    expect(markers.regions).toEqual([]);
    expect(markers.sites).toEqual([]);
    expect(markers.unplaced.map((u) => u.name)).toEqual(['North', 'South']);
  });

  it("places all four of Oracle's American sites", () => {
    const state = startGame(oracleLevel());
    const markers = mapMarkers(state, project(placedPoints(state)), 0.45);
    expect(markers.regions.map((r) => r.id).sort()).toEqual([
      'abilene',
      'michigan',
      'new-mexico',
      'wisconsin',
    ]);
    expect(markers.unplaced).toEqual([]);
  });
});
