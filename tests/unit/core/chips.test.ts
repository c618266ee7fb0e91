import { describe, expect, it } from 'vitest';
import { type GameState, step } from '../../../src/core';
import {
  act,
  companyOf,
  finishQuarter,
  passUntil,
  refused,
  siteIds,
  startGame,
  withCash,
} from '../../support/game';
import { tinyLevel } from '../../support/levels';

const installedK = (state: GameState, companyId: string, chipId: string): number =>
  companyOf(state, companyId)
    .chipBatches.filter((b) => b.chipId === chipId)
    .reduce((sum, b) => sum + b.k, 0);

const order = (state: GameState, seat: string, chipId: string, k: number) =>
  act(state, { type: 'chips/order', seat, chipId, k, dataCenterId: siteIds(state, seat)[0] ?? -1 });

describe('ordering chips', () => {
  it('pays the whole price on order, to the chip vendor', () => {
    const state = order(startGame(tinyLevel()), 'lab-a', 'alpha', 20);
    expect(companyOf(state, 'lab-a').cashM).toBe(10_000 - 20 * 10);
    expect(state.external['ext:chipVendors']).toBe(200);
    expect(state.cashFlow['lab-a']).toContainEqual({
      label: 'Alpha chips ordered',
      amountM: -200,
      counterparty: 'ext:chipVendors',
    });
  });

  it.each([
    { chipId: 'alpha', leadQuarters: 1 },
    { chipId: 'beta', leadQuarters: 2 },
  ])(
    'delivers $chipId at the end of the quarter its $leadQuarters-quarter lead time ends',
    ({ chipId, leadQuarters }) => {
      let state = order(startGame(tinyLevel()), 'lab-a', chipId, 10);
      const before = installedK(state, 'lab-a', chipId);
      const deliveredAt: number[] = [];
      for (let q = 0; q < 4; q++) {
        state = finishQuarter(state).state;
        if (installedK(state, 'lab-a', chipId) > before) deliveredAt.push(q);
      }
      expect(deliveredAt[0]).toBe(leadQuarters);
    },
  );

  it('shares a scarce supply first come, first served across companies', () => {
    // Alpha: 100k a quarter. Lab A orders 80k, then Lab B orders 80k in the same quarter.
    let state = order(startGame(tinyLevel()), 'lab-a', 'alpha', 80);
    state = order(passUntil(state, 'lab-b'), 'lab-b', 'alpha', 80);
    state = finishQuarter(state).state; // lead time runs
    const firstDelivery = finishQuarter(state);
    expect(installedK(firstDelivery.state, 'lab-a', 'alpha') - 50).toBe(80);
    expect(installedK(firstDelivery.state, 'lab-b', 'alpha') - 50).toBe(20);
    expect(firstDelivery.report.companies[1]?.notes).toContain(
      "60,000 Alpha chips still queued: this quarter's supply ran out.",
    );
    const second = finishQuarter(firstDelivery.state).state;
    expect(installedK(second, 'lab-b', 'alpha') - 50).toBe(80);
    expect(second.orders).toEqual([]);
  });

  it('tells the buyer when deliveries start and how much is queued ahead of it', () => {
    const state = passUntil(order(startGame(tinyLevel()), 'lab-a', 'alpha', 80), 'lab-b');
    const result = step(state, {
      type: 'chips/order',
      seat: 'lab-b',
      chipId: 'alpha',
      k: 5,
      dataCenterId: siteIds(state, 'lab-b')[0] ?? -1,
    });
    expect(result.ok && result.log).toEqual([
      'Ordered 5,000 Alpha for $50M, paid now.',
      'Deliveries start at the end of 2025 Q2: 100,000 a quarter are made, shared first come, first served, and 80,000 are queued ahead of you.',
    ]);
  });

  it('refuses an order the buyer cannot pay for', () => {
    const state = startGame(tinyLevel());
    const error = refused(state, {
      type: 'chips/order',
      seat: 'lab-a',
      chipId: 'alpha',
      k: 2000,
      dataCenterId: siteIds(state, 'lab-a')[0] ?? -1,
    });
    expect(error).toEqual({
      code: 'money/notEnoughCash',
      message: '2,000,000 Alpha cost $20B, paid on order; you have $10B.',
    });
  });

  it('refuses chips for a data center the buyer does not own', () => {
    const state = startGame(tinyLevel());
    const theirs = siteIds(state, 'lab-b')[0] ?? -1;
    expect(
      refused(state, { type: 'chips/order', seat: 'lab-a', chipId: 'alpha', k: 1, dataCenterId: theirs })
        .code,
    ).toBe('datacenter/notYours');
  });
});

describe('in-house chip programmes', () => {
  const atCloudA = () => passUntil(startGame(tinyLevel()), 'cloud-a');
  const orderGamma = { type: 'chips/order', seat: 'cloud-a', chipId: 'gamma', k: 10 } as const;

  it('refuses an order for the in-house chip before its R&D is done', () => {
    const state = atCloudA();
    const error = refused(state, { ...orderGamma, dataCenterId: siteIds(state, 'cloud-a')[0] ?? -1 });
    expect(error.code).toBe('chips/programNotReady');
  });

  it('lets only the designing company start the programme or order the chip', () => {
    const state = startGame(tinyLevel());
    expect(refused(state, { type: 'chips/startProgram', seat: 'lab-a', chipId: 'gamma' }).code).toBe(
      'chips/notInHouse',
    );
    const atCloudB = passUntil(state, 'cloud-b');
    const error = refused(atCloudB, {
      type: 'chips/order',
      seat: 'cloud-b',
      chipId: 'gamma',
      k: 1,
      dataCenterId: siteIds(state, 'cloud-b')[0] ?? -1,
    });
    expect(error.code).toBe('chips/notInHouse');
    expect(refused(atCloudB, { type: 'chips/startProgram', seat: 'cloud-b', chipId: 'alpha' }).code).toBe(
      'chips/notInHouse',
    );
  });

  it('accepts orders once the R&D quarters have run, paying R&D each quarter', () => {
    let state = act(atCloudA(), { type: 'chips/startProgram', seat: 'cloud-a', chipId: 'gamma' });
    expect(refused(state, { type: 'chips/startProgram', seat: 'cloud-a', chipId: 'gamma' }).code).toBe(
      'chips/programAlreadyStarted',
    );
    const site = siteIds(state, 'cloud-a')[0] ?? -1;
    const rnd: number[] = [];
    for (let quarter = 0; quarter < 2; quarter++) {
      const { state: next, report } = finishQuarter(state);
      rnd.push(report.companies[2]?.cashFlow.find((item) => item.label === 'Gamma R&D')?.amountM ?? 0);
      state = passUntil(next, 'cloud-a');
      if (quarter === 0)
        expect(refused(state, { ...orderGamma, dataCenterId: site }).code).toBe('chips/programNotReady');
    }
    expect(rnd).toEqual([-100, -100]);
    state = act(state, { ...orderGamma, dataCenterId: site });
    // Gamma has no lead time: it arrives at the end of the quarter it was ordered in.
    expect(installedK(finishQuarter(state).state, 'cloud-a', 'gamma')).toBe(10);
  });

  it('pauses R&D in a quarter the company cannot pay for it in full, and keeps the money', () => {
    const started = act(atCloudA(), { type: 'chips/startProgram', seat: 'cloud-a', chipId: 'gamma' });
    const { state, report } = finishQuarter(withCash(started, 'cloud-a', 50));
    expect(companyOf(state, 'cloud-a').programmes[0]?.quartersDone).toBe(0);
    expect(report.companies[2]?.notes).toContain(
      'Gamma R&D paused: its $100M for the quarter could not be paid.',
    );
    expect(report.companies[2]?.cashFlow.some((item) => item.label === 'Gamma R&D')).toBe(false);
  });
});
