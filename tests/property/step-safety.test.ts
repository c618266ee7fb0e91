import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashState, step } from '../../src/core';
import { junk } from '../support/arbitraries';
import { startGame } from '../support/game';
import { runOps } from '../support/mixed-run';
import { GAME_PROPERTY_TIMEOUT_MS, gameCase, gameRuns, LEVELS } from './games';

/**
 * Refusals are shown to players: a capitalised sentence ending in a full stop, with no leaked code words,
 * on one short line whatever the input echoed in it.
 */
const readable = (message: string) =>
  message.length <= 300 &&
  !/[\n\r\u2028\u2029]/.test(message) &&
  /^["“A-Z0-9$]/.test(message) &&
  /[.!?]$/.test(message) &&
  !/undefined|NaN|\[object|Invalid key|Invalid type/.test(message);

describe.each(LEVELS)('step on $name', ({ level, maxOps }) => {
  it(
    'never throws, never mutates its input, and refuses without changing anything',
    () => {
      fc.assert(
        fc.property(gameCase(level, maxOps), ({ start, playerSeed, ops }) => {
          runOps(
            start,
            playerSeed,
            ops,
            ({ before, hashBefore, input, result }) => {
              // The input is deep-frozen (immer freezes every state it returns), so a write would throw
              // inside step and come back as internal/error.
              if (!result.ok) {
                expect(result.error.code, `${result.error.message} for ${JSON.stringify(input)}`).not.toBe(
                  'internal/error',
                );
                expect(readable(result.error.message), result.error.message).toBe(true);
              } else expect(result.state).not.toBe(before);
              expect(hashState(before)).toBe(hashBefore);
            },
            { hashInputs: true },
          );
        }),
        gameRuns(15),
      );
    },
    GAME_PROPERTY_TIMEOUT_MS,
  );
});

describe('step on arbitrary input', () => {
  const arena = LEVELS[0]?.level;
  if (!arena) throw new Error('no arena level');
  const state = startGame(arena);

  it('refuses anything that is not an action, in a sentence, and keeps the state', () => {
    const before = hashState(state);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.json().map((text) => JSON.parse(text) as unknown),
        ),
        (input) => {
          const result = step(state, input);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(readable(result.error.message), result.error.message).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    expect(hashState(state)).toBe(before);
  });

  it('refuses near misses (right type, wrong fields) with a sentence naming the field', () => {
    fc.assert(
      fc.property(junk(arena), (input) => {
        const result = step(state, input);
        if (!result.ok) expect(readable(result.error.message), result.error.message).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
