import type { GameObjects } from 'phaser';
import { type MapMarkers, PIN_RADIUS, type SiteMarker } from '../map/markers';
import { ownerStyle } from '../map/owner-style';
import { dashes, shapePoints } from '../map/shape-points';
import { PALETTE } from '../palette';

/** Animation progress per site id: growth 0..1 for a new site, pulse 0..1 for a quarter's news. */
export interface SiteMotion {
  grow: ReadonlyMap<number, number>;
  pulse: ReadonlyMap<number, number>;
}

export const STILL: SiteMotion = { grow: new Map(), pulse: new Map() };

/**
 * Region markers and data centers. An operating site is a solid shape; one in permits or under
 * construction is a dashed outline (dots while in permits), so status reads without colour.
 */
export function drawMarkers(g: GameObjects.Graphics, markers: MapMarkers, motion: SiteMotion = STILL): void {
  g.clear();
  for (const site of markers.sites) drawSite(g, site, motion);
  // Pins last, so a region's own spot is never hidden under a campus.
  for (const region of markers.regions) {
    g.fillStyle(PALETTE.labelBacking, 1);
    g.fillCircle(region.x, region.y, PIN_RADIUS + 1.5);
    g.fillStyle(PALETTE.pin, 1);
    g.fillCircle(region.x, region.y, PIN_RADIUS);
  }
  // Over the pin: a red ring with a bar through it, the "restricted" sign (the label says it in words).
  for (const region of markers.regions) {
    if (!region.exportControlled) continue;
    const r = PIN_RADIUS + 5;
    const d = r * Math.SQRT1_2;
    g.lineStyle(2.5, PALETTE.exportMark, 1);
    g.strokeCircle(region.x, region.y, r);
    g.lineBetween(region.x - d, region.y + d, region.x + d, region.y - d);
  }
}

function drawSite(g: GameObjects.Graphics, site: SiteMarker, motion: SiteMotion): void {
  const style = ownerStyle(site.ownerIndex);
  const grow = motion.grow.get(site.id) ?? 1;
  const radius = Math.max(1, site.radius * grow);
  const points = shapePoints(style.shape, site.x, site.y, radius);
  if (site.status === 'operating') {
    g.fillStyle(style.colour, 0.92);
    fillShape(g, points);
    g.lineStyle(1, PALETTE.labelBacking, 0.9);
    strokeShape(g, points);
  } else {
    g.fillStyle(style.colour, 0.25);
    fillShape(g, points);
    const dotted = site.status === 'permitting';
    g.lineStyle(dotted ? 1.5 : 2, style.colour, 1);
    for (const [a, b] of dashes(points, dotted ? 1.5 : 4, dotted ? 3 : 3)) g.lineBetween(a.x, a.y, b.x, b.y);
  }
  const pulse = motion.pulse.get(site.id);
  if (pulse !== undefined && pulse < 1) {
    g.lineStyle(2, style.colour, 1 - pulse);
    strokeShape(g, shapePoints(style.shape, site.x, site.y, radius + 3 + pulse * 12));
  }
}

export function fillShape(g: GameObjects.Graphics, points: readonly { x: number; y: number }[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath();
  g.moveTo(first.x, first.y);
  for (const p of rest) g.lineTo(p.x, p.y);
  g.closePath();
  g.fillPath();
}

function strokeShape(g: GameObjects.Graphics, points: readonly { x: number; y: number }[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath();
  g.moveTo(first.x, first.y);
  for (const p of rest) g.lineTo(p.x, p.y);
  g.closePath();
  g.strokePath();
}
