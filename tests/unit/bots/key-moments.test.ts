import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markedMoments } from '../../../src/app/moments';
import { decisionsOf, type KeyMoment, keyMoments } from '../../../src/bots';
import { type Action, newGame } from '../../../src/core';

const tutorial = () =>
  JSON.parse(readFileSync(new URL('../../../levels/tutorial-compute-crunch.json', import.meta.url), 'utf8'));

function start() {
  const created = newGame({
    level: tutorial(),
    seats: [{ companyId: 'openai', controller: { kind: 'human', name: 'Ada' } }],
    seed: 4,
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.state;
}

const SELL_EVERYTHING: Action = {
  type: 'assets/sellChips',
  seat: 'openai',
  dataCenterId: 1,
  chipId: 'h100',
  k: 330,
};

describe('key moments', () => {
  it('weighs every decision but passing the turn, and finds selling every chip a loss', () => {
    const initial = start();
    const actions: Action[] = [
      { type: 'compute/allocate', seat: 'openai', trainingBp: 4000 },
      SELL_EVERYTHING,
      { type: 'turn/end', seat: 'openai' },
      { type: 'turn/end', seat: 'openai' },
    ];
    expect(decisionsOf(initial, actions, 'openai').map((d) => d.index)).toEqual([0, 1]);
    const moments = keyMoments(initial, actions, 'openai', { horizonQuarters: 4 });
    expect(moments.map((m) => m.type)).toEqual(['compute/allocate', 'assets/sellChips']);
    const sale = moments[1] as KeyMoment;
    expect(sale.deltaM).toBeLessThan(0);
    expect(sale.withM).toBeLessThan(sale.withoutM);
    expect(sale.label).toBe('2025 Q1');
  });

  it('gives the same weights every time (the what-ifs are deterministic)', () => {
    const initial = start();
    const actions: Action[] = [SELL_EVERYTHING, { type: 'turn/end', seat: 'openai' }];
    expect(keyMoments(initial, actions, 'openai', { horizonQuarters: 3 })).toEqual(
      keyMoments(initial, actions, 'openai', { horizonQuarters: 3 }),
    );
  });

  it('shares the work: the decisions from–to are the same as those of the whole run', () => {
    const initial = start();
    const actions: Action[] = [
      { type: 'compute/allocate', seat: 'openai', trainingBp: 4000 },
      { type: 'datacenter/build', seat: 'openai', regionId: 'texas', mw: 150 },
      { type: 'turn/end', seat: 'openai' },
    ];
    const whole = keyMoments(initial, actions, 'openai', { horizonQuarters: 2 });
    const parts = [
      ...keyMoments(initial, actions, 'openai', { horizonQuarters: 2, from: 0, to: 1 }),
      ...keyMoments(initial, actions, 'openai', { horizonQuarters: 2, from: 1, to: 2 }),
    ];
    expect(parts).toEqual(whole);
  });

  it('marks only the largest gains and losses, and only those worth 2% of the value or more', () => {
    const moment = (actionIndex: number, deltaM: number): KeyMoment => ({
      actionIndex,
      quarter: 0,
      label: '2025 Q1',
      type: 'chips/order',
      withM: 100_000 + deltaM,
      withoutM: 100_000,
      deltaM,
    });
    const moments = [
      moment(0, 1000),
      moment(1, 2500),
      moment(2, -3000),
      moment(3, 1999),
      ...Array.from({ length: 8 }, (_, i) => moment(10 + i, 5000 + i)),
    ];
    const marked = markedMoments(moments);
    expect(marked.map((m) => m.actionIndex)).toEqual([2, 13, 14, 15, 16, 17]);
  });
});
