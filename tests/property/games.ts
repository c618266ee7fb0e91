/**
 * The games property tests run on: the arena (the shipped test level), a fragile copy of the tiny
 * level where companies run out of money, so distress, rescues and failures happen too, and the arena
 * with partners' programmes (staged investment, a warrant, a source deal) offering deals every quarter.
 */
import fc from 'fast-check';
import type { GameState, Level } from '../../src/core';
import { type Op, ops } from '../support/arbitraries';
import { startGame } from '../support/game';
import { arenaLevel, fragileLevel, programmeArena } from '../support/levels';
import { deepFreeze } from '../support/mixed-run';

export interface GameCase {
  start: GameState;
  playerSeed: number;
  ops: Op[];
}

export const LEVELS: { name: string; level: Level; maxOps: number }[] = [
  { name: 'the arena', level: arenaLevel(), maxOps: 260 },
  { name: 'a fragile tiny level', level: fragileLevel(), maxOps: 200 },
  { name: "the arena with partners' programmes", level: programmeArena(), maxOps: 200 },
];

/** A seeded game (every company seated, input deep-frozen), a script seed and a list of ops. */
export function gameCase(level: Level, maxOps: number): fc.Arbitrary<GameCase> {
  const ids = level.companies.map((c) => c.id);
  return fc
    .record({
      seed: fc.integer({ min: 0, max: 0xffffffff }),
      playerSeed: fc.integer({ min: 0, max: 0xffffffff }),
      seats: fc.shuffledSubarray(ids, { minLength: 1 }),
      ops: ops(level, maxOps),
    })
    .map(({ seed, playerSeed, seats, ops }) => ({
      start: deepFreeze(startGame(level, seats, seed)),
      playerSeed,
      ops,
      // A counterexample prints as its setup, not as a whole game state.
      [fc.toStringMethod]: () => fc.stringify({ level: level.id, seats, seed, playerSeed, ops }),
    }));
}

/**
 * Options for properties over whole games. Shrinking a few hundred ops, each replaying a game, takes
 * minutes; the first counterexample (printed compactly above) is already enough to reproduce.
 */
export const gameRuns = (numRuns: number): fc.Parameters<[GameCase]> => ({ numRuns, endOnFailure: true });

/** Per-test time limit for properties over whole games: generous, since CI machines vary (not a timing test). */
export const GAME_PROPERTY_TIMEOUT_MS = 120_000;
