/**
 * The outline of each owner shape as points around (x, y), sized so its area is close to a circle
 * of `radius`: a big campus looks as big whatever its owner's shape.
 */
import type { OwnerShape } from './owner-style';

export type Point = { x: number; y: number };

function regular(x: number, y: number, r: number, sides: number, turn: number): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = turn + (i * 2 * Math.PI) / sides;
    return { x: x + Math.cos(a) * r, y: y + Math.sin(a) * r };
  });
}

export function shapePoints(shape: OwnerShape, x: number, y: number, radius: number): Point[] {
  switch (shape) {
    case 'circle':
      return regular(x, y, radius, 24, 0);
    case 'square':
      return regular(x, y, radius * 1.25, 4, Math.PI / 4);
    case 'triangle':
      // Pointing up, nudged down so it looks centred on its spot.
      return regular(x, y + radius * 0.2, radius * 1.55, 3, -Math.PI / 2);
    case 'diamond':
      return regular(x, y, radius * 1.25, 4, 0);
    case 'hexagon':
      return regular(x, y, radius * 1.1, 6, 0);
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 === 0 ? radius * 1.45 : radius * 0.65;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        return { x: x + Math.cos(a) * r, y: y + Math.sin(a) * r };
      });
  }
}

/** Points along the outline split into short dashes: how a site still being built is drawn. */
export function dashes(points: readonly Point[], dash: number, gap: number): [Point, Point][] {
  const out: [Point, Point][] = [];
  let drawing = true;
  let left = dash;
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    let at = 0;
    while (at < length) {
      const step = Math.min(left, length - at);
      const from = { x: a.x + ((b.x - a.x) * at) / length, y: a.y + ((b.y - a.y) * at) / length };
      at += step;
      const to = { x: a.x + ((b.x - a.x) * at) / length, y: a.y + ((b.y - a.y) * at) / length };
      if (drawing) out.push([from, to]);
      left -= step;
      if (left <= 0) {
        drawing = !drawing;
        left = drawing ? dash : gap;
      }
    }
  }
  return out;
}
