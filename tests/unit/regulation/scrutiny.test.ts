/**
 * Scrutiny thresholds (test-arena: inquiry 150, deal review 200, fine 300, divestiture 400) and government
 * relations. A test card ("spotlight") moves a company's scrutiny at the start of a quarter; the quarter's
 * resolution then keeps 80% of it and adds the pressures, and the thresholds act on the result.
 */
import { describe, expect, it } from 'vitest';
import { formatMoney, type Level, type QuarterReport } from '../../../src/core';
import { applyBp, mulDiv } from '../../../src/core/intmath';
import {
  addEvent,
  cashItem,
  companyReport,
  moneyBalance,
  quietArena,
  Table,
  terms,
} from '../../support/deal-fixtures';

type Target = Level['events'][number]['target'];

/** A card that moves the target's scrutiny by `delta` at the start of `quarter` (1-based). */
const spotlight = (level: Level, id: string, target: Target, delta: number, quarter = 1) =>
  void addEvent(
    level,
    { id, title: `Spotlight ${id}`, target, effects: [{ kind: 'scrutiny', delta }] },
    quarter,
  );

const scrutinyAfter = (report: QuarterReport, companyId: string) =>
  companyReport(report, companyId).lines.find((l) => l.figure === 'scrutiny')?.after;

describe('inquiry', () => {
  it('opens at the threshold, adds the risk discount while it lasts, and closes when scrutiny falls back', () => {
    const t = new Table(
      quietArena((l) => {
        spotlight(l, 'up', 'leadingLab', 120);
        spotlight(l, 'down', 'leadingLab', -1000, 3);
      }),
    );
    expect(t.company('frontier').scrutiny).toBe(120);
    const q1 = t.finishQuarter();
    // 80% of 120, +40 for a dominant share of the model market, +15 for fast growth.
    expect(scrutinyAfter(q1, 'frontier')).toBe(96 + 55);
    expect(t.company('frontier').inquiryOpen).toBe(true);
    expect(companyReport(q1, 'frontier').notes).toContain(
      'Regulators opened an inquiry (scrutiny 151 ≥ 150): the market adds a 5% risk discount while it lasts.',
    );
    expect(q1.headlines).toContain('Regulators open an inquiry into Frontier AI.');
    // The inquiry weighs on the next valuation (scrutiny is updated after valuations in the quarter).
    const discountBefore = t.company('frontier').valuation.riskDiscountBp;
    t.finishQuarter();
    expect(t.company('frontier').valuation.riskDiscountBp - discountBefore).toBe(500);
    // "down" clears scrutiny at the start of quarter 3, which resolves well below the threshold.
    const q3 = t.finishQuarter();
    const after = scrutinyAfter(q3, 'frontier');
    expect(after).toBeLessThan(150);
    expect(t.company('frontier').inquiryOpen).toBe(false);
    expect(companyReport(q3, 'frontier').notes).toContain(`The inquiry closed: scrutiny fell to ${after}.`);
    const discountOpen = t.company('frontier').valuation.riskDiscountBp;
    t.finishQuarter();
    expect(discountOpen - t.company('frontier').valuation.riskDiscountBp).toBe(500);
  });
});

describe('deal review threshold', () => {
  it('is announced to the company once its scrutiny reaches it', () => {
    const t = new Table(quietArena((l) => spotlight(l, 'up', 'leadingLab', 200)));
    const q1 = t.finishQuarter();
    expect(scrutinyAfter(q1, 'frontier')).toBe(215);
    expect(companyReport(q1, 'frontier').notes).toContain(
      'Scrutiny 215 ≥ 200: deals you sign are reviewed and may be blocked.',
    );
  });
});

describe('fine', () => {
  it('is levied once per inquiry episode, at 3% of yearly revenue, and again in a new episode', () => {
    const t = new Table(
      quietArena((l) => {
        spotlight(l, 'first', 'leadingLab', 400);
        spotlight(l, 'relief', 'leadingLab', -1000, 3);
        spotlight(l, 'second', 'leadingLab', 400, 4);
      }),
    );
    const fined = (report: QuarterReport) => {
      const fineM = applyBp(t.company('frontier').valuation.revenueRunRateM, 300);
      expect(fineM).toBeGreaterThan(0);
      expect(cashItem(report, 'frontier', 'Regulatory fine')).toEqual({
        label: 'Regulatory fine',
        amountM: -fineM,
        counterparty: 'ext:government',
      });
      expect(companyReport(report, 'frontier').notes).toContain(
        `Fined ${formatMoney(fineM)} (3% of yearly revenue) for conduct found in the inquiry.`,
      );
      expect(report.headlines).toContain(`Frontier AI fined ${formatMoney(fineM)}.`);
    };
    const q1 = t.finishQuarter();
    expect(scrutinyAfter(q1, 'frontier')).toBe(375);
    fined(q1);
    const q2 = t.finishQuarter();
    expect(scrutinyAfter(q2, 'frontier')).toBeGreaterThanOrEqual(300);
    expect(cashItem(q2, 'frontier', 'Regulatory fine')).toBeUndefined();
    const q3 = t.finishQuarter(); // scrutiny cleared: the inquiry closes and the episode ends
    expect(t.company('frontier').inquiryOpen).toBe(false);
    expect(cashItem(q3, 'frontier', 'Regulatory fine')).toBeUndefined();
    const q4 = t.finishQuarter();
    expect(scrutinyAfter(q4, 'frontier')).toBeGreaterThanOrEqual(300);
    fined(q4);
    expect(moneyBalance(t.state)).toBe(0);
  });
});

describe('forced divestiture', () => {
  it('sells the largest stake the company holds in another player, at the level recovery rate', () => {
    const t = new Table(quietArena((l) => spotlight(l, 'up', 'largestCloud', 500)));
    // Nimbus holds 20% of Meridian and buys 7% of Frontier from Stratus.
    t.passTo('nimbus');
    const id = t.propose('nimbus', 'stratus', [terms.stakeSale('stratus', 'nimbus', 'frontier', 700, 20000)]);
    t.act({ type: 'deal/accept', seat: 'stratus', dealId: id });
    const q1 = t.finishQuarter();
    expect(scrutinyAfter(q1, 'nimbus')).toBeGreaterThanOrEqual(400);
    const meridian = t.company('meridian');
    const standalone = meridian.valuation.totalM - meridian.valuation.stakesValueM;
    const proceedsM = applyBp(mulDiv(standalone, 2000, 10000), 8000);
    expect(meridian.capTable).toEqual({
      'Founders and staff': 6000,
      'Investors (forced sale)': 2000,
      'Venture investors': 2000,
    });
    expect(t.company('frontier').capTable.nimbus).toBe(700); // only the largest stake goes
    expect(cashItem(q1, 'nimbus', 'Forced sale of the stake in Meridian Labs')).toEqual({
      label: 'Forced sale of the stake in Meridian Labs',
      amountM: proceedsM,
      counterparty: 'ext:investors',
    });
    expect(companyReport(q1, 'nimbus').notes).toContain(
      `Regulators forced the sale of the 20% stake in Meridian Labs, for ${formatMoney(proceedsM)}.`,
    );
    expect(companyReport(q1, 'meridian').notes).toContain(
      'Nimbus Cloud was forced to sell its 20% stake in you.',
    );
    expect(q1.headlines).toContain('Nimbus Cloud is forced to divest its stake in Meridian Labs.');
    expect(moneyBalance(t.state)).toBe(0);
  });
});

describe('government relations', () => {
  it('cost money once per programme and take points off scrutiny every quarter', () => {
    const t = new Table(quietArena());
    const control = new Table(quietArena());
    expect(t.act({ type: 'gov/relations', seat: 'frontier', programme: 'adviser' })).toEqual([
      'Government adviser hired for $50M: scrutiny now falls by 10 points a quarter before new pressure.',
    ]);
    expect(t.refused({ type: 'gov/relations', seat: 'frontier', programme: 'adviser' })).toEqual({
      code: 'gov/alreadyJoined',
      message: 'Frontier AI already has a government adviser.',
    });
    t.act({ type: 'gov/relations', seat: 'frontier', programme: 'initiative' });
    expect(t.refused({ type: 'gov/relations', seat: 'frontier', programme: 'initiative' }).message).toBe(
      'Frontier AI has already joined the national AI initiative.',
    );
    expect(t.state.attentionUsed).toBe(2); // each is a major action
    expect(t.company('frontier').cashM).toBe(30000 - 50 - 1000);
    const report = t.finishQuarter();
    const controlReport = control.finishQuarter();
    expect(cashItem(report, 'frontier', 'Government adviser hired')).toMatchObject({
      amountM: -50,
      counterparty: 'ext:suppliers',
    });
    expect(cashItem(report, 'frontier', 'National AI initiative contribution')).toMatchObject({
      amountM: -1000,
      counterparty: 'ext:government',
    });
    // Frontier dominates the model market: of the 30 points, lobbying takes off only the 15 its fast
    // growth added, not the 40 its dominant share did.
    const line = companyReport(report, 'frontier').lines.find((l) => l.figure === 'scrutiny');
    expect(line?.why).toContain('−15: government relations (no relief against a dominant share)');
    expect(scrutinyAfter(report, 'frontier')).toBe((scrutinyAfter(controlReport, 'frontier') ?? 0) - 15);
  });

  it('take points off the scrutiny that deals and growth add, and off the level a company keeps once it no longer dominates', () => {
    // Nimbus (a cloud, not dominant) under a spotlight: relief comes off the retained level in full.
    const t = new Table(quietArena((l) => spotlight(l, 'glare', 'largestCloud', 100)));
    const control = new Table(quietArena((l) => spotlight(l, 'glare', 'largestCloud', 100)));
    const cloud = Object.values(t.state.companies).find((c) => c.role === 'cloud' && c.scrutiny > 0);
    expect(cloud).toBeDefined();
    if (!cloud) return;
    t.passTo(cloud.id);
    t.act({ type: 'gov/relations', seat: cloud.id, programme: 'adviser' });
    const report = t.finishQuarter();
    const controlReport = control.finishQuarter();
    expect(companyReport(report, cloud.id).lines.find((l) => l.figure === 'scrutiny')?.why).toContain(
      '−10: government relations',
    );
    expect(scrutinyAfter(report, cloud.id)).toBe((scrutinyAfter(controlReport, cloud.id) ?? 0) - 10);
  });

  it('are capped at the level maximum, and need the cash', () => {
    const t = new Table(
      quietArena((l) => {
        addEvent(l, { id: 'goodwill', target: 'leadingLab', effects: [{ kind: 'govRelations', delta: 35 }] });
        const meridian = l.companies.find((c) => c.id === 'meridian');
        if (meridian) meridian.cashM = 500;
      }),
    );
    expect(t.company('frontier').govRelations).toBe(35);
    t.act({ type: 'gov/relations', seat: 'frontier', programme: 'initiative' });
    expect(t.company('frontier').govRelations).toBe(40);
    t.passTo('meridian');
    expect(t.refused({ type: 'gov/relations', seat: 'meridian', programme: 'initiative' })).toEqual({
      code: 'money/notEnoughCash',
      message: 'National AI initiative contribution costs $1B; you have $500M.',
    });
  });
});
