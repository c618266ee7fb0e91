/** Market concentration: the HHI on the compute and model markets, computed each quarter and shown in the report. */
import { describe, expect, it } from 'vitest';
import { companyCapacity } from '../../../src/core';
import { hhiOf, sharesOf } from '../../../src/core/regulation/hhi';
import { companyReport, quietArena, Table } from '../../support/deal-fixtures';

describe('the Herfindahl–Hirschman index', () => {
  it('sums squared percentage shares: 10,000 for a monopoly, 5,000 for two equal firms', () => {
    expect(hhiOf([10000])).toBe(10000);
    expect(hhiOf([5000, 5000])).toBe(5000);
    expect(hhiOf([2500, 2500, 2500, 2500])).toBe(2500);
    expect(hhiOf([])).toBe(0);
  });

  it('counts the rest of the market as several equal firms', () => {
    // 60 + 20, and 20 split over 4 outside firms of 5% each: 3600 + 400 + 4 × 25.
    expect(sharesOf({ a: 60, b: 20 }, 20, 4)).toEqual({ byCompany: { a: 6000, b: 2000 }, hhi: 4100 });
  });
});

describe('HHI in the game', () => {
  it('is computed from compute capacity and shown with its meaning in the quarter report', () => {
    const t = new Table(quietArena());
    const capacities = Object.fromEntries(
      Object.values(t.state.companies).map((c) => [c.id, companyCapacity(t.state.config, c).capacityCu]),
    );
    const expected = sharesOf(capacities, t.state.regulation.otherComputeCu, 4).hhi;
    expect(t.state.regulation.hhiCompute).toBe(expected);
    const before = t.state.regulation.hhiCompute;
    const report = t.finishQuarter();
    const line = report.market.find((l) => l.figure === 'hhiCompute');
    expect(line).toMatchObject({
      label: 'Compute market HHI',
      unit: 'points',
      before,
      after: t.state.regulation.hhiCompute,
    });
    expect(line?.why).toEqual([
      'The HHI sums the squared market shares (in %) of the compute market; above 1800 a market counts as highly concentrated.',
      'This market is not highly concentrated.',
    ]);
    const model = report.market.find((l) => l.figure === 'hhiModel');
    expect(model?.after).toBe(t.state.regulation.hhiModel);
    expect(model?.why[1]).toBe(
      'This market is now highly concentrated: dominant players draw more scrutiny.',
    );
  });

  it('feeds scrutiny: a dominant share of a highly concentrated market adds pressure', () => {
    const t = new Table(quietArena());
    const report = t.finishQuarter();
    const scrutiny = companyReport(report, 'frontier').lines.find((l) => l.figure === 'scrutiny');
    expect(scrutiny?.why[0]).toMatch(
      new RegExp(
        `^\\+40: a [\\d.]+% share of the model market, which is highly concentrated \\(HHI ${t.state.regulation.hhiModel}\\)$`,
      ),
    );
  });

  it('moves with capacity: the largest cloud selling most of its chips lowers compute concentration', () => {
    const t = new Table(quietArena());
    t.passTo('nimbus');
    const site = t.company('nimbus').dataCenters[0]?.id ?? -1;
    t.act({ type: 'assets/sellChips', seat: 'nimbus', dataCenterId: site, chipId: 'h100', k: 400 });
    const report = t.finishQuarter();
    const line = report.market.find((l) => l.figure === 'hhiCompute');
    expect(line?.after).toBeLessThan(line?.before ?? 0);
  });
});
