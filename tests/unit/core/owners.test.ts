/**
 * Value to the owners: the score is what the starting shareholders hold, so dilution shows, and the
 * IPO objective is judged on the valuation at the listing, not on what the market pays later.
 */
import { describe, expect, it } from 'vitest';
import { ownersValueM } from '../../../src/core/model/owners';
import { roundPrice } from '../../../src/core/model/round-price';
import { act, companyOf, finishQuarter, passUntil, patch, startGame, withCash } from '../../support/game';
import { tinyLevel } from '../../support/levels';

describe('owners and rounds', () => {
  it('prices a bigger round, a repeat round and a gloomy market lower', () => {
    const lab = companyOf(startGame(tinyLevel()), 'lab-a'); // valued at $31B
    const small = roundPrice(lab, 310, 0, 10000); // 1% of the valuation
    const big = roundPrice(lab, 4650, 0, 10000); // 15%
    expect(small.discountBp).toBe(50);
    expect(big.discountBp).toBe(750);
    const repeat = roundPrice({ ...lab, equityRoundQuarters: [3, 4] }, 4650, 5, 10000);
    expect(repeat.discountBp).toBe(750 + 2 * 600);
    expect(roundPrice(lab, 4650, 0, 7000).discountBp).toBe(750 + 1500);
    expect(big.preMoneyM).toBe(Math.round(31_000 * 0.925));
  });

  it('a round dilutes the starting owners; a stake changing hands does not', () => {
    const state = act(startGame(tinyLevel()), { type: 'finance/raiseEquity', seat: 'lab-a', amountM: 3100 });
    const lab = companyOf(state, 'lab-a');
    // 10% of the valuation, priced 5% below it: the new investors get 9.5% of the company.
    expect(lab.ownersPpm).toBeGreaterThan(900_000);
    expect(lab.ownersPpm).toBeLessThan(910_000);
    expect(ownersValueM(lab)).toBe(Math.floor((lab.valuationM * lab.ownersPpm) / 1_000_000));
    const proposed = act(passUntil(state, 'lab-b'), {
      type: 'deal/propose',
      seat: 'lab-b',
      to: 'cloud-a',
      terms: [
        {
          kind: 'stakeSale',
          seller: 'cloud-a',
          buyer: 'lab-b',
          companyId: 'lab-a',
          stakeBp: 1000,
          priceM: 3100,
        },
      ],
    });
    const dealId = proposed.deals.at(-1)?.id ?? -1;
    const sold = act(proposed, { type: 'deal/accept', seat: 'cloud-a', dealId });
    expect(companyOf(sold, 'lab-a').capTable['lab-b']).toBe(1000);
    expect(companyOf(sold, 'lab-a').ownersPpm).toBe(lab.ownersPpm);
  });

  it('ranks a company that sold a fifth of itself below one of equal value that did not', () => {
    let state = startGame(tinyLevel(), ['lab-a', 'lab-b']);
    state = patch(state, (draft) => {
      const [a, b] = [draft.companies['lab-a'], draft.companies['lab-b']];
      if (!a || !b) return;
      a.ownersPpm = 800_000;
    });
    state = withCash(withCash(state, 'lab-a', 10_000), 'lab-b', 10_000);
    const last = patch(state, (draft) => {
      draft.quarter = draft.config.quarters - 1;
    });
    const { state: over } = finishQuarter(last);
    const ranking = over.ranking ?? [];
    const a = ranking.find((e) => e.companyId === 'lab-a');
    const b = ranking.find((e) => e.companyId === 'lab-b');
    expect(a?.ownersValueM).toBe(Math.floor(((a?.valuationM ?? 0) * 800_000) / 1_000_000));
    expect(b?.ownersValueM).toBe(b?.valuationM);
    // Between companies with the same objectives met, the order is the owners' value, not the valuation.
    const byOwners = [...ranking].sort(
      (x, y) => y.objectivesMet - x.objectivesMet || y.ownersValueM - x.ownersValueM,
    );
    expect(ranking.map((e) => e.companyId)).toEqual(byOwners.map((e) => e.companyId));
    expect(a?.ownersValueM).toBeLessThan(a?.valuationM ?? 0);
  });
});

describe('the IPO objective is judged at the listing', () => {
  /** A lab listed at `valuationM` that then holds `cashM`, valued again at the quarter's end. */
  const listedAt = (valuationM: number, cashM: number) => {
    let state = startGame(tinyLevel(), ['lab-a', 'cloud-a']);
    state = patch(state, (draft) => {
      const lab = draft.companies['lab-a'];
      if (!lab) return;
      lab.isPublic = true;
      lab.ipoQuarter = 0;
      lab.ipoValuationM = valuationM;
    });
    return companyOf(finishQuarter(withCash(state, 'lab-a', cashM)).state, 'lab-a');
  };

  it('a listing below the bar is not credited when the valuation passes it later', () => {
    const lab = listedAt(40_000, 200_000);
    expect(lab.valuationM).toBeGreaterThan(50_000);
    expect(lab.objectivesMet['lab-ipo']).toBeUndefined();
  });

  it('a listing at the bar is credited', () => {
    expect(listedAt(50_000, 10_000).objectivesMet['lab-ipo']).toBe(0);
  });

  it("the listing records the valuation at the listing's price", () => {
    const start = startGame(tinyLevel(), ['lab-a', 'cloud-a']);
    const ready = patch(start, (draft) => {
      const lab = draft.companies['lab-a'];
      if (lab) lab.valuationM = 60_000;
    });
    const listed = companyOf(act(ready, { type: 'finance/ipo', seat: 'lab-a' }), 'lab-a');
    expect(listed.ipoValuationM).toBe(Math.round(60_000 * (1 - 0.0555))); // 5.55% off for the float's size
  });
});
