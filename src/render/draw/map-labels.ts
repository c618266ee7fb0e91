import type { GameObjects } from 'phaser';
import { formatCount } from '../../core';
import { clusterBox, placeLabels } from '../map/labels';
import { type MapMarkers, PIN_RADIUS, type RegionMarker } from '../map/markers';
import type { Rect } from '../map/projection';
import { PALETTE } from '../palette';
import type { TextPool } from './text-pool';

/** Farther than this from its pin (px), a label gets a leader line. */
const LEADER_AFTER = 22;

export interface LabelSizes {
  namePx: number;
  detailPx: number;
}

export function labelSizesFor(rect: Rect): LabelSizes {
  const big = rect.width >= 620 && rect.height >= 300;
  return { namePx: big ? 14 : 13, detailPx: big ? 13 : 12 };
}

/** The lines under a region's name: power left, export controls, sites not yet running. */
export function detailLines(region: RegionMarker): { text: string; warn: boolean }[] {
  const lines = [
    {
      text: `${formatCount(region.powerLeftMw)} of ${formatCount(region.powerMw)} MW left`,
      warn: false,
    },
  ];
  if (region.exportControlled) lines.push({ text: '⊘ Export controls', warn: true });
  const pending = [
    region.building > 0 ? `${region.building} building` : '',
    region.permitting > 0 ? `${region.permitting} in permits` : '',
  ].filter(Boolean);
  if (pending.length > 0) lines.push({ text: pending.join(', '), warn: false });
  return lines;
}

/** The regions' labels, each on a dark backing so it reads over land, borders and circles alike. */
export function drawRegionLabels(
  pool: TextPool,
  backing: GameObjects.Graphics,
  markers: MapMarkers,
  rect: Rect,
): void {
  pool.begin();
  backing.clear();
  const sizes = labelSizesFor(rect);
  const lineGap = 2;
  const requests = markers.regions.map((region) => {
    const lines = detailLines(region);
    // Measured, not estimated: a backing that fits its text leaves more room for the neighbours.
    const width = Math.max(
      pool.measure(region.name, sizes.namePx, true),
      ...lines.map((l) => pool.measure(l.text, sizes.detailPx)),
    );
    const height = sizes.namePx + 4 + lines.length * (sizes.detailPx + 4 + lineGap);
    const circles = [
      { x: region.x, y: region.y, radius: 6 },
      ...markers.sites.filter((s) => s.regionId === region.id),
    ];
    return {
      id: region.id,
      cluster: clusterBox(circles),
      width: width + 8,
      height: height + 4,
      lines,
      region,
    };
  });
  const pins = markers.regions.map((r) => ({ x: r.x, y: r.y, radius: PIN_RADIUS + 2 }));
  const boxes = placeLabels(requests, [...markers.sites, ...pins], rect);
  for (const req of requests) {
    const box = boxes.get(req.id);
    if (!box) continue;
    const pin = req.region;
    // A label pushed away from its cluster by its neighbours keeps a thin line back to its region.
    const nearX = Math.min(Math.max(pin.x, box.x), box.x + box.width);
    const nearY = Math.min(Math.max(pin.y, box.y), box.y + box.height);
    if (Math.hypot(nearX - pin.x, nearY - pin.y) > LEADER_AFTER) {
      backing.lineStyle(1, PALETTE.pin, 0.7);
      backing.lineBetween(pin.x, pin.y, nearX, nearY);
    }
    backing.fillStyle(PALETTE.labelBacking, 0.72);
    backing.fillRoundedRect(box.x, box.y, box.width, box.height, 4);
    let y = box.y + 2;
    pool.place(req.region.name, sizes.namePx, PALETTE.mapText, box.x + 4, y, true);
    y += sizes.namePx + 4 + lineGap;
    for (const line of req.lines) {
      const colour = line.warn ? PALETTE.mapTextWarn : PALETTE.mapTextMuted;
      pool.place(line.text, sizes.detailPx, colour, box.x + 4, y);
      y += sizes.detailPx + 4 + lineGap;
    }
  }
  pool.end();
}
