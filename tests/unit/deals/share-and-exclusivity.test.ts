/** Revenue share and exclusivity: recurring terms that move money on revenue, or bind whom a company buys from. */
import { describe, expect, it } from 'vitest';
import { applyBp } from '../../../src/core/intmath';
import { cashItem, firstSite, quietArena, Table, terms } from '../../support/deal-fixtures';

describe('revenue share', () => {
  it('pays its share of the quarter revenue each quarter, for its quarters', () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', [terms.revenueShare('frontier', 'nimbus', 1000, 2)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    const label = `Revenue share (deal #${id})`;
    for (let q = 0; q < 2; q++) {
      const report = t.finishQuarter();
      const revenue = t.company('frontier').revenueHistoryM.at(-1) ?? 0;
      expect(revenue).toBeGreaterThan(0);
      expect(cashItem(report, 'frontier', label)).toEqual({
        label,
        amountM: -applyBp(revenue, 1000),
        counterparty: 'nimbus',
      });
    }
    expect(t.deal(id).status).toBe('completed');
    expect(cashItem(t.finishQuarter(), 'frontier', label)).toBeUndefined();
  });
});

describe('exclusivity', () => {
  const bound = () => {
    const t = new Table(quietArena());
    const id = t.propose('frontier', 'nimbus', [
      terms.compute('nimbus', 'frontier', 100_000, 2500, 4),
      terms.exclusivity('frontier', 'nimbus', 4),
    ]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    return { t, id };
  };

  it('blocks compute and chip deals with anyone but the beneficiary: deal/exclusivityConflict', () => {
    const { t } = bound();
    const compute = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'stratus',
      terms: [terms.compute('stratus', 'frontier', 1000, 2500, 1)],
    });
    expect(compute).toEqual({
      code: 'deal/exclusivityConflict',
      message: 'Frontier AI is bound exclusively to Nimbus Cloud and cannot buy from Stratus Cloud.',
    });
    const chips = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'nvidia',
      terms: [
        terms.chips('nvidia', 'frontier', firstSite(t, 'frontier'), {
          kPerQuarter: 1,
          priceMPerK: 30,
          quarters: 1,
        }),
      ],
    });
    expect(chips.code).toBe('deal/exclusivityConflict');
    const second = t.refused({
      type: 'deal/propose',
      seat: 'frontier',
      to: 'stratus',
      terms: [terms.exclusivity('frontier', 'stratus', 2)],
    });
    expect(second).toEqual({
      code: 'deal/exclusivityConflict',
      message: 'Frontier AI is already bound exclusively to Nimbus Cloud.',
    });
    // More business with the beneficiary, and deals that buy nothing, are still open.
    expect(() =>
      t.propose('frontier', 'nimbus', [terms.compute('nimbus', 'frontier', 1000, 2500, 1)]),
    ).not.toThrow();
    expect(() => t.propose('frontier', 'stratus', [terms.cash('frontier', 'stratus', 10)])).not.toThrow();
  });

  it('adds scrutiny to both sides while it lasts, and ends after its quarters', () => {
    const { t, id } = bound();
    const report = t.finishQuarter();
    for (const companyId of ['frontier', 'nimbus']) {
      const line = report.companies
        .find((c) => c.companyId === companyId)
        ?.lines.find((l) => l.figure === 'scrutiny');
      expect(line?.why).toContain('+30: 1 exclusive deal(s) in force');
    }
    for (let q = 0; q < 3; q++) t.finishQuarter();
    expect(t.deal(id).status).toBe('completed');
    expect(() =>
      t.propose('frontier', 'stratus', [terms.compute('stratus', 'frontier', 1000, 2500, 1)]),
    ).not.toThrow();
  });
});
