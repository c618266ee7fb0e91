import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenInvariants } from '../support/invariants';
import { runOps } from '../support/mixed-run';
import { GAME_PROPERTY_TIMEOUT_MS, gameCase, gameRuns, LEVELS } from './games';

// brokenInvariants lists what must hold in every state: no negative cash, chips, book values or debts;
// region claims within the grid and equal to the live sites; every cap table at 10,000 bp; a failed
// company holds nothing; arrears mean distress; whole numbers only, everywhere in the state.

describe.each(LEVELS)('the state of $name', ({ level, maxOps }) => {
  it(
    'keeps every invariant after every step',
    () => {
      fc.assert(
        fc.property(gameCase(level, maxOps), ({ start, playerSeed, ops }) => {
          expect(brokenInvariants(start)).toEqual([]);
          runOps(start, playerSeed, ops, ({ input, result }) => {
            if (result.ok) expect(brokenInvariants(result.state), JSON.stringify(input)).toEqual([]);
          });
        }),
        gameRuns(20),
      );
    },
    GAME_PROPERTY_TIMEOUT_MS,
  );
});
