import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOG2_SCALE, log2Fixed } from '../../../src/core/intmath';
import { capabilityFor, computeForCapability } from '../../../src/core/model/scaling';
import { act, companyOf, finishQuarter, startGame } from '../../support/game';
import { tinyLevel } from '../../support/levels';

const level = tinyLevel(); // reference 1,000,000 CU, 100 points per doubling

describe('the scaling law', () => {
  it.each([0, 1, 2, 3, 5, 10])('adds the same 100 points for each doubling (%i doublings)', (doublings) => {
    // Capability counts doublings of (reference + cumulative), so cumulative = reference × (2^n − 1).
    expect(capabilityFor(level, 1_000_000 * (2 ** doublings - 1))).toBe(100 * doublings);
  });

  it('makes every further point cost more compute than the one before', () => {
    const costOf = (from: number) =>
      computeForCapability(level, from + 1) - computeForCapability(level, from);
    const steps = [100, 200, 300, 400].map(costOf); // far apart: the 1/1024 log resolution blurs neighbours
    expect(steps[0]).toBeGreaterThan(0);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThan(steps[i - 1] ?? 0);
  });

  it('finds the least compute that reaches a capability', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900 }), (points) => {
        const needed = computeForCapability(level, points);
        expect(capabilityFor(level, needed)).toBeGreaterThanOrEqual(points);
        if (needed > 0) expect(capabilityFor(level, needed - 1)).toBeLessThan(points);
      }),
      { numRuns: 200 },
    );
  });

  it("raises a lab's capability from the compute it trains with", () => {
    const start = act(startGame(tinyLevel()), { type: 'compute/allocate', seat: 'lab-a', trainingBp: 10000 });
    let state = start;
    for (let q = 0; q < 4; q++) state = finishQuarter(state).state;
    const lab = companyOf(state, 'lab-a');
    expect(lab.cumulativeTrainingCu).toBe(1_000_000 + 4 * 50_000);
    expect(lab.capability).toBe(capabilityFor(level, 1_200_000));
    expect(lab.capability).toBeGreaterThan(companyOf(start, 'lab-a').capability);
  });
});

describe('log2Fixed: the integer logarithm behind the scaling law', () => {
  it('is exact at powers of two', () => {
    for (let n = 0; n <= 52; n++) expect(log2Fixed(2 ** n)).toBe(n * LOG2_SCALE);
  });

  it('stays within 1/1024 below Math.log2 across the whole safe-integer range', () => {
    // floor(log2(x) × 1024), except that the truncating squarings can land one step low when the true
    // value is within ~1e-4 of a step (54,738,581 is such a case): never above, never more than that below.
    const anywhere = fc.oneof(
      fc.constant(54_738_581),
      fc.integer({ min: 1, max: 1000 }),
      fc.integer({ min: 1, max: 2 ** 31 }),
      fc.maxSafeInteger().filter((x) => x >= 1),
    );
    fc.assert(
      fc.property(anywhere, (x) => {
        const exact = Math.log2(x) * LOG2_SCALE;
        const fixed = log2Fixed(x);
        expect(fixed).toBeLessThanOrEqual(exact + 1e-6);
        expect(exact - fixed).toBeLessThan(1.0001);
      }),
      { numRuns: 5000 },
    );
  });

  it('is 0 below 1 and for inputs that are not numbers', () => {
    expect([0, 0.5, -4, Number.NaN].map(log2Fixed)).toEqual([0, 0, 0, 0]);
  });

  it('never decreases as its input grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 20 }), (x, d) => {
        expect(log2Fixed(x + d)).toBeGreaterThanOrEqual(log2Fixed(x));
      }),
      { numRuns: 1000 },
    );
  });
});
