import { type GeoPermissibleObjects, type GeoProjection, geoGraticule10, geoPath } from 'd3-geo';
import type { Geography } from '../map/geography';
import type { Rect } from '../map/projection';
import { PALETTE } from '../palette';

const css = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;

/**
 * The sea, a faint graticule, the land and the borders, drawn by d3-geo straight into a 2D canvas
 * that the map scene shows as a Phaser texture. Why not Phaser Graphics: filling ~180 countries
 * there means triangulating them on every render, and even drawn once into a RenderTexture the
 * software WebGL of a classroom laptop or CI box spent 300–500 ms on it; a 2D canvas path fill is
 * a few milliseconds, anti-aliased, and only redone when the slot changes size.
 */
export function drawGeography(
  ctx: CanvasRenderingContext2D,
  geography: Geography,
  projection: GeoProjection,
  rect: Rect,
  /** Indexes of the countries that hold a region, drawn a shade lighter. */
  holding: ReadonlySet<number>,
): void {
  ctx.clearRect(rect.x, rect.y, rect.width, rect.height);
  ctx.fillStyle = css(PALETTE.ocean);
  ctx.fillRect(rect.x, rect.y, rect.width, rect.height);

  const path = geoPath(projection, ctx);
  const stroke = (object: GeoPermissibleObjects, width: number, colour: number, alpha: number) => {
    ctx.lineWidth = width;
    ctx.strokeStyle = css(colour);
    ctx.globalAlpha = alpha;
    ctx.beginPath();
    path(object);
    ctx.stroke();
    ctx.globalAlpha = 1;
  };

  stroke(geoGraticule10(), 1, PALETTE.graticule, 0.6);
  for (const [i, country] of geography.countries.features.entries()) {
    ctx.fillStyle = css(holding.has(i) ? PALETTE.landWithRegion : PALETTE.land);
    ctx.beginPath();
    path(country);
    ctx.fill();
  }
  stroke(geography.borders, 0.8, PALETTE.border, 0.9);
}
