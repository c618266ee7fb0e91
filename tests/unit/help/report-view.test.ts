import { describe, expect, it } from 'vitest';
import { reportIndex } from '../../../src/ui/help/report-dialog';
import { changeText, foldedSummary, formatUnit, marketSummary } from '../../../src/ui/help/report-view';

describe('report lines', () => {
  it('write the change with its direction in words', () => {
    expect(changeText({ before: 20000, after: 18500, unit: '$M' })).toBe('down $1.5B');
    expect(changeText({ before: 240, after: 265, unit: 'points' })).toBe('up 25 points');
    expect(changeText({ before: 7, after: 7, unit: 'MW' })).toBe('no change');
  });

  it('format each unit the report uses', () => {
    expect(formatUnit(1250, 'bp')).toBe('12.5%');
    expect(formatUnit(1500, 'MW')).toBe('1,500 MW');
    expect(formatUnit(-40, '$M')).toBe('−$40M');
  });
});

describe('the report shown', () => {
  it('is the latest unless an earlier one was stepped to', () => {
    expect(reportIndex(null, 3)).toBe(2);
    expect(reportIndex(0, 3)).toBe(0);
    expect(reportIndex(5, 3)).toBe(2);
    expect(reportIndex(null, 0)).toBe(-1);
  });
});

describe('another company folded in the report', () => {
  const line = (figure: string, before: number, after: number) => ({
    figure,
    label: figure,
    unit: '$M' as const,
    before,
    after,
    why: [],
  });
  const company = (lines: ReturnType<typeof line>[]) => ({
    companyId: 'aws',
    name: 'AWS',
    status: 'listed',
    lines,
    cashFlow: [],
    notes: [],
  });

  it('says its valuation’s move and how many figures changed, in one line', () => {
    const folded = foldedSummary(
      company([line('valuation', 100_000, 120_000), line('cash', 5000, 5000), line('revenue', 900, 800)]),
    );
    expect(folded).toBe('valuation $120B (up $20B); 2 figures changed');
  });

  it('still reads when nothing changed or the report has no valuation', () => {
    expect(foldedSummary(company([line('cash', 5000, 5000)]))).toBe('no valuation; 0 figures changed');
    expect(foldedSummary(company([line('valuation', 10, 10)]))).toBe(
      'valuation $10M (no change); 0 figures changed',
    );
  });
});

describe('the market folded in the report', () => {
  it('reads each figure’s move in one line', () => {
    const summary = marketSummary([
      { figure: 'sentiment', label: 'Market sentiment', unit: 'bp', before: 11000, after: 11320, why: [] },
      {
        figure: 'hhiCompute',
        label: 'Compute market HHI',
        unit: 'points',
        before: 2036,
        after: 2036,
        why: [],
      },
    ]);
    expect(summary).toBe('Market sentiment 113.2% (up 3.2%); Compute market HHI 2,036 points (no change)');
  });
});
