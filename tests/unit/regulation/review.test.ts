/**
 * Deal review: at or above the review threshold (200 in test-arena), a deal that would concentrate the
 * market may be blocked, with a chance rising from 30% at the threshold to 90%, drawn from the game's seed.
 */
import { describe, expect, it } from 'vitest';
import { type GameState, hashState } from '../../../src/core';
import { addEvent, quietArena, Table, terms } from '../../support/deal-fixtures';

/** Nimbus starts the game at `scrutiny`; Frontier has proposed it an exclusive compute commitment. */
function underReview(
  scrutiny: number,
  seed = 1,
  dealTerms = [
    terms.compute('nimbus', 'frontier', 100_000, 2500, 4),
    terms.exclusivity('frontier', 'nimbus', 4),
  ],
  otherComputeCu?: number,
) {
  const t = new Table(
    quietArena((l) => {
      addEvent(l, {
        id: 'spotlight',
        target: 'largestCloud',
        effects: [{ kind: 'scrutiny', delta: scrutiny }],
      });
      if (otherComputeCu !== undefined) l.regulation.otherComputeCu = otherComputeCu;
      // Enough cash for Nimbus to buy a fifth of Frontier at a price its board would accept.
      const nimbus = l.companies.find((c) => c.id === 'nimbus');
      if (nimbus) nimbus.cashM = 150_000;
    }),
    { seed },
  );
  const id = t.propose('frontier', 'nimbus', dealTerms);
  return { t, id };
}

describe('deal review', () => {
  it('does not look at deals below the threshold', () => {
    const { t, id } = underReview(199);
    const log = t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    expect(log.join(' ')).not.toContain('Regulators');
    expect(t.deal(id).status).toBe('active');
  });

  it('does not look at deals that add nothing to concentration', () => {
    for (const dealTerms of [
      [terms.cash('frontier', 'nimbus', 10)],
      [terms.equity('nimbus', 'frontier', 70_000, 1999)],
    ]) {
      const { t, id } = underReview(1000, 1, dealTerms);
      const log = t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
      expect(log.join(' ')).not.toContain('Regulators');
    }
  });

  it('counts a compute commitment only when its provider holds a dominant share of compute', () => {
    const commitment = [terms.compute('nimbus', 'frontier', 1000, 2500, 1)];
    // In test-arena Nimbus has about a quarter of all compute: not dominant, so no review.
    const ordinary = underReview(1000, 1, commitment);
    expect(
      ordinary.t.act({ type: 'deal/accept', seat: 'nimbus', dealId: ordinary.id }).join(' '),
    ).not.toContain('Regulators');
    // Without the unseated clouds, Nimbus holds over 30% of compute: the same commitment is reviewed.
    const dominant = underReview(1000, 1, commitment, 0);
    expect(dominant.t.act({ type: 'deal/accept', seat: 'nimbus', dealId: dominant.id }).join(' ')).toContain(
      'Regulators',
    );
  });

  it('reviews large stakes, exclusivity and commitments with a dominant cloud, and says what the chance was', () => {
    for (const [dealTerms, otherComputeCu] of [
      [[terms.equity('nimbus', 'frontier', 70_000, 2000)], undefined],
      [[terms.exclusivity('frontier', 'nimbus', 2)], undefined],
      [[terms.compute('nimbus', 'frontier', 1000, 2500, 1)], 0],
    ] as const) {
      const { t, id } = underReview(200, 1, [...dealTerms], otherComputeCu);
      const log = t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id }).join(' ');
      expect(log).toMatch(
        /Regulators (blocked the deal: scrutiny of 200 and terms that would concentrate the market further \(a 30% chance at this level of scrutiny\)|reviewed the deal and let it through \(a 30% chance of a block at scrutiny 200\))\./,
      );
    }
  });

  it('blocks more often as scrutiny rises: about 30% at the threshold, 90% far above it', () => {
    const blockedShare = (scrutiny: number, games: number) => {
      let blocked = 0;
      for (let seed = 1; seed <= games; seed++) {
        const { t, id } = underReview(scrutiny, seed);
        t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
        if (t.deal(id).status === 'blocked') blocked++;
      }
      return blocked / games;
    };
    const atThreshold = blockedShare(200, 200);
    const higher = blockedShare(300, 200); // 30% + 100 points × 0.2% = 50%
    const farAbove = blockedShare(600, 200); // capped at 90%
    expect(atThreshold).toBeGreaterThan(0.2);
    expect(atThreshold).toBeLessThan(0.4);
    expect(higher).toBeGreaterThan(0.4);
    expect(higher).toBeLessThan(0.6);
    expect(farAbove).toBeGreaterThan(0.84);
    expect(farAbove).toBeLessThan(0.96);
    // 600 games set up and reviewed: about 5 s on a loaded 2-core machine. A limit, not a timing test.
  }, 30_000);

  it('draws from the seeded generator: the same seed gives the same ruling', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const runs = [underReview(300, seed), underReview(300, seed)].map(({ t, id }) => {
        t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
        return { status: t.deal(id).status, hash: hashState(t.state) };
      });
      expect(runs[1]).toEqual(runs[0]);
    }
  });

  it('a blocked deal changes nothing but its own status and the proposer record', () => {
    let seed = 1;
    let blocked: { before: GameState; after: GameState; log: readonly string[]; id: number } | null = null;
    for (; seed < 50 && !blocked; seed++) {
      const { t, id } = underReview(600, seed);
      const before = t.state;
      const log = t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
      if (t.deal(id).status === 'blocked') blocked = { before, after: t.state, log, id };
    }
    if (!blocked) throw new Error('no seed blocked the deal');
    const { before, after, log, id } = blocked;
    expect(log).toEqual([
      `Nimbus Cloud accepted deal #${id}.`,
      'Regulators blocked the deal: scrutiny of 600 and terms that would concentrate the market further (a 90% chance at this level of scrutiny).',
    ]);
    expect(after.deals.find((d) => d.id === id)).toMatchObject({ status: 'blocked', reason: log[1] });
    expect(after.companies.frontier?.record.blocked).toBe(1);
    const strip = (s: GameState) => ({
      ...s,
      rng: null,
      deals: s.deals.map((d) => (d.id === id ? { ...d, status: null, reason: null } : d)),
      companies: Object.fromEntries(
        Object.entries(s.companies).map(([cid, c]) => [cid, { ...c, record: { ...c.record, blocked: 0 } }]),
      ),
    });
    expect(strip(after)).toEqual(strip(before));
  });

  it('applies to a partner answer too: a partner accepts, the regulator may still block', () => {
    let outcomes = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const t = new Table(
        quietArena((l) => {
          addEvent(l, { id: 'spotlight', target: 'leadingLab', effects: [{ kind: 'scrutiny', delta: 300 }] });
        }),
        { seed },
      );
      t.propose('frontier', 'orbital', [
        terms.compute('orbital', 'frontier', 100_000, 3000, 4),
        terms.exclusivity('frontier', 'orbital', 4),
      ]);
      expect(t.lastLog.join(' ')).toContain('Regulators');
      outcomes = outcomes.add(t.lastDeal.status);
    }
    expect([...outcomes].sort()).toEqual(['active', 'blocked']);
  });
});
