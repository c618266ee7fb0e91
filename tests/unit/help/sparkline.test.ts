import { describe, expect, it } from 'vitest';
import { formatterFor, sparklineLabel, sparklinePoints } from '../../../src/ui/help/sparkline';

describe('sparkline labels', () => {
  it('say the first and last value, the direction and the range, in the figure’s unit', () => {
    expect(sparklineLabel([20000, 17500, 18500], 'OpenAI cash')).toBe(
      'OpenAI cash over 2 quarters: down, from $20B to $18.5B; lowest $17.5B, highest $20B',
    );
    expect(sparklineLabel([240, 260], 'OpenAI capability')).toBe(
      'OpenAI capability over 1 quarter: up, from 240 points to 260 points; lowest 240 points, highest 260 points',
    );
  });

  it('say when nothing changed, and when there is nothing yet', () => {
    expect(sparklineLabel([5, 5, 5], 'Scrutiny')).toBe('Scrutiny over 2 quarters: unchanged, from 5 to 5');
    expect(sparklineLabel([], 'OpenAI valuation')).toBe('OpenAI valuation: no figures yet');
    expect(sparklineLabel([300000], 'OpenAI valuation')).toBe('OpenAI valuation: $300B');
  });

  it('pick the unit from the figure named in the label', () => {
    expect(formatterFor('AWS revenue')(13000)).toBe('$13B');
    expect(formatterFor('AWS compute')(2_500_000)).toBe('2.5M CU');
    expect(formatterFor('Count')(12345)).toBe('12,345');
  });
});

describe('sparkline points', () => {
  it('spread the quarters across the width, highest value at the top', () => {
    const points = sparklinePoints([0, 10], 64, 18).split(' ');
    expect(points).toEqual(['2,16', '62,2']);
  });

  it('draw a flat series through the middle', () => {
    expect(sparklinePoints([7, 7], 64, 18)).toBe('2,9 62,9');
  });
});
