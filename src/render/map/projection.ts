/**
 * Fits the globe to the level's regions: an Equal Earth projection turned so the regions' middle
 * longitude is its central meridian (the US is not sheared when a level is only American), scaled
 * so every region lies inside the rectangle with room for labels around it.
 */
import { type GeoProjection, geoEqualEarth } from 'd3-geo';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The smallest area shown, in degrees, so one or two nearby regions are not blown up to a street map. */
const MIN_LON_SPAN = 26;
const MIN_LAT_SPAN = 14;
/** Extra geography around the regions, as a share of their span, so markers never sit on the edge. */
const MARGIN_SHARE = 0.12;

export interface LonLatBox {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** The box of the points, grown to the minimum span and the margin. */
export function regionBox(points: readonly (readonly [number, number])[]): LonLatBox {
  if (points.length === 0) return { west: -130, east: 60, south: 10, north: 60 };
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  let west = Math.min(...lons);
  let east = Math.max(...lons);
  let south = Math.min(...lats);
  let north = Math.max(...lats);
  const lonSpan = Math.max(MIN_LON_SPAN, east - west);
  const latSpan = Math.max(MIN_LAT_SPAN, north - south);
  const midLon = (west + east) / 2;
  const midLat = (south + north) / 2;
  west = midLon - (lonSpan / 2) * (1 + 2 * MARGIN_SHARE);
  east = midLon + (lonSpan / 2) * (1 + 2 * MARGIN_SHARE);
  south = Math.max(-80, midLat - (latSpan / 2) * (1 + 2 * MARGIN_SHARE));
  north = Math.min(84, midLat + (latSpan / 2) * (1 + 2 * MARGIN_SHARE));
  return { west, east, south, north };
}

/** A projection that puts the box inside `rect` less `padding`, clipped to `rect`. */
export function fitRegions(
  points: readonly (readonly [number, number])[],
  rect: Rect,
  padding: Padding,
): GeoProjection {
  const box = regionBox(points);
  const midLon = (box.west + box.east) / 2;
  // The box's outline, sampled along its edges: a parallel curves under Equal Earth, so corners alone
  // would let the middle of the top edge spill out.
  const outline: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = box.west + ((box.east - box.west) * i) / 8;
    outline.push([lon, box.north], [lon, box.south]);
  }
  for (let i = 1; i < 4; i++) {
    const lat = box.south + ((box.north - box.south) * i) / 4;
    outline.push([box.west, lat], [box.east, lat]);
  }
  const inner: [[number, number], [number, number]] = [
    [rect.x + padding.left, rect.y + padding.top],
    [
      Math.max(rect.x + padding.left + 1, rect.x + rect.width - padding.right),
      Math.max(rect.y + padding.top + 1, rect.y + rect.height - padding.bottom),
    ],
  ];
  return (
    geoEqualEarth()
      .rotate([-midLon, 0])
      // No adaptive resampling: at 1:110m the outlines' own vertices are a pixel or two apart already,
      // and resampling doubled the cost of drawing the world.
      .precision(0)
      .fitExtent(inner, { type: 'MultiPoint', coordinates: outline })
      .clipExtent([
        [rect.x, rect.y],
        [rect.x + rect.width, rect.y + rect.height],
      ])
  );
}
