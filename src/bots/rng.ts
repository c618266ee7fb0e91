/**
 * The bots' own generator. It is seeded from the game (seed, quarter, seat, purpose) and never touches
 * the game's generator in `state.rng`, so a bot's choices are reproducible in Node and in every browser
 * and watching a bot think cannot change the game.
 */

import type { GameState } from '../core';
import { nextInt, type RngState, seedRng } from '../core/rng';

export interface BotRng {
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability bp / 10,000. */
  chance(bp: number): boolean;
  pick<T>(items: readonly T[]): T | undefined;
}

function mix(a: number, b: number): number {
  let h = Math.imul((a ^ 0x9e3779b9) >>> 0, 0x85ebca6b) >>> 0;
  h = Math.imul((h ^ b ^ (h >>> 13)) >>> 0, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function rngFromSeed(seed: number): BotRng {
  const state: RngState = seedRng(seed >>> 0);
  return {
    int: (min, max) => nextInt(state, min, max),
    chance: (bp) => nextInt(state, 0, 9999) < bp,
    pick: (items) => (items.length === 0 ? undefined : items[nextInt(state, 0, items.length - 1)]),
  };
}

/** The generator for one seat's decisions in the current quarter; `purpose` separates independent streams. */
export function botRng(state: GameState, seatId: string, purpose = 0): BotRng {
  const seatIndex = Math.max(
    0,
    state.seats.findIndex((seat) => seat.companyId === seatId),
  );
  let seed = mix(state.seed, state.quarter);
  seed = mix(seed, seatIndex);
  seed = mix(seed, purpose);
  return rngFromSeed(seed);
}
