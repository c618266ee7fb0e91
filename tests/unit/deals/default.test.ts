/**
 * A missed payment is a default: the unpaid amount plus a 10% penalty becomes an arrear owed to the other
 * side, the market marks the payer down for a year, the other side may end the deal, and the arrear feeds
 * the insolvency process (distress, then recovery or failure at the end of the next turn).
 */
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/core';
import { applyBp } from '../../../src/core/intmath';
import { companyReport, moneyBalance, quietArena, Table, terms } from '../../support/deal-fixtures';

const owedBy = (t: Table, companyId: string) =>
  t.company(companyId).arrears.reduce((sum, arrear) => sum + arrear.amountM, 0);

/** Meridian ($10B of cash) signs up for $4.8B of Nimbus compute a quarter; it runs dry in the third quarter. */
function overcommitted() {
  const t = new Table(quietArena());
  t.passTo('meridian');
  const id = t.propose('meridian', 'nimbus', [terms.compute('nimbus', 'meridian', 800_000, 6000, 8)]);
  t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
  t.finishQuarter();
  t.finishQuarter();
  const cashBefore = t.company('meridian').cashM;
  const nimbusBefore = t.company('nimbus').cashM;
  const report = t.finishQuarter(); // 2025 Q3
  return { t, id, report, cashBefore, nimbusBefore };
}

describe('a missed payment', () => {
  it('becomes an arrear with a 10% penalty, a default on the record, and the right to end the deal', () => {
    const { t, id, report } = overcommitted();
    const meridian = t.company('meridian');
    const paid = -(
      companyReport(report, 'meridian').cashFlow.find((i) => i.label === `Compute commitment (deal #${id})`)
        ?.amountM ?? 0
    );
    const unpaid = 4800 - paid;
    expect(unpaid).toBeGreaterThan(0);
    expect(meridian.cashM).toBe(0);
    const penalty = applyBp(unpaid, 1000);
    expect(meridian.arrears).toEqual([
      {
        to: 'nimbus',
        amountM: unpaid + penalty,
        reason: `Compute commitment missed under deal #${id}, with a ${formatMoney(penalty)} penalty`,
      },
    ]);
    expect(meridian.record.defaults).toBe(1);
    expect(t.deal(id)).toMatchObject({ status: 'active', defaultedBy: 'meridian', terminableBy: 'nimbus' });
    expect(meridian.status).toBe('distressed');

    const notes = companyReport(report, 'meridian').notes;
    expect(notes).toContain(
      `Default: ${formatMoney(unpaid)} of compute commitment owed to Nimbus Cloud under deal #${id} went unpaid. It is now owed with a ${formatMoney(penalty)} penalty, the market marks the company down for a year, and Nimbus Cloud may end the deal.`,
    );
    expect(notes.some((n) => n.startsWith('In distress:'))).toBe(true);
    expect(companyReport(report, 'nimbus').notes).toContain(
      `Meridian Labs defaulted on ${formatMoney(unpaid)} owed under deal #${id}; you may end the deal.`,
    );
    expect(report.headlines).toContain('Meridian Labs defaulted on a payment to Nimbus Cloud.');
    expect(moneyBalance(t.state)).toBe(0);
  });

  it('adds a 15% risk discount to the valuation, for a year', () => {
    const { t } = overcommitted();
    const meridian = t.company('meridian');
    expect(meridian.riskEffects).toEqual([
      { bp: 1500, untilQuarter: 2 + 3, reason: 'missed a payment to Nimbus Cloud' },
    ]);
    // Distress (40%) and the default (15%) both weigh on this quarter's valuation.
    expect(meridian.valuation.riskDiscountBp).toBeGreaterThanOrEqual(4000 + 1500);
    const valuation = companyReport(t.report(2), 'meridian').lines.find((l) => l.figure === 'valuation');
    expect(valuation?.after).toBeLessThan(valuation?.before ?? 0);
    // Meridian survives (a rescue round, and Nimbus ends the deal); the mark-down lasts four valuations in all.
    t.passTo('meridian');
    t.act({ type: 'finance/emergencyRaise', seat: 'meridian', amountM: owedBy(t, 'meridian') + 100 });
    t.passTo('nimbus');
    t.act({ type: 'deal/terminate', seat: 'nimbus', dealId: t.state.deals[0]?.id ?? -1 });
    t.finishQuarter(); // 2025 Q4
    t.finishQuarter(); // 2026 Q1
    expect(t.company('meridian').riskEffects).toHaveLength(1);
    t.finishQuarter(); // 2026 Q2: the fourth quarter marked down, the last
    expect(t.company('meridian').riskEffects).toEqual([]);
  });

  it('lets only the side that was failed end the deal: deal/notTerminable', () => {
    const { t, id } = overcommitted();
    t.passTo('meridian');
    expect(t.refused({ type: 'deal/terminate', seat: 'meridian', dealId: id }).code).toBe(
      'deal/notTerminable',
    );
    t.act({ type: 'finance/emergencyRaise', seat: 'meridian', amountM: owedBy(t, 'meridian') + 100 });
    t.passTo('nimbus');
    expect(t.act({ type: 'deal/terminate', seat: 'nimbus', dealId: id })).toEqual([
      `Nimbus Cloud ended deal #${id}; its remaining obligations are cancelled (money already paid stays paid).`,
    ]);
    expect(t.deal(id)).toMatchObject({
      status: 'terminated',
      reason: 'Ended by Nimbus Cloud after Meridian Labs defaulted.',
    });
    // No more deliveries or payments after the end; the arrear was cleared in Meridian's turn.
    const next = t.finishQuarter();
    expect(
      companyReport(next, 'meridian').cashFlow.some((i) => i.label === `Compute commitment (deal #${id})`),
    ).toBe(false);
    expect(
      companyReport(next, 'nimbus').cashFlow.some((i) =>
        i.label.startsWith('Arrears paid: Compute commitment missed'),
      ),
    ).toBe(true);
    expect(t.company('meridian').compute.capacityCu).toBe(
      t.company('meridian').compute.trainingCu + t.company('meridian').compute.inferenceCu,
    );
  });

  it('a deal in good standing cannot be ended: deal/notTerminable', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', 1000, 2000, 4)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    for (const seat of ['frontier'] as const) {
      expect(t.refused({ type: 'deal/terminate', seat, dealId: id })).toEqual({
        code: 'deal/notTerminable',
        message: `Deal #${id} can be ended only by the side the other one failed, while it is in force.`,
      });
    }
    t.passTo('nimbus');
    expect(t.refused({ type: 'deal/terminate', seat: 'nimbus', dealId: id }).code).toBe('deal/notTerminable');
  });
});

describe('the insolvency process after a default', () => {
  it('a company that clears its arrears in its next turn recovers, and the creditor is paid in full', () => {
    const { t } = overcommitted();
    t.passTo('meridian');
    const owed = t.company('meridian').arrears.reduce((s, a) => s + a.amountM, 0);
    const nimbusCash = t.company('nimbus').cashM;
    t.act({ type: 'finance/emergencyRaise', seat: 'meridian', amountM: owed + 100 });
    const log = t.act({ type: 'turn/end', seat: 'meridian' });
    expect(log[0]).toBe(`Meridian Labs paid its ${formatMoney(owed)} of arrears and is out of distress.`);
    expect(t.company('meridian')).toMatchObject({ status: 'active', arrears: [] });
    expect(t.company('nimbus').cashM).toBe(nimbusCash + owed);
    expect(moneyBalance(t.state)).toBe(0);
  });

  it('a company that cannot pay fails at the end of its next turn, and its creditors share its cash', () => {
    const { t, id } = overcommitted();
    t.passTo('meridian');
    const log = t.act({ type: 'turn/end', seat: 'meridian' });
    expect(log[0]).toMatch(
      /^Meridian Labs could not pay \$[\d.]+B of arrears with \$0M of cash and has failed: it leaves the game\.$/,
    );
    expect(t.company('meridian').status).toBe('bankrupt');
    // The failed buyer's commitment ends: the provider's capacity goes back on the spot market.
    const report = t.finishQuarter();
    expect(t.deal(id).status).toBe('terminated');
    expect(t.company('nimbus').compute.spotSoldCu).toBeGreaterThan(800_000);
    expect(t.company('meridian').record.defaults).toBe(1);
    expect(companyReport(report, 'nimbus').notes).toContain(
      `Deal #${id} ended: Meridian Labs failed and left the game.`,
    );
    expect(companyReport(report, 'nimbus').notes.join(' ')).not.toContain('defaulted');
  });
});
