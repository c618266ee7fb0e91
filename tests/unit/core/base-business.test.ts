import { describe, expect, it } from 'vitest';
import {
  baseMwNeeded,
  growBaseBusiness,
  servableBaseM,
  serveBaseBusiness,
  spareSiteMw,
  startingBaseBusiness,
} from '../../../src/core/model/base-business';
import { spotDemandAtSentiment } from '../../../src/core/model/market';

describe('a cloud’s existing business needs capacity to grow', () => {
  it('starts with a legacy fleet sized for a year of growth', () => {
    const business = startingBaseBusiness({ revenueM: 4000, growthBp: 0, marginBp: 3000, revenuePerMwM: 4 });
    expect(business.legacyMw).toBe(1000);
    expect(business.demandM).toBe(4000);
    const growing = startingBaseBusiness({
      revenueM: 4000,
      growthBp: 1000,
      marginBp: 3000,
      revenuePerMwM: 4,
    });
    expect(growing.legacyMw).toBe(1464); // $5,856M (4,000 × 1.1⁴, rounded each quarter) / $4M
  });

  it('serves no more than its power carries, and loses half the customers it turns away', () => {
    const business = startingBaseBusiness({ revenueM: 4000, growthBp: 0, marginBp: 3000, revenuePerMwM: 4 });
    business.demandM = 5000;
    const served = serveBaseBusiness(business, servableBaseM(business, 100)); // 1,100 MW × $4M
    expect(served).toBe(4400);
    expect(business.revenueM).toBe(4400);
    expect(business.demandM).toBe(4700); // 4,400 served + half of the 600 turned away
  });

  it('grows demand every quarter while the legacy fleet wears out over the building life', () => {
    const business = startingBaseBusiness({ revenueM: 4000, growthBp: 0, marginBp: 3000, revenuePerMwM: 4 });
    business.growthBp = 500;
    growBaseBusiness(business, 50);
    expect(business.demandM).toBe(4200);
    expect(business.legacyMw).toBe(980);
    expect(baseMwNeeded(business, 0, 50)).toBe(70); // 4,200 / 4 − 980
  });

  it('counts only the power that AI chips leave free in operating sites', () => {
    const capacity = {
      capacityCu: 0,
      idleK: 0,
      drawnMw: 0,
      sites: [
        { dataCenterId: 1, capacityCu: 0, poweredK: 0, idleK: 0, drawnKw: 300_000 },
        { dataCenterId: 2, capacityCu: 0, poweredK: 0, idleK: 0, drawnKw: 0 },
      ],
    };
    expect(spareSiteMw(capacity, [500, 0])).toBe(200); // the second site is not operating
  });

  it('needs no capacity in a level that gives no revenue per MW (the old rule)', () => {
    const business = startingBaseBusiness({ revenueM: 4000, growthBp: 300, marginBp: 3000 });
    expect(servableBaseM(business, 0)).toBe(Number.MAX_SAFE_INTEGER);
    expect(baseMwNeeded(business, 8, 60)).toBe(0);
  });
});

describe('spot demand moves with sentiment', () => {
  it('swings half as far as sentiment, both ways', () => {
    expect(spotDemandAtSentiment(10_000_000, 10000)).toBe(10_000_000);
    expect(spotDemandAtSentiment(10_000_000, 6000)).toBe(8_000_000);
    expect(spotDemandAtSentiment(10_000_000, 13000)).toBe(11_500_000);
  });
});
