import { readFileSync } from 'node:fs';
import type { GameState, Level } from '../../../src/core';
import { fitRegions, type Rect } from '../../../src/render/map/projection';
import { startGame } from '../../support/game';

export const sandboxLevel = (): Level =>
  JSON.parse(
    readFileSync(new URL('../../../levels/arms-race-sandbox.json', import.meta.url), 'utf8'),
  ) as Level;

export const oracleLevel = (): Level =>
  JSON.parse(
    readFileSync(new URL('../../../levels/oracles-gigawatt-gamble.json', import.meta.url), 'utf8'),
  ) as Level;

export const sandboxGame = (): GameState => startGame(sandboxLevel());

/** The map slot at 1366×768, less its legend. */
export const LAPTOP: Rect = { x: 0, y: 0, width: 636, height: 240 };
export const PADDING = { top: 40, bottom: 34, left: 100, right: 100 };

export function project(points: [number, number][], rect: Rect = LAPTOP) {
  const projection = fitRegions(points, rect, PADDING);
  return (p: [number, number]) => projection(p);
}
