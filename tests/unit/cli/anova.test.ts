/** The skill-versus-luck decomposition: each share is what a teacher would read off the table. */
import { describe, expect, it } from 'vitest';
import { decomposeVariance } from '../../../src/cli/anova';

describe('decomposeVariance', () => {
  it('gives everything to the player when only the player matters', () => {
    const shares = decomposeVariance([
      [1, 1, 1, 1],
      [3, 3, 3, 3],
      [5, 5, 5, 5],
    ]);
    expect(shares.player).toBeCloseTo(1);
    expect(shares.seed).toBeCloseTo(0);
    expect(shares.interaction).toBeCloseTo(0);
  });

  it('gives everything to the seed when every player does the same on each seed', () => {
    const shares = decomposeVariance([
      [1, 4, 2],
      [1, 4, 2],
    ]);
    expect(shares.seed).toBeCloseTo(1);
    expect(shares.player).toBeCloseTo(0);
  });

  it('calls a pure crossing pattern interaction', () => {
    // Each player wins on one seed and loses on the other: no main effect at all.
    const shares = decomposeVariance([
      [1, 2],
      [2, 1],
    ]);
    expect(shares.interaction).toBeCloseTo(1);
    expect(shares.player).toBeCloseTo(0);
    expect(shares.seed).toBeCloseTo(0);
  });

  it('splits an additive table with a twist into shares that add up to one', () => {
    // rank = player effect (0, 2) + seed effect (0, 1, 2) + one twist in a single cell.
    const shares = decomposeVariance([
      [0, 1, 2],
      [2, 3, 5],
    ]);
    expect(shares.player + shares.seed + shares.interaction).toBeCloseTo(1);
    expect(shares.player).toBeGreaterThan(shares.seed);
    expect(shares.interaction).toBeGreaterThan(0);
    // By hand: grand mean 13/6, player means 1 and 10/3, so player SS = 3 × 2 × (7/6)² = 49/6.
    expect(shares.player * shares.totalSs).toBeCloseTo(49 / 6);
  });

  it('reports no variance as zero shares, and refuses a ragged table', () => {
    expect(
      decomposeVariance([
        [2, 2],
        [2, 2],
      ]),
    ).toEqual({ player: 0, seed: 0, interaction: 0, totalSs: 0 });
    expect(() => decomposeVariance([[1, 2], [3]])).toThrow(/full table/);
  });
});
