import { describe, expect, it } from 'vitest';
import { reportIndex } from '../../../src/ui/help/report-dialog';
import { changeText, formatUnit } from '../../../src/ui/help/report-view';

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
