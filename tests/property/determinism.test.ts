import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Action, hashState, step } from '../../src/core';
import { startGame } from '../support/game';
import { runOps } from '../support/mixed-run';
import { GAME_PROPERTY_TIMEOUT_MS, gameCase, gameRuns, LEVELS } from './games';

describe.each(LEVELS)('replaying $name', ({ level, maxOps }) => {
  it(
    'gives the same hash after every step for the same seed and the same actions',
    () => {
      fc.assert(
        fc.property(gameCase(level, maxOps), ({ start, playerSeed, ops }) => {
          const accepted: unknown[] = [];
          const hashes: string[] = [];
          const end = runOps(start, playerSeed, ops, ({ input, result }) => {
            if (!result.ok) return;
            accepted.push(input);
            hashes.push(hashState(result.state));
          });
          // A fresh game from the same setup, fed only the accepted actions.
          let state = startGame(
            level,
            start.seats.map((seat) => seat.companyId),
            start.seed,
          );
          expect(hashState(state)).toBe(hashState(start));
          for (const [i, action] of accepted.entries()) {
            const result = step(state, action as Action);
            expect(result.ok, `action ${i} was refused on replay`).toBe(true);
            if (!result.ok) return;
            state = result.state;
            expect(hashState(state), `hash after action ${i}`).toBe(hashes[i]);
          }
          expect(hashState(state)).toBe(hashState(end));
        }),
        gameRuns(8),
      );
    },
    GAME_PROPERTY_TIMEOUT_MS,
  );

  it('gives a different game for a different seed', () => {
    const ids = level.companies.map((c) => c.id);
    expect(hashState(startGame(level, ids, 1))).not.toBe(hashState(startGame(level, ids, 2)));
  });
});
