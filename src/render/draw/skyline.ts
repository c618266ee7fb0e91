import type { GameObjects } from 'phaser';
import { PALETTE } from '../palette';

/**
 * The title screen's backdrop: a night sky over a grid-lined plain, with a row of data-center
 * halls on the horizon, their server lights on, and power lines feeding them. Drawn with one
 * Graphics object so no image files are needed.
 *
 * The layout is fixed by a small seeded generator, not Math.random, so the title looks the
 * same on every load and screenshots can be compared.
 */

/** Fraction of the screen height where the plain meets the sky. */
const HORIZON = 0.78;

export function drawBackdrop(g: GameObjects.Graphics, width: number, height: number): void {
  g.clear();
  const horizonY = Math.round(height * HORIZON);
  drawSky(g, width, horizonY);
  drawGround(g, width, height, horizonY);
  // Scenery grows with the window height, within limits, so it neither dwarfs nor crowds the menu.
  const k = Math.min(1.5, Math.max(0.7, height / 720));
  const rand = seeded(0x5eed);
  drawPowerLines(g, width, horizonY, k);
  // Two rows of halls: the far row dimmer and taller so the skyline has depth.
  drawHalls(g, rand, width, horizonY, { minH: 40 * k, maxH: 120 * k, shade: 0.55, scale: k });
  drawHalls(g, rand, width, horizonY, { minH: 22 * k, maxH: 70 * k, shade: 1, scale: k });
}

function drawSky(g: GameObjects.Graphics, width: number, horizonY: number): void {
  g.fillGradientStyle(PALETTE.skyTop, PALETTE.skyTop, PALETTE.skyBottom, PALETTE.skyBottom, 1);
  g.fillRect(0, 0, width, horizonY);
  // A few faint stars, kept in the upper sky and out of the title's band so no star
  // sits inside a word like a stray dot.
  const rand = seeded(0x57a75);
  g.fillStyle(0xffffff, 0.5);
  for (let i = 0; i < Math.round(width / 18); i++) {
    const x = Math.floor(rand() * width);
    const y = Math.floor(rand() * horizonY * 0.6);
    const inTitleBand = y > horizonY * 0.12 && y < horizonY * 0.42 && Math.abs(x - width / 2) < width * 0.42;
    if (!inTitleBand) g.fillRect(x, y, 1.5, 1.5);
  }
}

/** The plain below the horizon, with a perspective grid converging on the screen's centre. */
function drawGround(g: GameObjects.Graphics, width: number, height: number, horizonY: number): void {
  g.fillStyle(PALETTE.ground, 1);
  g.fillRect(0, horizonY, width, height - horizonY);
  g.lineStyle(1, PALETTE.gridLine, 0.8);
  const depth = height - horizonY;
  // Horizontal lines bunch up towards the horizon, as they would in perspective.
  for (let i = 1; i <= 8; i++) {
    const y = horizonY + depth * (i / 8) ** 2;
    g.lineBetween(0, y, width, y);
  }
  const vanishX = width / 2;
  for (let i = -12; i <= 12; i++) {
    g.lineBetween(vanishX + i * 8, horizonY, vanishX + i * (width / 10), height);
  }
}

interface HallRow {
  minH: number;
  maxH: number;
  /** Brightness of the row's lights, 0..1: the far row is dimmer. */
  shade: number;
  /** Size factor for widths and gaps, matching the heights. */
  scale: number;
}

/** Wide, low halls (data centers are sheds, not towers) with rows of rack lights. */
function drawHalls(
  g: GameObjects.Graphics,
  rand: () => number,
  width: number,
  horizonY: number,
  row: HallRow,
): void {
  let x = -20 + rand() * 30;
  while (x < width) {
    const w = (70 + rand() * 150) * row.scale;
    const h = row.minH + rand() * (row.maxH - row.minH);
    const top = horizonY - h;
    g.fillStyle(PALETTE.building, 1);
    g.fillRect(x, top, w, h);
    g.lineStyle(1, PALETTE.buildingEdge, 1);
    g.strokeRect(x, top, w, h);
    // Cooling units on the roof.
    g.fillStyle(PALETTE.buildingEdge, 1);
    for (let ux = x + 8; ux + 10 < x + w - 4; ux += 18) g.fillRect(ux, top - 4, 10, 4);
    drawRackLights(g, rand, x, top, w, h, row.shade);
    x += w + (8 + rand() * 26) * row.scale;
  }
}

function drawRackLights(
  g: GameObjects.Graphics,
  rand: () => number,
  x: number,
  top: number,
  w: number,
  h: number,
  shade: number,
): void {
  for (let ly = top + 8; ly < top + h - 6; ly += 9) {
    for (let lx = x + 6; lx < x + w - 8; lx += 7) {
      const r = rand();
      if (r > 0.62) continue;
      g.fillStyle(r < 0.08 ? PALETTE.windowWarm : PALETTE.windowCool, shade * (0.35 + r));
      g.fillRect(lx, ly, 4, 2);
    }
  }
}

/** Pylons across the plain with sagging cables: the grid power every hall depends on. */
function drawPowerLines(g: GameObjects.Graphics, width: number, horizonY: number, scale: number): void {
  const pylonTop = horizonY - 150 * scale;
  const spacing = Math.max(180, width / 6);
  g.lineStyle(2, PALETTE.powerLine, 0.9);
  let previous: number | null = null;
  for (let px = spacing / 2; px < width + spacing; px += spacing) {
    g.lineBetween(px, horizonY, px, pylonTop);
    g.lineBetween(px - 14, pylonTop + 10, px + 14, pylonTop + 10);
    if (previous !== null) drawCable(g, previous, px, pylonTop + 10);
    previous = px;
  }
}

function drawCable(g: GameObjects.Graphics, fromX: number, toX: number, y: number): void {
  g.lineStyle(1, PALETTE.powerLine, 0.7);
  g.beginPath();
  g.moveTo(fromX, y);
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    // A parabola is close enough to a hanging cable at this size.
    g.lineTo(fromX + (toX - fromX) * t, y + 18 * 4 * t * (1 - t));
  }
  g.strokePath();
}

/** mulberry32: a tiny deterministic generator, enough for scenery. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
