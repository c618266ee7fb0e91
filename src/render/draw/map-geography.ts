import { type GeoPermissibleObjects, type GeoProjection, geoGraticule10, geoPath } from 'd3-geo';
import type { GameObjects } from 'phaser';
import type { Geography } from '../map/geography';
import type { Rect } from '../map/projection';
import { PALETTE } from '../palette';

/**
 * The sea, a faint graticule, the land and the borders, through d3-geo's path generator: it calls
 * moveTo/lineTo/closePath on whatever context it is given, and Phaser's Graphics has those. Each
 * moveTo starts a new sub-path, which Phaser fills on its own, so islands come out right.
 */
export function drawGeography(
  g: GameObjects.Graphics,
  geography: Geography,
  projection: GeoProjection,
  rect: Rect,
  /** Indexes of the countries that hold a region, drawn a shade lighter. */
  holding: ReadonlySet<number>,
): void {
  g.clear();
  g.fillStyle(PALETTE.ocean, 1);
  g.fillRect(rect.x, rect.y, rect.width, rect.height);

  const path = geoPath(projection, {
    beginPath: () => {},
    moveTo: (x, y) => g.moveTo(x, y),
    lineTo: (x, y) => g.lineTo(x, y),
    closePath: () => g.closePath(),
    arc: () => {},
  });
  const stroke = (object: GeoPermissibleObjects, width: number, colour: number, alpha: number) => {
    g.lineStyle(width, colour, alpha);
    g.beginPath();
    path(object);
    g.strokePath();
  };

  stroke(geoGraticule10(), 1, PALETTE.graticule, 0.6);
  for (const [i, country] of geography.countries.features.entries()) {
    g.fillStyle(holding.has(i) ? PALETTE.landWithRegion : PALETTE.land, 1);
    g.beginPath();
    path(country);
    g.fillPath();
  }
  stroke(geography.borders, 1, PALETTE.border, 0.8);
}
