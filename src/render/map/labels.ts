/**
 * Where each region's label goes: beside its cluster of sites, on the first side (right, left,
 * below, above) that stays inside the map and clear of other labels and circles; failing that, on
 * the side that overlaps least. Sizes are estimated from the text length, so this stays pure.
 */
import type { Rect } from './projection';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Circle {
  x: number;
  y: number;
  radius: number;
}

export interface LabelRequest {
  id: string;
  /** The region's marker and its sites: the label sits beside this. */
  cluster: Box;
  width: number;
  height: number;
}

const GAP = 4;

/** A generous width for a line of sans-serif text (average glyph ≈ 0.56 em; bold a little wider). */
export function textWidth(text: string, fontPx: number, bold = false): number {
  return Math.ceil(text.length * fontPx * (bold ? 0.6 : 0.56));
}

export function clusterBox(circles: readonly Circle[]): Box {
  const x0 = Math.min(...circles.map((c) => c.x - c.radius));
  const y0 = Math.min(...circles.map((c) => c.y - c.radius));
  const x1 = Math.max(...circles.map((c) => c.x + c.radius));
  const y1 = Math.max(...circles.map((c) => c.y + c.radius));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(box: Box, rect: Rect): number {
  const inside = overlap(box, rect);
  return box.width * box.height - inside;
}

/** Gaps tried between a cluster and its label, nearest first; beyond the first, a leader line joins them. */
const DISTANCES = [GAP, 16, 30, 48] as const;
/** Right, left, below, above, then the diagonals: reading order first. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

function candidates(req: LabelRequest): Box[] {
  const { cluster: c, width: w, height: h } = req;
  const out: Box[] = [];
  for (const d of DISTANCES) {
    for (const [dx, dy] of DIRECTIONS) {
      const x = dx > 0 ? c.x + c.width + d : dx < 0 ? c.x - d - w : c.x + c.width / 2 - w / 2;
      const y = dy > 0 ? c.y + c.height + d : dy < 0 ? c.y - d - h : c.y + c.height / 2 - h / 2;
      out.push({ x, y, width: w, height: h });
    }
  }
  return out;
}

/** Places every label; `obstacles` are the circles labels should not cover. */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Circle[],
  rect: Rect,
): Map<string, Box> {
  const out = new Map<string, Box>();
  const taken: Box[] = obstacles.map((o) => ({
    x: o.x - o.radius,
    y: o.y - o.radius,
    width: o.radius * 2,
    height: o.radius * 2,
  }));
  // Left to right, so neighbours settle in reading order and the result is stable.
  for (const req of [...requests].sort((a, b) => a.cluster.x - b.cluster.x || a.id.localeCompare(b.id))) {
    let best: Box | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const [i, box] of candidates(req).entries()) {
      // Leaving the map is worse than covering a neighbour: a cut-off label cannot be read at all.
      // Farther spots cost a little, so a clear spot near the cluster wins over a clear one far off.
      const cost = outside(box, rect) * 4 + taken.reduce((sum, t) => sum + overlap(box, t), 0) + i * 0.01;
      if (cost < bestCost) {
        best = box;
        bestCost = cost;
      }
      if (cost < 1) break;
    }
    if (!best) continue;
    // Whatever side won, keep it inside the map.
    const x = Math.min(Math.max(best.x, rect.x + 2), rect.x + rect.width - best.width - 2);
    const y = Math.min(Math.max(best.y, rect.y + 2), rect.y + rect.height - best.height - 2);
    const box = { ...best, x, y };
    out.set(req.id, box);
    taken.push(box);
  }
  return out;
}
