import { describe, expect, it } from 'vitest';
import { clearSpot, cuRevenueM, modelMarketShares, shareSold } from '../../../src/core/model/market';
import { act, companyOf, finishQuarter, refused, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';

// Tiny level: each lab has 50,000 CU; model demand $1,000M shared with a rest-of-market of equal
// capability, so each lab's customers would spend $333M; inference earns $10,000 per CU.

describe('a lab splits compute between training and inference', () => {
  it('sends the chosen share to training and adds it to cumulative training compute', () => {
    const start = act(startGame(tinyLevel()), { type: 'compute/allocate', seat: 'lab-a', trainingBp: 8000 });
    const { state } = finishQuarter(start);
    const lab = companyOf(state, 'lab-a');
    expect(lab.compute).toMatchObject({ capacityCu: 50_000, trainingCu: 40_000, inferenceCu: 10_000 });
    expect(lab.cumulativeTrainingCu).toBe(1_000_000 + 40_000);
  });

  it('earns what inference can serve when compute is the limit', () => {
    const { state, report } = finishQuarter(startGame(tinyLevel())); // 25,000 CU of inference serve $250M
    expect(companyOf(state, 'lab-a').revenueHistoryM.at(-1)).toBe(250);
    expect(report.companies[0]?.notes).toContain(
      'Customers wanted $333M of model use but inference compute could serve only $250M.',
    );
  });

  it('earns its share of demand when demand is the limit, and reports the idle inference', () => {
    const start = act(startGame(tinyLevel()), { type: 'compute/allocate', seat: 'lab-a', trainingBp: 0 });
    const { state, report } = finishQuarter(start); // 50,000 CU could serve $500M; customers want $333M
    const lab = companyOf(state, 'lab-a');
    expect(lab.revenueHistoryM.at(-1)).toBe(333);
    expect(lab.compute.idleCu).toBe(50_000 - 33_300);
    expect(report.companies[0]?.notes).toContain(
      '16,700 CU of inference found no customers: demand for the model is the limit, not compute.',
    );
  });

  it('is a lab-only decision', () => {
    const state = finishQuarter(startGame(tinyLevel(), ['cloud-a', 'lab-a'])).state;
    expect(refused(state, { type: 'compute/allocate', seat: 'cloud-a', trainingBp: 100 }).code).toBe(
      'company/wrongRole',
    );
  });
});

describe('the model market', () => {
  it('shares demand by capability squared: twice the capability wins four times the customers', () => {
    const { shares, restShareBp } = modelMarketShares(
      6000,
      [
        { companyId: 'a', capability: 200 },
        { companyId: 'b', capability: 100 },
      ],
      100,
    );
    expect(shares.map((s) => s.demandM)).toEqual([4000, 1000]);
    expect(shares.map((s) => s.shareBp)).toEqual([6666, 1666]);
    expect(restShareBp).toBe(1666);
  });

  it('never hands out more than the demand', () => {
    const { shares } = modelMarketShares(
      1000,
      [1, 2, 3].map((c) => ({ companyId: String(c), capability: c * 77 })),
      55,
    );
    expect(shares.reduce((sum, s) => sum + s.demandM, 0)).toBeLessThanOrEqual(1000);
  });
});

describe('the spot market for cloud capacity', () => {
  const curve = { maxPricePerCu: 5000, minPricePerCu: 1000, demandCu: 1_000_000 };

  it.each([
    { offeredCu: 0, pricePerCu: 5000, soldCu: 0, why: 'nothing offered: the price is the cap' },
    { offeredCu: 100_000, pricePerCu: 4500, soldCu: 100_000, why: 'a tenth of demand: a tenth off the cap' },
    { offeredCu: 800_000, pricePerCu: 1000, soldCu: 800_000, why: 'exactly at the floor' },
    {
      offeredCu: 900_000,
      pricePerCu: 1000,
      soldCu: 800_000,
      why: 'beyond the floor: buyers take only what the curve says',
    },
  ])('$why', ({ offeredCu, pricePerCu, soldCu }) => {
    expect(clearSpot(curve, offeredCu)).toEqual({ pricePerCu, soldCu, offeredCu });
  });

  it('splits sales in proportion to what each cloud offered, to the last CU', () => {
    expect(shareSold(1000, [1, 2, 0])).toEqual([334, 666, 0]);
    expect(shareSold(0, [5, 5])).toEqual([0, 0]);
  });

  it('books $ per CU × CU as revenue, in $M', () => {
    expect(cuRevenueM(50_000, 4500)).toBe(225);
  });

  it('pays each cloud for its share at the clearing price', () => {
    const { state, report } = finishQuarter(startGame(tinyLevel())); // two clouds offer 50,000 CU each
    expect(state.market.spotPricePerCu).toBe(4500);
    expect(report.companies[2]?.cashFlow).toContainEqual({
      label: 'AI capacity sold on the spot market',
      amountM: 225,
      counterparty: 'ext:customers',
    });
    expect(report.headlines).toContain('Spot compute cleared at $4,500 per CU; 100,000 CU sold.');
  });

  it('leaves capacity unsold below the floor and says so', () => {
    const level = tinyLevel((l) => {
      l.market.spot.demandCu = 100_000; // the floor is reached at 80,000 CU
    });
    const { state, report } = finishQuarter(startGame(level));
    expect(companyOf(state, 'cloud-a').compute).toMatchObject({ spotSoldCu: 40_000, idleCu: 10_000 });
    expect(report.companies[2]?.notes).toContain(
      '10,000 CU went unsold: at the $1,000 floor price buyers took no more.',
    );
  });
});
