/**
 * Take-or-pay commitments as fixed charges: what a buyer owes over the next year under the terms it has
 * signed, and the discount the market takes when that is more than a year's revenue.
 */
import { describe, expect, it } from 'vitest';
import { takeOrPayDueM } from '../../../src/core/deals/obligations';
import { commitmentLoadBp, riskDiscount } from '../../../src/core/model/valuation';
import { firstSite, quietArena, Table, terms } from '../../support/deal-fixtures';

// Nimbus has 890,550 CU a quarter to sell; at $2,500 a CU, 600,000 CU cost $1,500M a quarter.
function committed(cu: number, pricePerCu: number, quarters: number): Table {
  const t = new Table(quietArena());
  const id = t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', cu, pricePerCu, quarters)]);
  t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
  return t;
}

describe('take-or-pay payments due over the next year', () => {
  it('counts at most four quarters of each running commitment, and only for the buyer', () => {
    const t = committed(600_000, 2500, 6);
    expect(takeOrPayDueM(t.state, 'frontier', 4)).toBe(4 * 1500);
    expect(takeOrPayDueM(t.state, 'nimbus', 4)).toBe(0);
    t.finishQuarter();
    t.finishQuarter();
    t.finishQuarter(); // three of six quarters paid: three left
    expect(takeOrPayDueM(t.state, 'frontier', 4)).toBe(3 * 1500);
  });

  it('ignores proposals not yet signed', () => {
    const t = new Table(quietArena());
    t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', 600_000, 2500, 6)]);
    expect(takeOrPayDueM(t.state, 'frontier', 4)).toBe(0);
  });

  it('counts chip supply less the prepayment already made', () => {
    const t = new Table(quietArena());
    const site = firstSite(t, 'frontier');
    const supply = terms.chips('nvidia', 'frontier', site, {
      kPerQuarter: 10,
      priceMPerK: 30,
      quarters: 8,
      prepaymentM: 200,
    });
    t.propose('frontier', 'nvidia', [supply]); // a partner answers at once
    // Four quarters of 10k chips at $30M per thousand: $1,200M, of which $200M is prepaid.
    expect(takeOrPayDueM(t.state, 'frontier', 4)).toBe(1000);
  });
});

describe('the commitment load on the valuation', () => {
  it.each([
    { dueM: 0, runRateM: 10_000, bp: 0, why: 'no commitments' },
    { dueM: 10_000, runRateM: 10_000, bp: 0, why: 'a year of revenue covers the payments' },
    { dueM: 15_000, runRateM: 10_000, bp: 250, why: 'half a year beyond it' },
    { dueM: 20_000, runRateM: 10_000, bp: 500, why: 'a year beyond it' },
    { dueM: 90_000, runRateM: 10_000, bp: 2500, why: 'eight years beyond: at most 25 points' },
    { dueM: 1, runRateM: 0, bp: 2500, why: 'payments and no revenue at all' },
  ])('a market that lets one year pass, $why: $bp bp', ({ dueM, runRateM, bp }) => {
    expect(commitmentLoadBp(dueM, runRateM, 10)).toBe(bp);
  });

  it('lets two years of revenue pass when the level says nothing', () => {
    expect(commitmentLoadBp(20_000, 10_000)).toBe(0);
    expect(commitmentLoadBp(30_000, 10_000)).toBe(500);
  });

  it('is part of the risk discount after the quarter resolves', () => {
    // $8,905M a quarter for 8 quarters against a revenue run-rate near $15B: over two years of revenue due
    // next year, more than the arena's market (the default) lets pass.
    const t = committed(890_550, 10_000, 8);
    t.finishQuarter();
    const frontier = t.company('frontier');
    const load = commitmentLoadBp(takeOrPayDueM(t.state, 'frontier', 4), frontier.valuation.revenueRunRateM);
    expect(load).toBeGreaterThan(0);
    expect(frontier.valuation.riskDiscountBp).toBe(
      Math.min(8000, riskDiscount(frontier, frontier.operatingCashFlowM) + load),
    );
  });
});
