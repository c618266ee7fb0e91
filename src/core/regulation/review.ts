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

/** What the regulator would look at, before the draw: the odds a player can read before signing. */
export interface ReviewOdds {
  reviewed: boolean;
  /** The chance of a block if reviewed (0 when not). */
  chanceBp: number;
  /** The higher of the two sides' scrutiny, and the level's review threshold. */
  scrutiny: number;
  threshold: number;
  /** The terms that would concentrate the market, in words (empty when none does). */
  concentrating: string[];
}

/** The review's odds without drawing from the generator: pure, so a screen can show them live. */
export function reviewOdds(state: GameState, deal: Pick<Deal, 'from' | 'to' | 'terms'>): ReviewOdds {
  const rules = state.config.regulation;
  const scrutiny = Math.max(
    state.companies[deal.from]?.scrutiny ?? 0,
    state.companies[deal.to]?.scrutiny ?? 0,
  );
  const computeShares = computeMarketShares(beforeAction(state)).byCompany;
  const concentrating: string[] = [];
  for (const t of deal.terms) {
    if ((t.kind === 'equity' || t.kind === 'stakeSale') && t.stakeBp >= rules.pressure.largeStakeBp)
      concentrating.push('a large stake');
    else if (t.kind === 'exclusivity') concentrating.push('exclusivity');
    // Capacity tied up counts when the provider already holds a dominant share of compute (or always,
    // in a level whose regulator reviews every commitment).
    else if (
      t.kind === 'computeCommitment' &&
      (rules.reviewEveryComputeCommitment === true ||
        (computeShares[t.provider] ?? 0) > rules.dominantShareBp)
    )
      concentrating.push('capacity tied up by a dominant cloud');
  }
  const threshold = rules.thresholds.dealReview;
  const reviewed = scrutiny >= threshold && concentrating.length > 0;
  const chanceBp = reviewed ? clamp(3000 + (scrutiny - threshold) * 20, 0, 9000) : 0;
  return { reviewed, chanceBp, scrutiny, threshold, concentrating };
}

export function reviewDeal(state: GameState, deal: Pick<Deal, 'from' | 'to' | 'terms'>): ReviewOutcome {
  const { reviewed, chanceBp, scrutiny } = reviewOdds(state, deal);
  if (!reviewed) return { reviewed: false, blocked: false, chanceBp: 0, reason: '' };
  const blocked = chance(state.rng, chanceBp);
  const reason = blocked
    ? `Regulators blocked the deal: scrutiny of ${scrutiny} and terms that would concentrate the market further (a ${chanceBp / 100}% chance at this level of scrutiny).`
    : `Regulators reviewed the deal and let it through (a ${chanceBp / 100}% chance of a block at scrutiny ${scrutiny}).`;
  return { reviewed: true, blocked, chanceBp, reason };
}
