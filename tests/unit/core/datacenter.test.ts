import { describe, expect, it } from 'vitest';
import { type GameState, step } from '../../../src/core';
import { companyCapacity } from '../../../src/core/model/capacity';
import { act, companyOf, finishQuarter, refused, startGame, withCash } from '../../support/game';
import { tinyLevel } from '../../support/levels';

// North: 1 quarter of permits, then 100 MW a quarter of construction, $10M per MW. South: no permits.
const build = (state: GameState, regionId: string, mw: number) =>
  act(state, { type: 'datacenter/build', seat: 'lab-a', regionId, mw });
const newSite = (state: GameState) => companyOf(state, 'lab-a').dataCenters.at(-1);

describe('building a data center', () => {
  it('claims grid power at once and moves no cash yet', () => {
    const start = startGame(tinyLevel());
    const state = build(start, 'north', 250);
    expect(state.regions.north?.claimedMw).toBe((start.regions.north?.claimedMw ?? 0) + 250);
    expect(companyOf(state, 'lab-a').cashM).toBe(companyOf(start, 'lab-a').cashM);
  });

  it('refuses more power than the region has left, saying how much is left', () => {
    const state = startGame(tinyLevel()); // North: 1,000 MW, 200 MW already used by the labs
    expect(refused(state, { type: 'datacenter/build', seat: 'lab-a', regionId: 'north', mw: 801 })).toEqual({
      code: 'datacenter/noPower',
      message: "North's grid has 800 MW left to connect; 801 MW were asked for.",
    });
    expect(build(state, 'north', 800).regions.north?.claimedMw).toBe(1000);
  });

  it('refuses a region the level does not have', () => {
    expect(
      refused(startGame(tinyLevel()), { type: 'datacenter/build', seat: 'lab-a', regionId: 'mars', mw: 10 })
        .code,
    ).toBe('datacenter/unknownRegion');
  });

  it.each([
    {
      regionId: 'north',
      mw: 250,
      onlineAfterQuarter: 3,
      label: '2025 Q4',
      stages: ['building', 'building', 'building', 'operating'],
    },
    {
      regionId: 'north',
      mw: 100,
      onlineAfterQuarter: 1,
      label: '2025 Q2',
      stages: ['building', 'operating'],
    },
    {
      regionId: 'south',
      mw: 150,
      onlineAfterQuarter: 1,
      label: '2025 Q2',
      stages: ['building', 'operating'],
    },
  ])(
    '$mw MW in $regionId: permits, then ceil(MW / speed) quarters, online at the end of $label as announced',
    ({ regionId, mw, onlineAfterQuarter, label, stages }) => {
      const result = step(startGame(tinyLevel()), { type: 'datacenter/build', seat: 'lab-a', regionId, mw });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.log[0]).toContain(`comes online at the end of ${label}`);
      let state = result.state;
      const seen: string[] = [];
      for (let q = 0; q <= onlineAfterQuarter; q++) {
        state = finishQuarter(state).state;
        seen.push(newSite(state)?.status ?? 'gone');
      }
      expect(seen).toEqual(stages);
    },
  );

  it('pays construction in equal instalments that add up to the cost, then books the site at cost', () => {
    let state = build(startGame(tinyLevel()), 'north', 250); // $2,500M over three building quarters
    const instalments: number[] = [];
    for (let q = 0; q < 4; q++) {
      const { state: next, report } = finishQuarter(state);
      const paid = report.companies[0]?.cashFlow.find(
        (item) => item.label === 'Data-center construction',
      )?.amountM;
      if (paid !== undefined) instalments.push(-paid);
      state = next;
    }
    expect(instalments).toEqual([834, 833, 833]);
    expect(newSite(state)).toMatchObject({
      status: 'operating',
      capexPaidM: 2500,
      bookValueM: 2500 - Math.floor(2500 / 8),
    });
  });

  it('stalls a quarter when an instalment cannot be paid, then finishes late at the same total cost', () => {
    let state = build(startGame(tinyLevel()), 'south', 200); // two instalments of $1,000M
    const short = finishQuarter(withCash(state, 'lab-a', 300));
    expect(short.report.companies[0]?.notes).toContain(
      'Construction of 200 MW in South stalled: $700M of the instalment could not be paid.',
    );
    expect(newSite(short.state)).toMatchObject({ status: 'building', quartersToGo: 2, capexPaidM: 300 });
    expect(companyOf(short.state, 'lab-a').arrears).toEqual([]); // builders stop; nothing is owed
    state = withCash(short.state, 'lab-a', 10_000);
    state = finishQuarter(state).state;
    state = finishQuarter(state).state;
    expect(newSite(state)).toMatchObject({ status: 'operating', capexPaidM: 2000 });
  });

  it('keeps chips delivered to a site under construction idle until it opens', () => {
    let state = build(startGame(tinyLevel()), 'north', 200); // online at the end of 2025 Q3
    const siteId = newSite(state)?.id ?? -1;
    state = act(state, { type: 'chips/order', seat: 'lab-a', chipId: 'alpha', k: 10, dataCenterId: siteId });
    state = finishQuarter(finishQuarter(state).state).state; // delivered at the end of Q2
    const waiting = companyCapacity(state.config, companyOf(state, 'lab-a'));
    expect(waiting.idleK).toBe(10);
    state = finishQuarter(state).state;
    const open = companyCapacity(state.config, companyOf(state, 'lab-a'));
    expect(open.idleK).toBe(0);
    expect(open.capacityCu - waiting.capacityCu).toBe(10 * 1000);
  });
});
