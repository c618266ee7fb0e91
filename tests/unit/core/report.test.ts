import { describe, expect, it } from 'vitest';
import { formatBp, formatMoney, type ValuationParts } from '../../../src/core';
import { valuationDrivers } from '../../../src/core/model/explain-valuation';
import { formatCount } from '../../../src/core/report';
import { finishQuarter, startGame } from '../../support/game';
import { arenaLevel, tinyLevel } from '../../support/levels';
import { playGame } from '../../support/scripted-player';

describe('the quarter report', () => {
  // Eight scripted quarters of the arena: every kind of cash movement shows up.
  const level = arenaLevel();
  const reports: NonNullable<ReturnType<typeof finishQuarter>['report']>[] = [];
  playGame(level, ['frontier', 'meridian', 'nimbus', 'stratus'], 3, {
    quarters: 8,
    onAccepted: (state) => {
      if (state.lastReport && reports.at(-1) !== state.lastReport) reports.push(state.lastReport);
    },
  });

  it('explains each cash change with cash-flow items that add up to it exactly', () => {
    expect(reports).toHaveLength(8);
    for (const report of reports)
      for (const company of report.companies) {
        const cash = company.lines.find((line) => line.figure === 'cash');
        const change = cash ? cash.after - cash.before : 0;
        const total = company.cashFlow.reduce((sum, item) => sum + item.amountM, 0);
        expect(total, `${report.label} ${company.name}`).toBe(change);
      }
  });

  it('lists the biggest cash items first, each with its sign and what it was', () => {
    for (const report of reports)
      for (const company of report.companies) {
        const sizes = company.cashFlow.map((item) => Math.abs(item.amountM));
        expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
        const cash = company.lines.find((line) => line.figure === 'cash');
        const first = company.cashFlow[0];
        if (cash && first)
          expect(cash.why[0]).toBe(
            `${first.amountM > 0 ? '+' : '−'}${formatMoney(Math.abs(first.amountM))}: ${first.label}`,
          );
      }
  });

  it('leaves out figures that did not change', () => {
    for (const report of reports)
      for (const company of report.companies) {
        for (const line of company.lines)
          expect(line.after, `${company.name} ${line.figure}`).not.toBe(line.before);
        if (company.companyId === 'nimbus')
          expect(company.lines.some((line) => line.figure === 'capability')).toBe(false);
      }
  });

  it('names what moved the valuation when sentiment falls', () => {
    const level = tinyLevel((l) => {
      l.market.sentimentBp = 12000;
      l.market.sentimentReversionBp = 5000; // halfway back to neutral each quarter
    });
    const { report } = finishQuarter(startGame(level));
    expect(report.market.find((line) => line.figure === 'sentiment')).toMatchObject({
      before: 12000,
      after: 11000,
    });
    const valuation = report.companies[0]?.lines.find((line) => line.figure === 'valuation');
    expect(valuation?.why).toContainEqual(
      expect.stringContaining('market sentiment fell from 120% to 110% of neutral'),
    );
  });

  it("says how training moved a lab's capability", () => {
    const { report } = finishQuarter(startGame(tinyLevel()));
    const capability = report.companies[0]?.lines.find((line) => line.figure === 'capability');
    expect(capability).toMatchObject({ before: 100, after: 101 });
    expect(capability?.why[0]).toContain('25,000 CU went to training');
  });
});

describe('valuation drivers', () => {
  const base: ValuationParts = {
    revenueRunRateM: 1000,
    growthBp: 0,
    leadPoints: 0,
    multipleTenths: 100,
    sentimentBp: 10000,
    riskDiscountBp: 0,
    takeOrPayNextYearM: 0,
    commitmentLoadBp: 0,
    operatingValueM: 10_000,
    capabilityValueM: 0,
    stakesValueM: 0,
    netCashM: 0,
    totalM: 10_000,
  };

  it('ranks the causes of a move, biggest first, each with its signed effect', () => {
    const after = { ...base, sentimentBp: 9000, netCashM: 5000 };
    expect(valuationDrivers(base, after)).toEqual([
      '+$5B: cash net of debt went from $0M to $5B',
      '−$1B: market sentiment fell from 100% to 90% of neutral',
    ]);
  });

  it('explains a change of multiple by growth and by capability lead', () => {
    const after = { ...base, multipleTenths: 130, growthBp: 2000, leadPoints: 10 };
    expect(valuationDrivers(base, after)).toEqual([
      '+$3B: the revenue multiple went from 10.0× to 13.0×: year-on-year revenue growth rose from 0% to 20%; the capability lead over the best rival went from 0 to +10 points',
    ]);
  });

  it('names the risk discount when it changes', () => {
    expect(valuationDrivers(base, { ...base, riskDiscountBp: 3000 })).toEqual([
      "−$3B: the market's risk discount went from 0% to 30% (short runway, debt, take-or-pay payments beyond what the market lets pass, arrears, an open inquiry, a recent default or an event)",
    ]);
  });

  it('names the take-or-pay payments when their part of the discount moves', () => {
    const after = { ...base, riskDiscountBp: 500, takeOrPayNextYearM: 2000, commitmentLoadBp: 500 };
    expect(valuationDrivers(base, after)).toEqual([
      "−$500M: the market's risk discount went from 0% to 5% (short runway, debt, take-or-pay payments beyond what the market lets pass, arrears, an open inquiry, a recent default or an event; take-or-pay payments due next year, $2B against $1B of revenue a year, are 5% of it)",
    ]);
  });

  it('says nothing when nothing moved', () => {
    expect(valuationDrivers(base, { ...base })).toEqual([]);
  });
});

describe('numbers as a player reads them', () => {
  it.each([
    [0, '$0M'],
    [850, '$850M'],
    [1000, '$1B'],
    [1250, '$1.3B'],
    [-40, '−$40M'],
    [1_400_000, '$1.4T'],
  ])('formatMoney(%i) = %s', (amountM, text) => {
    expect(formatMoney(amountM)).toBe(text);
  });

  it.each([
    [1250, '12.5%'],
    [10000, '100%'],
    [5, '0.1%'],
  ])('formatBp(%i) = %s', (bp, text) => {
    expect(formatBp(bp)).toBe(text);
  });

  it.each([
    [1234567, '1,234,567'],
    [999, '999'],
    [-4000, '−4,000'],
  ])('formatCount(%i) = %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });
});
