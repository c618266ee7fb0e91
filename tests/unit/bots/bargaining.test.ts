/**
 * Bots bargain: judging from their own books, they open with terms better for themselves, the other side
 * counters or refuses, and some negotiations end in a deal at a conceded price.
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../../src/cli/game';
import { findLevel } from '../../../src/cli/levels';
import { parseSeatSpec } from '../../../src/cli/seats';

describe('bots bargaining in the sandbox', () => {
  it('counter and refuse a real share of proposals, and sign some after a counter', () => {
    const found = findLevel('arms-race-sandbox');
    if (!found.ok) throw new Error(found.message);
    const plan = parseSeatSpec('balanced', found.level);
    if (!plan.ok) throw new Error(plan.message);
    let proposals = 0;
    let countered = 0;
    let refused = 0;
    let signedAfterCounter = 0;
    for (const seed of [1, 2, 3]) {
      const outcome = playGame(found.level, plan.plan, seed);
      if (!outcome.ok) throw new Error(outcome.message);
      const { economy } = outcome.result;
      proposals += economy.proposals;
      countered += economy.countered;
      refused += economy.refused;
      signedAfterCounter += outcome.final.deals.filter(
        (d) => d.round > 1 && (d.status === 'active' || d.status === 'completed'),
      ).length;
    }
    expect(countered / proposals).toBeGreaterThan(0.08);
    expect(refused / proposals).toBeGreaterThan(0.04);
    expect(signedAfterCounter).toBeGreaterThan(0);
  }, 60_000);
});
