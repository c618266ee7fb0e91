/**
 * Each company's colour and shape on the map, by seat. Colour is never the only cue: every owner
 * also has its own shape, and the legend pairs both with the name. Colours are the Okabe–Ito set
 * (distinguishable with the common colour-vision deficiencies), lightened to read on the dark map.
 */

export type OwnerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon' | 'star';

export interface OwnerStyle {
  colour: number;
  /** The same colour for Phaser text and CSS. */
  css: string;
  shape: OwnerShape;
}

const COLOURS = [0x56b4e9, 0xe69f00, 0x2fcf9a, 0xf0e442, 0xe08cc0, 0xff7a3d] as const;
const SHAPES: readonly OwnerShape[] = ['circle', 'square', 'triangle', 'diamond', 'hexagon', 'star'];

export function ownerStyle(seatIndex: number): OwnerStyle {
  const i = ((seatIndex % COLOURS.length) + COLOURS.length) % COLOURS.length;
  const colour = COLOURS[i] ?? COLOURS[0];
  return { colour, css: `#${colour.toString(16).padStart(6, '0')}`, shape: SHAPES[i] ?? 'circle' };
}
