/**
 * Deal review: when either side's scrutiny is at or above the review threshold and the deal would add to
 * concentration (a large stake, exclusivity, or capacity tied up by a dominant cloud), the regulator may
 * block it. The chance rises with scrutiny — from 30% at the threshold to at most 90% — and is drawn from
 * the game's seeded generator, so the same seed gives the same ruling.
 */
import { clamp } from '../intmath';
import { beforeAction } from '../read';
import { chance } from '../rng';
import type { Deal, GameState } from '../state';
import { computeMarketShares } from './hhi';

export interface ReviewOutcome {
  reviewed: boolean;
  blocked: boolean;
  chanceBp: number;
  reason: string;
}

export function reviewDeal(state: GameState, deal: Pick<Deal, 'from' | 'to' | 'terms'>): ReviewOutcome {
  const rules = state.config.regulation;
  const scrutiny = Math.max(
    state.companies[deal.from]?.scrutiny ?? 0,
    state.companies[deal.to]?.scrutiny ?? 0,
  );
  const computeShares = computeMarketShares(beforeAction(state)).byCompany;
  const concentrating = deal.terms.some(
    (t) =>
      ((t.kind === 'equity' || t.kind === 'stakeSale') && t.stakeBp >= rules.pressure.largeStakeBp) ||
      t.kind === 'exclusivity' ||
      // Capacity tied up counts when the provider already holds a dominant share of compute (or always,
      // in a level whose regulator reviews every commitment).
      (t.kind === 'computeCommitment' &&
        (rules.reviewEveryComputeCommitment === true ||
          (computeShares[t.provider] ?? 0) > rules.dominantShareBp)),
  );
  if (scrutiny < rules.thresholds.dealReview || !concentrating)
    return { reviewed: false, blocked: false, chanceBp: 0, reason: '' };
  const chanceBp = clamp(3000 + (scrutiny - rules.thresholds.dealReview) * 20, 0, 9000);
  const blocked = chance(state.rng, chanceBp);
  const reason = blocked
    ? `Regulators blocked the deal: scrutiny of ${scrutiny} and terms that would concentrate the market further (a ${chanceBp / 100}% chance at this level of scrutiny).`
    : `Regulators reviewed the deal and let it through (a ${chanceBp / 100}% chance of a block at scrutiny ${scrutiny}).`;
  return { reviewed: true, blocked, chanceBp, reason };
}
