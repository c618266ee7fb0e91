import type { GameObjects } from 'phaser';
import type { LegendLayout } from '../map/legend-layout';
import type { Rect } from '../map/projection';
import { dashes, shapePoints } from '../map/shape-points';
import { PALETTE } from '../palette';
import { fillShape } from './map-sites';
import type { TextPool } from './text-pool';

/** Draws the legend along the bottom of `rect`. */
export function drawLegend(pool: TextPool, g: GameObjects.Graphics, legend: LegendLayout, rect: Rect): void {
  pool.begin();
  g.clear();
  const top = rect.y + rect.height - legend.height;
  g.fillStyle(PALETTE.labelBacking, 0.8);
  g.fillRect(rect.x, top, rect.width, legend.height);
  g.lineStyle(1, PALETTE.border, 0.8);
  g.lineBetween(rect.x, top, rect.x + rect.width, top);
  for (const item of legend.items) {
    const x = rect.x + item.x;
    const y = top + item.y;
    const cy = y + legend.fontPx / 2 + 2;
    const colour = item.colour ?? PALETTE.legendNeutral;
    const points = shapePoints(item.shape, x + 7, cy, 5);
    if (item.look === 'solid') {
      g.fillStyle(colour, 0.92);
      fillShape(g, points);
    } else if (item.look !== 'none') {
      const dotted = item.look === 'dotted';
      g.lineStyle(dotted ? 1.5 : 2, colour, 1);
      for (const [a, b] of dashes(points, dotted ? 1.5 : 4, 3)) g.lineBetween(a.x, a.y, b.x, b.y);
    }
    const textX = item.look === 'none' ? x : x + 18;
    pool.place(
      item.text,
      legend.fontPx,
      item.look === 'none' ? PALETTE.mapTextWarn : PALETTE.mapText,
      textX,
      y,
    );
  }
  pool.end();
}
