import { describe, expect, it } from 'vitest';
import type { GameState } from '../../../src/core';
import { act, companyOf, finishQuarter, siteIds, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';

// Tiny level: chips depreciate over 4 quarters, data centers over 8.

/** Lab A orders 37k Alpha ($370M); returns the state once the batch is delivered and its id. */
function withNewBatch(): { state: GameState; batchId: number } {
  const start = startGame(tinyLevel());
  let state = act(start, {
    type: 'chips/order',
    seat: 'lab-a',
    chipId: 'alpha',
    k: 37,
    dataCenterId: siteIds(start, 'lab-a')[0] ?? -1,
  });
  const before = new Set(companyOf(state, 'lab-a').chipBatches.map((b) => b.id));
  state = finishQuarter(finishQuarter(state).state).state;
  const batch = companyOf(state, 'lab-a').chipBatches.find((b) => !before.has(b.id));
  if (!batch) throw new Error('the batch was not delivered');
  return { state, batchId: batch.id };
}

describe('straight-line depreciation', () => {
  it('writes a chip batch down in near-equal steps that sum to its cost, to zero', () => {
    let { state, batchId } = withNewBatch();
    const bookValue = () =>
      companyOf(state, 'lab-a').chipBatches.find((b) => b.id === batchId)?.bookValueM ?? Number.NaN;
    // Delivered and depreciated once in the same quarter's resolution.
    const values = [370, bookValue()];
    for (let q = 0; q < 4; q++) {
      state = finishQuarter(state).state;
      values.push(bookValue());
    }
    const steps = values.slice(1).map((v, i) => (values[i] ?? 0) - v);
    expect(values.at(-1)).toBe(0);
    expect(steps.reduce((a, b) => a + b, 0)).toBe(370);
    expect(steps.slice(0, 4).every((s) => Math.abs(s - 370 / 4) <= 1)).toBe(true);
    expect(steps.slice(4)).toEqual([0]); // nothing left to write down
  });

  it('moves no cash: depreciation is a note, not a cash-flow item', () => {
    const { report } = finishQuarter(startGame(tinyLevel()));
    const lab = report.companies[0];
    expect(lab?.notes.some((n) => n.startsWith('Depreciation of $250M'))).toBe(true);
    expect(lab?.cashFlow.some((item) => /depreciation/i.test(item.label))).toBe(false);
  });

  it("starts a new data center's write-down when it comes online, from what it cost", () => {
    let state = act(startGame(tinyLevel()), {
      type: 'datacenter/build',
      seat: 'lab-a',
      regionId: 'south',
      mw: 80,
    });
    state = finishQuarter(state).state; // one quarter of building at 100 MW a quarter
    const site = companyOf(state, 'lab-a').dataCenters.at(-1);
    expect(site).toMatchObject({
      status: 'operating',
      capexPaidM: 800,
      bookValueM: 800 - 100,
      depreciationQuartersLeft: 7,
    });
  });
});
