/**
 * The review's odds before signing (reviewOdds, what the negotiation screen shows) are the odds the
 * review then draws with, and dealPressure is the deals' share of the quarter's scrutiny pressure.
 */
import { describe, expect, it } from 'vitest';
import { reviewOdds } from '../../../src/core/regulation/review';
import { dealPressure } from '../../../src/core/regulation/scrutiny';
import { addEvent, quietArena, Table, terms } from '../../support/deal-fixtures';

function atScrutiny(scrutiny: number, seed = 1) {
  return new Table(
    quietArena((l) =>
      addEvent(l, {
        id: 'spotlight',
        target: 'largestCloud',
        effects: [{ kind: 'scrutiny', delta: scrutiny }],
      }),
    ),
    { seed },
  );
}

describe('review odds', () => {
  const exclusive = () => [
    terms.compute('nimbus', 'frontier', 100_000, 2500, 4),
    terms.exclusivity('frontier', 'nimbus', 4),
  ];

  it('are the chance the review states when it draws', () => {
    for (const scrutiny of [200, 300, 600]) {
      const t = atScrutiny(scrutiny);
      const id = t.propose('frontier', 'nimbus', exclusive());
      const odds = reviewOdds(t.state, t.deal(id));
      expect(odds).toMatchObject({
        reviewed: true,
        scrutiny,
        threshold: 200,
        concentrating: ['exclusivity'],
      });
      const log = t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id }).join(' ');
      expect(log).toContain(`a ${odds.chanceBp / 100}% chance`);
    }
  });

  it('say "not reviewed" below the threshold, or when nothing concentrates the market', () => {
    const low = atScrutiny(199);
    expect(reviewOdds(low.state, { from: 'frontier', to: 'nimbus', terms: exclusive() })).toMatchObject({
      reviewed: false,
      chanceBp: 0,
      concentrating: ['exclusivity'],
    });
    const high = atScrutiny(600);
    expect(
      reviewOdds(high.state, {
        from: 'frontier',
        to: 'nimbus',
        terms: [terms.cash('frontier', 'nimbus', 10)],
      }),
    ).toMatchObject({ reviewed: false, chanceBp: 0, concentrating: [] });
  });

  it('draw nothing: the state is left as it was', () => {
    const t = atScrutiny(600);
    const id = t.propose('frontier', 'nimbus', exclusive());
    const rng = [...t.state.rng];
    reviewOdds(t.state, t.deal(id));
    expect(t.state.rng).toEqual(rng);
  });
});

describe('deal pressure', () => {
  it('counts each exclusivity in force for both sides, next to the large stakes already held', () => {
    const t = atScrutiny(0);
    const before = { frontier: dealPressure(t.state, 'frontier'), nimbus: dealPressure(t.state, 'nimbus') };
    expect(before.frontier).toEqual({ points: 0, why: [] });
    const id = t.propose('frontier', 'nimbus', [terms.exclusivity('frontier', 'nimbus', 4)]);
    t.act({ type: 'deal/accept', seat: 'nimbus', dealId: id });
    const per = t.state.config.regulation.pressure.perExclusivity;
    for (const company of ['frontier', 'nimbus'] as const) {
      const after = dealPressure(t.state, company);
      expect(after.points - before[company].points).toBe(per);
      expect(after.why).toEqual([...before[company].why, `+${per}: 1 exclusive deal(s) in force`]);
    }
  });
});
