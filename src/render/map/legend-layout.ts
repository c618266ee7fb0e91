/**
 * The legend under the map: each owner's shape and colour with its name, what solid, dashed and
 * dotted mean, and any region the map could not place. Items flow left to right and wrap, so the
 * legend's height is known before the map is fitted above it.
 */
import { textWidth } from './labels';
import type { MapMarkers } from './markers';
import { type OwnerShape, ownerStyle } from './owner-style';

export type SampleLook = 'solid' | 'dashed' | 'dotted' | 'none';

export interface LegendItem {
  text: string;
  shape: OwnerShape;
  colour: number | null;
  look: SampleLook;
  x: number;
  y: number;
}

export interface LegendLayout {
  items: LegendItem[];
  height: number;
  fontPx: number;
}

const SAMPLE = 14;
const PAD = 6;

export function layoutLegend(
  markers: Pick<MapMarkers, 'owners' | 'unplaced'>,
  width: number,
  fontPx: number,
  /** Width of a text in pixels; an estimate unless the caller can measure. */
  measure: (text: string) => number = (text) => textWidth(text, fontPx),
): LegendLayout {
  const wanted: Omit<LegendItem, 'x' | 'y'>[] = [
    ...markers.owners.map((o) => {
      const style = ownerStyle(o.index);
      return { text: o.name, shape: style.shape, colour: style.colour, look: 'solid' as const };
    }),
    { text: 'operating', shape: 'circle', colour: null, look: 'solid' },
    { text: 'building', shape: 'circle', colour: null, look: 'dashed' },
    { text: 'in permits', shape: 'circle', colour: null, look: 'dotted' },
  ];
  if (markers.unplaced.length > 0)
    wanted.push({
      text: `Not on the map: ${markers.unplaced.map((u) => u.name).join(', ')}`,
      shape: 'circle',
      colour: null,
      look: 'none',
    });
  const rowHeight = fontPx + 8;
  const items: LegendItem[] = [];
  let x = PAD;
  let y = PAD;
  for (const item of wanted) {
    const w = (item.look === 'none' ? 0 : SAMPLE + 4) + measure(item.text);
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += rowHeight;
    }
    items.push({ ...item, x, y });
    x += w + 12;
  }
  return { items, height: y + rowHeight + PAD - 4, fontPx };
}
