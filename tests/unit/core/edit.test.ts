/**
 * The hand-copied edit used by the most frequent actions: it copies exactly the path it is asked for,
 * leaves the earlier state untouched, freezes what it made, and a write it was not asked for throws.
 */
import { describe, expect, it } from 'vitest';
import { type GameState, hashState, step } from '../../../src/core';
import { StateEdit } from '../../../src/core/edit';
import { startGame } from '../../support/game';
import { arenaLevel } from '../../support/levels';

const SEATS = ['frontier', 'meridian', 'nimbus', 'stratus'];

describe('StateEdit', () => {
  it('copies the path it owns once, shares everything else, and leaves the base unchanged', () => {
    const base = startGame(arenaLevel(), SEATS, 1);
    const hashBefore = hashState(base);
    const edit = new StateEdit(base);
    const frontier = edit.own<GameState['companies'][string]>('companies', 'frontier');
    expect(edit.own('companies', 'frontier')).toBe(frontier);
    frontier.trainingShareBp = 1234;
    const next = edit.finish();
    expect(next.companies.frontier?.trainingShareBp).toBe(1234);
    expect(base.companies.frontier?.trainingShareBp).not.toBe(1234);
    expect(next.companies.nimbus).toBe(base.companies.nimbus);
    expect(next.orders).toBe(base.orders);
    expect(hashState(base)).toBe(hashBefore);
  });

  it('freezes the copies and anything new put into them', () => {
    const edit = new StateEdit(startGame(arenaLevel(), SEATS, 1));
    edit.own<unknown[]>('orders').push({ id: 999, nested: { k: 1 } });
    const next = edit.finish();
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(next.orders)).toBe(true);
    expect(Object.isFrozen(next.orders.at(-1))).toBe(true);
    expect(Object.isFrozen((next.orders.at(-1) as unknown as { nested: object }).nested)).toBe(true);
  });

  it('throws on a write to an object it was not asked to own, instead of changing an earlier state', () => {
    const base = startGame(arenaLevel(), SEATS, 1);
    const edit = new StateEdit(base);
    expect(() => {
      (edit.state.companies.frontier as { cashM: number }).cashM = 0;
    }).toThrow(TypeError);
    expect(base.companies.frontier?.cashM).toBeGreaterThan(0);
  });
});

describe('the hand-copied actions', () => {
  it('leave the earlier state unchanged and return frozen states', () => {
    // That they compute the same states immer would is pinned by the golden replays (tests/fixtures),
    // recorded before these actions were hand-copied.
    const base = startGame(arenaLevel(), SEATS, 7);
    const site = base.companies.frontier?.dataCenters[0]?.id ?? 0;
    const hashBefore = hashState(base);
    for (const action of [
      { type: 'chips/order', seat: 'frontier', chipId: 'h100', k: 5, dataCenterId: site },
      { type: 'datacenter/build', seat: 'frontier', regionId: 'texas', mw: 50 },
      { type: 'compute/allocate', seat: 'frontier', trainingBp: 3000 },
      { type: 'turn/end', seat: 'frontier' },
    ]) {
      const result = step(base, action);
      expect(result.ok, JSON.stringify(action)).toBe(true);
      if (result.ok) expect(Object.isFrozen(result.state.companies.frontier)).toBe(true);
    }
    expect(hashState(base)).toBe(hashBefore);
  });
});
