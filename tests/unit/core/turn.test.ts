import { describe, expect, it } from 'vitest';
import { step } from '../../../src/core';
import {
  act,
  activeCompanyId,
  endTurn,
  finishQuarter,
  refused,
  siteIds,
  startGame,
} from '../../support/game';
import { tinyLevel } from '../../support/levels';

// Tiny level: four seats (Lab A, Lab B, Cloud A, Cloud B), three major actions a quarter, eight quarters.

describe('turns and the quarter', () => {
  it('lets seats act in order and refuses a move out of turn, naming whose turn it is', () => {
    const state = startGame(tinyLevel());
    expect(activeCompanyId(state)).toBe('lab-a');
    expect(refused(state, { type: 'compute/allocate', seat: 'lab-b', trainingBp: 0 })).toEqual({
      code: 'turn/notYourTurn',
      message: "It is Lab A's turn, not Lab B's.",
    });
    const next = endTurn(state);
    expect(activeCompanyId(next)).toBe('lab-b');
    act(next, { type: 'compute/allocate', seat: 'lab-b', trainingBp: 0 });
  });

  it("limits each seat to the level's major actions a quarter, while minor ones stay free", () => {
    let state = startGame(tinyLevel());
    const site = siteIds(state, 'lab-a')[0] ?? -1;
    const order = { type: 'chips/order', seat: 'lab-a', chipId: 'alpha', k: 1, dataCenterId: site } as const;
    for (let i = 0; i < 3; i++) state = act(state, order);
    expect(refused(state, order)).toEqual({
      code: 'turn/noAttentionLeft',
      message: 'Management attention is spent (3 major actions a quarter): end the turn.',
    });
    state = act(state, { type: 'compute/allocate', seat: 'lab-a', trainingBp: 4000 });
    state = endTurn(state);
    expect(state.attentionUsed).toBe(0);
    act(state, {
      type: 'chips/order',
      seat: 'lab-b',
      chipId: 'alpha',
      k: 1,
      dataCenterId: siteIds(state, 'lab-b')[0] ?? -1,
    });
  });

  it('spends no attention on a refused action', () => {
    const state = startGame(tinyLevel());
    refused(state, { type: 'datacenter/build', seat: 'lab-a', regionId: 'north', mw: 5000 });
    expect(state.attentionUsed).toBe(0);
  });

  it('resolves the quarter when the last seat ends its turn, then hands the turn back to the first seat', () => {
    let state = startGame(tinyLevel());
    for (let i = 0; i < 3; i++) state = endTurn(state);
    const result = step(state, { type: 'turn/end', seat: 'cloud-b' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report?.label).toBe('2025 Q1');
    expect(result.log).toContain('2025 Q1 resolved.');
    expect(result.state).toMatchObject({ quarter: 1, activeSeat: 0, attentionUsed: 0, phase: 'acting' });
  });

  it('ends the game after the last quarter with a full ranking and refuses every move after', () => {
    let state = startGame(tinyLevel());
    const labels: string[] = [];
    while (state.phase !== 'over') {
      const { state: next, report } = finishQuarter(state);
      labels.push(report.label);
      state = next;
    }
    expect(labels).toHaveLength(8);
    expect(labels.at(-1)).toBe('2026 Q4');
    expect(state.ranking?.map((entry) => entry.rank)).toEqual([1, 2, 3, 4]);
    expect(refused(state, { type: 'turn/end', seat: 'lab-a' })).toEqual({
      code: 'game/over',
      message: 'The game is over; no more moves can be made.',
    });
  });

  it('ranks by objectives met, then by valuation', () => {
    let state = startGame(tinyLevel());
    while (state.phase !== 'over') state = finishQuarter(state).state;
    const ranking = state.ranking ?? [];
    for (let i = 1; i < ranking.length; i++) {
      const [above, below] = [ranking[i - 1], ranking[i]];
      if (!above || !below) continue;
      expect(
        above.objectivesMet > below.objectivesMet ||
          (above.objectivesMet === below.objectivesMet && above.valuationM >= below.valuationM),
      ).toBe(true);
    }
    // Every company survived, so each met the "survive" objective in the last quarter.
    expect(ranking.every((entry) => entry.objectivesMet >= 1)).toBe(true);
  });

  it('refuses a company nobody plays', () => {
    const state = startGame(tinyLevel(), ['lab-a', 'cloud-a']);
    expect(refused(state, { type: 'turn/end', seat: 'lab-b' })).toEqual({
      code: 'company/unknown',
      message: 'No seat plays a company called "lab-b".',
    });
    expect(refused(state, { type: 'turn/end', seat: 'nobody' }).code).toBe('company/unknown');
  });
});
