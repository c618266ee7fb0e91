/**
 * Answering an event's choice: each option is scored by what its effects cost or bring this company
 * (cash now, scrutiny against the thresholds, a risk discount on the valuation, goodwill, power), weighed
 * by the personality; an option the company cannot pay for is never chosen while another exists.
 */

import type { CompanyState, GameState } from '../core';
import { applyBp } from '../core/intmath';
import type { EventEffect } from '../core/level/schema';
import type { Traits } from './traits';

export function scoreEffects(
  state: GameState,
  company: CompanyState,
  effects: readonly EventEffect[],
  traits: Traits,
): number {
  const rules = state.config.regulation;
  // A point of scrutiny costs more the closer it brings the company to the inquiry threshold.
  const care = Math.max(1, Math.floor((rules.thresholds.inquiry * traits.scrutinyCareBp) / 10000));
  const pointM = Math.max(1, Math.floor(company.valuationM / 4000)) * (company.scrutiny >= care ? 3 : 1);
  let score = 0;
  let cashM = 0;
  for (const effect of effects) {
    switch (effect.kind) {
      case 'cash':
        cashM += effect.amountM;
        score += effect.amountM * (effect.amountM < 0 && traits.reserveQuarters >= 3 ? 2 : 1);
        break;
      case 'scrutiny':
        score -= effect.delta * pointM;
        break;
      case 'govRelations':
        score += effect.delta * pointM * 4;
        break;
      case 'riskDiscount':
        score -= (applyBp(company.valuationM, effect.bp) * Math.min(effect.quarters, 4)) / 4;
        break;
      case 'capability':
        score += effect.delta * state.config.market.valuation.capabilityValueMPerPoint * 4;
        break;
      case 'regionPower':
        score += effect.mw * 2;
        break;
      case 'sentiment':
        score += applyBp(company.valuationM, effect.deltaBp);
        break;
      default:
        break;
    }
  }
  // Never choose what cannot be paid: it would put the company in distress.
  if (cashM < 0 && -cashM > company.cashM) score -= 1_000_000_000;
  return score;
}

export function chooseOption(
  state: GameState,
  company: CompanyState,
  eventId: string,
  traits: Traits,
): string | null {
  const card = state.config.events.find((e) => e.id === eventId);
  const options = card?.choice?.options ?? [];
  let best: { id: string; score: number } | null = null;
  for (const option of options) {
    const score = scoreEffects(state, company, option.effects, traits);
    if (!best || score > best.score) best = { id: option.id, score };
  }
  return best?.id ?? null;
}
