import { describe, expect, it } from 'vitest';
import { hashState, step } from '../../../src/core';
import { activeCompanyId, startGame } from '../../support/game';
import { arenaLevel } from '../../support/levels';
import { playGame } from '../../support/scripted-player';

const SEATS = ['frontier', 'meridian', 'nimbus', 'stratus'];

describe('a whole game of the arena through the API', () => {
  const level = arenaLevel();
  const game = playGame(level, SEATS, 42);

  it('runs from newGame through 32 quarters to a final ranking', () => {
    expect(game.final.phase).toBe('over');
    expect(game.quarterHashes).toHaveLength(32);
    expect(game.final.lastReport?.label).toBe('2032 Q4');
    expect(game.final.ranking?.map((entry) => entry.rank)).toEqual([1, 2, 3, 4]);
    expect(new Set(game.final.ranking?.map((entry) => entry.companyId))).toEqual(new Set(SEATS));
  });

  it('is played with legal moves only: the scripted player is never refused', () => {
    expect(game.refused).toBe(0);
    expect(game.actions.filter((a) => a.type === 'turn/end').length).toBeGreaterThanOrEqual(
      32 * SEATS.length - 3,
    );
  });

  it('is the same game again for the same seeds, and another game for another seed', () => {
    const again = playGame(level, SEATS, 42);
    expect(again.actions).toEqual(game.actions);
    expect(again.quarterHashes).toEqual(game.quarterHashes);
    expect(playGame(level, SEATS, 43, { quarters: 4 }).quarterHashes).not.toEqual(
      game.quarterHashes.slice(0, 4),
    );
  });

  it('can be stopped after any number of quarters', () => {
    const partial = playGame(level, SEATS, 42, { quarters: 5 });
    expect(partial.quarterHashes).toEqual(game.quarterHashes.slice(0, 5));
    expect(partial.final.phase).toBe('acting');
  });
});

describe('a game nobody plays', () => {
  it('still ends, and labs that never buy compute run out of money', () => {
    // Every seat only answers events (second option) and ends its turn.
    const level = arenaLevel();
    let state = startGame(level, SEATS, 5);
    for (let guard = 0; state.phase !== 'over' && guard < 10_000; guard++) {
      const company = state.companies[activeCompanyId(state)];
      const pending = company?.pendingChoices[0];
      const option = pending && level.events.find((e) => e.id === pending.eventId)?.choice?.options[1];
      const action =
        pending && option
          ? { type: 'event/choose', seat: company.id, eventId: pending.eventId, optionId: option.id }
          : { type: 'turn/end', seat: activeCompanyId(state) };
      const result = step(state, action);
      if (!result.ok) throw new Error(result.error.message);
      state = result.state;
    }
    expect(state.phase).toBe('over');
    expect(state.companies.frontier?.status).toBe('bankrupt');
    expect(state.companies.nimbus?.status).toBe('active');
    expect(hashState(state)).toMatch(/^[0-9a-f]{16}$/);
  });
});
