/**
 * Compute sold forward: a take-or-pay commitment that starts some quarters after signing, for capacity
 * still to be built (Oracle's 4.5 GW for OpenAI from 2027). Nothing is delivered or paid before its first
 * quarter; the provider may sell what its sites and the free grid power could run by then; what it has
 * not built when the term starts is a shortfall.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeDeal, sellableCapacityCu, TermSchema } from '../../../src/core';
import { takeOrPayDueM } from '../../../src/core/deals/obligations';
import type { Term } from '../../../src/core/deals/terms';
import { cashItem, companyReport, quietArena, Table, terms } from '../../support/deal-fixtures';

// Nimbus runs 450k H100 in its 400 MW Virginia site: 890,550 CU a quarter today.
const NIMBUS_CU = 890_550;

const forward = (cu: number, pricePerCu: number, quarters: number, startsInQuarters: number): Term =>
  ({
    ...terms.compute('nimbus', 'frontier', cu, pricePerCu, quarters),
    startsInQuarters,
  }) as Term;

function signed(term: Term): { t: Table; id: number } {
  const t = new Table(quietArena(), { seed: 11 });
  const id = t.propose('frontier', 'nimbus', [term]);
  t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
  return { t, id };
}

describe('the start of a compute commitment', () => {
  it('is optional, from 1 to 16 quarters after signing, and a whole number', () => {
    const ok = (startsInQuarters: unknown) =>
      v.safeParse(TermSchema, { ...terms.compute('nimbus', 'frontier', 1000, 2500, 4), startsInQuarters })
        .success;
    expect(v.safeParse(TermSchema, terms.compute('nimbus', 'frontier', 1000, 2500, 4)).success).toBe(true);
    expect([1, 8, 16].map(ok)).toEqual([true, true, true]);
    expect([0, 17, 2.5, -0, '4'].map(ok)).toEqual([false, false, false, false, false]);
  });
});

describe('what a cloud may sell forward', () => {
  it('today: only what its chips compute; a year ahead: its sites and the grid power it could build on in time, full of its best chip', () => {
    const t = new Table(quietArena());
    const nimbus = t.company('nimbus');
    expect(sellableCapacityCu(t.state, nimbus, 0)).toBe(NIMBUS_CU);
    // One quarter ahead, each MW as B200s (4,500 TF for 1,000 W), power usage taken out first:
    // its 400 MW Virginia site (PUE 1.25): 320 MW of IT, 1,440,000 CU;
    // one quarter of building after a one-quarter permit: Virginia 150 MW → 540,000, Texas 250 MW
    // (PUE 1.3) → 864,000, the Gulf 200 MW (PUE 1.35) → 666,000; Ireland's permits take three quarters.
    expect(sellableCapacityCu(t.state, nimbus, 1)).toBe(1_440_000 + 540_000 + 864_000 + 666_000);
    // Further ahead, more of the free power can be built on.
    expect(sellableCapacityCu(t.state, nimbus, 4)).toBeGreaterThan(sellableCapacityCu(t.state, nimbus, 1));
  });

  it('refuses more than that, naming the quarter', () => {
    const t = new Table(quietArena());
    const error = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'nimbus',
      terms: [forward(3_510_001, 2500, 4, 1)],
    });
    expect(error.code).toBe('deal/notEnoughCapacity');
    expect(error.message).toBe(
      'Nimbus Cloud can sell at most 3,510,000 CU a quarter more for 2025 Q2 (its sites finished by then, and the free grid power it could build on in time); the deal asks for 3,510,001.',
    );
    expect(() => t.propose('frontier', 'nimbus', [forward(3_510_000, 2500, 4, 1)])).not.toThrow();
  });

  it('keeps capacity sold forward out of later commitments for the quarters they share', () => {
    const arena = new Table(quietArena());
    const sellable = sellableCapacityCu(arena.state, arena.company('nimbus'), 2);
    // All but 100,000 CU of what Nimbus may sell for quarter 2 (2025 Q3), sold for quarters 2–5.
    const { t } = signed(forward(sellable - 100_000, 2500, 4, 2));
    t.passTo('meridian');
    // Today's capacity is free now, but a term running into quarter 2 gets only what is left then.
    const clash = t.refused({
      type: 'deal/propose',
      seat: 'meridian',
      to: 'nimbus',
      terms: [terms.compute('nimbus', 'meridian', 400_000, 2500, 3)],
    });
    expect(clash.message).toContain('for 2025 Q3');
    // One that ends before the forward term starts fits whole.
    expect(() =>
      t.propose('meridian', 'nimbus', [terms.compute('nimbus', 'meridian', NIMBUS_CU, 2500, 2)]),
    ).not.toThrow();
  });
});

describe('a commitment sold forward', () => {
  it('delivers and charges nothing before its first quarter, then is take-or-pay like any other', () => {
    const { t, id } = signed(forward(300_000, 2500, 2, 2));
    for (let q = 0; q < 4; q++) t.finishQuarter();
    const label = `Compute commitment (deal #${id})`;
    expect(cashItem(t.report(0), 'frontier', label)).toBeUndefined();
    expect(cashItem(t.report(1), 'frontier', label)).toBeUndefined();
    const starts = `The compute Nimbus Cloud sold forward to Frontier AI under deal #${id} starts this quarter: 300,000 CU a quarter for 2 quarters.`;
    expect(companyReport(t.report(2), 'frontier').notes).toContain(starts);
    expect(companyReport(t.report(2), 'nimbus').notes).toContain(starts);
    expect(companyReport(t.report(3), 'frontier').notes).not.toContain(starts);
    // 300,000 CU × $2,500 = $750M a quarter, in quarters 2 and 3.
    for (const q of [2, 3])
      expect(cashItem(t.report(q), 'nimbus', label)).toEqual({
        label,
        amountM: 750,
        counterparty: 'frontier',
      });
    expect(t.deal(id)).toMatchObject({ status: 'completed', endedQuarter: 3 });
    expect(t.deal(id).progress[0]).toMatchObject({ quartersDone: 2, paidM: 1500 });
  });

  it('that the provider has not built for falls short: the buyer pays only for what arrives and may end it', () => {
    // Nimbus sells 1.2M CU from the next quarter and builds nothing: it still computes 890,550.
    const { t, id } = signed(forward(1_200_000, 2500, 4, 1));
    t.finishQuarter();
    const report = t.finishQuarter();
    const label = `Compute commitment (deal #${id})`;
    expect(cashItem(report, 'frontier', label)?.amountM).toBe(-Math.floor((NIMBUS_CU * 2500) / 1_000_000));
    expect(companyReport(report, 'frontier').notes).toContain(
      `Nimbus Cloud delivered only 890,550 of the 1,200,000 CU committed under deal #${id}; Frontier AI pays only for what arrived and may end the deal.`,
    );
    expect(t.deal(id)).toMatchObject({ terminableBy: 'frontier', defaultedBy: 'nimbus' });
  });

  it('weighs on the buyer only for the payments inside the coming year', () => {
    const { t } = signed(forward(600_000, 2500, 8, 2)); // $1,500M a quarter, quarters 2–9
    // During quarter 0's turn the next four resolutions are quarters 0–3: two payments.
    expect(takeOrPayDueM(t.state, 'frontier', 4)).toBe(2 * 1500);
    // At its end (the valuation's moment) the coming year is quarters 1–4: three.
    expect(takeOrPayDueM(t.state, 'frontier', 4, 1)).toBe(3 * 1500);
    t.finishQuarter();
    expect(t.company('frontier').valuation.takeOrPayNextYearM).toBe(3 * 1500);
  });

  it('is described with its start, and its schedule begins there', () => {
    const t = new Table(quietArena());
    const [provider, buyer] = describeDeal(t.state, 'nimbus', 'frontier', [forward(300_000, 2500, 2, 3)]);
    expect(provider.gives).toEqual(['300,000 CU a quarter for 2 quarters from 2025 Q4']);
    expect(buyer.schedule.map((row) => [row.label, row.computeCu, row.cashM])).toEqual([
      ['2025 Q1', 0, 0],
      ['2025 Q2', 0, 0],
      ['2025 Q3', 0, 0],
      ['2025 Q4', 300_000, -750],
      ['2026 Q1', 300_000, -750],
    ]);
  });
});
