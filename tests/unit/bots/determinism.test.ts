import { describe, expect, it } from 'vitest';
import { botRng, decideTurn, endBotTurn, playBotTurn, runBotsUntilHuman } from '../../../src/bots';
import { BOT_PERSONALITIES, hashState } from '../../../src/core';
import { allSeats, bot, level, start } from './helpers';

/** Freezes a copy of the state all the way down, so any write by a bot throws. */
function deepFrozenCopy<T>(value: T): T {
  const copy = structuredClone(value);
  const freeze = (v: unknown) => {
    if (v && typeof v === 'object' && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const child of Object.values(v)) freeze(child);
    }
  };
  freeze(copy);
  return copy;
}

describe('bots are pure and deterministic', () => {
  // A state some way into a game, with assets, orders and deals to read.
  let state = start('test-arena', allSeats('dealmaker'), 11);
  while (state.quarter < 6) state = playBotTurn(state, state.seats[state.activeSeat]?.companyId ?? '').state;

  it.each(BOT_PERSONALITIES)(
    '%s: the same state gives the same actions, even from a frozen copy',
    (personality) => {
      const seat = state.seats[state.activeSeat]?.companyId ?? '';
      const first = decideTurn(state, seat, botRng(state, seat), personality);
      const again = decideTurn(state, seat, botRng(state, seat), personality);
      const frozen = deepFrozenCopy(state);
      const fromCopy = decideTurn(frozen, seat, botRng(frozen, seat), personality);
      expect(first.length).toBeGreaterThan(0);
      expect(again).toEqual(first);
      expect(fromCopy).toEqual(first);
    },
  );

  it('reads the state without changing it', () => {
    const before = hashState(state);
    for (const seat of state.seats)
      decideTurn(state, seat.companyId, botRng(state, seat.companyId), 'builder');
    expect(hashState(state)).toBe(before);
  });

  it("draws its own numbers from the game's seed, quarter and seat, never from the game's generator", () => {
    const gameRng = [...state.rng];
    const a = botRng(state, 'frontier');
    const b = botRng(state, 'frontier');
    const other = botRng(state, 'nimbus');
    const draws = (rng: typeof a) => Array.from({ length: 8 }, () => rng.int(0, 1_000_000));
    expect(draws(a)).toEqual(draws(b));
    expect(draws(botRng(state, 'frontier'))).not.toEqual(draws(other));
    expect(state.rng).toEqual(gameRng);
  });

  it('plays a whole game the same way twice: same actions, same final hash', () => {
    const seats = [
      ['frontier', bot('builder')],
      ['meridian', bot('financier')],
      ['nimbus', bot('dealmaker')],
    ] as const;
    const play = () =>
      runBotsUntilHuman(
        start(
          'test-arena',
          seats.map(([id, c]) => [id, c]),
          5,
        ),
      );
    const first = play();
    const second = play();
    expect(first.state.phase).toBe('over');
    expect(second.moves.map((m) => m.action)).toEqual(first.moves.map((m) => m.action));
    expect(hashState(second.state)).toBe(hashState(first.state));
  });
});

describe('a turn played in two parts (the browser: its moves, then its end, in two tasks)', () => {
  it.each([
    ['arms-race-sandbox', 3],
    ['test-arena', 5],
  ] as const)('plays the very same game of %s as whole turns (seed %i)', (levelId, seed) => {
    const seats = level(levelId)
      .companies.slice(0, 6)
      .map((c, i): [string, ReturnType<typeof bot>] => [
        c.id,
        bot(BOT_PERSONALITIES[i % BOT_PERSONALITIES.length] ?? 'builder'),
      ]);
    let whole = start(levelId, seats, seed);
    let split = whole;
    const actions = { whole: [] as unknown[], split: [] as unknown[] };
    for (let turn = 0; turn < 80 && whole.phase === 'acting'; turn++) {
      const seat = whole.seats[whole.activeSeat]?.companyId ?? '';
      whole = playBotTurn(whole, seat, { onStep: (a) => actions.whole.push(a) }).state;
      const moved = playBotTurn(split, seat, { endTurn: false, onStep: (a) => actions.split.push(a) }).state;
      // Stopped before its end: still this seat's turn, in the same quarter.
      expect(moved.seats[moved.activeSeat]?.companyId).toBe(seat);
      split = endBotTurn(moved, seat, { onStep: (a) => actions.split.push(a) }).state;
      expect(hashState(split)).toBe(hashState(whole));
    }
    expect(whole.quarter).toBeGreaterThan(3);
    expect(actions.split).toEqual(actions.whole);
  });
});
