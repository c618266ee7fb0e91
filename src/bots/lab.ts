/**
 * A lab's two questions: how to split compute between training and customers, and how much more compute
 * it needs. The split is chosen by projecting the valuation the market would give it a few quarters out
 * — revenue (capped by demand, which follows capability²) times a multiple that rewards growth and a
 * capability lead, plus the value of capability itself — for each candidate split; the personality sets
 * how far ahead it looks (a builder looks furthest, so it trains hardest).
 */

import { type CompanyState, capabilityFor, type GameState, objectivesFor } from '../core';
import { applyBp, clamp, growthBp } from '../core/intmath';
import { capacityCu, contractedCu, grown, inferenceCuFor, labDemandM, pipelineCu } from './market';
import type { Traits } from './traits';

/** The training share (bp) that maximises the projected valuation; null when the current one is close enough. */
export function trainingShare(state: GameState, company: CompanyState, traits: Traits): number | null {
  if (company.role !== 'lab') return null;
  const usable = capacityCu(state, company) + contractedCu(state, company.id);
  if (usable <= 0) return null;
  const level = state.config;
  const market = level.market;
  const settings = market.valuation;
  // Near the end it is the final valuation that ranks the companies: look no further than the last quarter.
  const horizon = Math.max(1, Math.min(traits.horizonQuarters, level.quarters - 1 - state.quarter));
  // Training runs on what is installed now and half of what is coming; customers are served, at the
  // horizon, by everything that will have arrived.
  const coming = pipelineCu(state, company);
  const arriving = Math.floor(coming / 2);
  const demandM = grown(state.market.modelDemandM, market.modelDemandGrowthBp, horizon);
  // Rivals keep training at their latest pace; the unseated rest improves on its stated path.
  const rest = state.market.restOfMarketCapability + market.restOfMarket.capabilityGrowthPerQuarter * horizon;
  let rivalsWeight = Math.max(1, rest) ** 2;
  let bestRival = rest;
  for (const seat of state.seats) {
    const other = state.companies[seat.companyId];
    if (!other || other.id === company.id || other.status === 'bankrupt' || other.role !== 'lab') continue;
    const future = capabilityFor(level, other.cumulativeTrainingCu + other.compute.trainingCu * horizon);
    rivalsWeight += Math.max(1, future) ** 2;
    bestRival = Math.max(bestRival, future);
  }
  const history = company.revenueHistoryM;
  const yearAgo = history[Math.min(horizon, history.length - 1)] ?? 0;
  let best = { bp: company.trainingShareBp, value: Number.NEGATIVE_INFINITY };
  for (let bp = traits.minTrainingBp; bp <= traits.maxTrainingBp; bp += 500) {
    const trainingCu = applyBp(usable + arriving, bp);
    const capability = capabilityFor(level, company.cumulativeTrainingCu + trainingCu * horizon);
    const weight = Math.max(1, capability) ** 2;
    const shareM = Math.floor((demandM * weight) / (weight + rivalsWeight));
    const servableM = Math.floor(((usable + coming - trainingCu) * market.inferencePricePerCu) / 1_000_000);
    const revenueM = Math.min(shareM, servableM);
    const growth = clamp(growthBp(yearAgo, revenueM), -10000, 100000);
    const lead = clamp(capability - bestRival, -100, 100);
    const fromLead =
      lead >= 0 ? settings.leadWeightTenths * lead : Math.trunc((settings.leadWeightTenths * lead) / 3);
    const multiple = clamp(
      settings.labBaseMultipleTenths + Math.trunc((settings.growthWeightTenths * growth) / 1000) + fromLead,
      0,
      settings.maxMultipleTenths,
    );
    const value = Math.floor((revenueM * 4 * multiple) / 10) + capability * settings.capabilityValueMPerPoint;
    if (value > best.value) best = { bp, value };
  }
  const capped = Math.min(best.bp, runRateCapBp(state, company, usable, traits) ?? best.bp);
  return Math.abs(capped - company.trainingShareBp) >= 300 ? capped : null;
}

/**
 * The most a lab may train this quarter and still earn the revenue a pending run-rate objective asks for.
 * An objective met ranks above any valuation, so a personality that serves customers first caps its
 * training once the customers are there (this quarter's demand, at today's capability, reaches the bar)
 * and its compute could serve them without training below its floor. Whether demand gets there by the
 * deadline is what the rest of the game decides: capability comes from the compute won — in "Regulators
 * at the gate", from the deals the regulator lets through. Null when there is no such objective, the
 * personality keeps training (the builder bets on the model), or the bar is out of reach this quarter.
 */
function runRateCapBp(
  state: GameState,
  company: CompanyState,
  usableCu: number,
  traits: Traits,
): number | null {
  const objective = objectivesFor(state, company).find(
    (o) =>
      o.kind === 'revenueRunRateAtLeast' &&
      company.objectivesMet[o.id] === undefined &&
      (o.byQuarter === undefined || state.quarter < o.byQuarter),
  );
  if (!traits.servesObjectiveFirst || !objective) return null;
  const neededM = Math.ceil(objective.amount / 4); // a run-rate is the latest quarter's revenue times four
  if (labDemandM(state, company, 1) < neededM) return null;
  const inferenceCu = inferenceCuFor(state, neededM);
  if (inferenceCu > usableCu) return null;
  const capBp = Math.floor(((usableCu - inferenceCu) * 10000) / usableCu / 500) * 500;
  return capBp >= traits.minTrainingBp ? capBp : null;
}

/** Compute (CU a quarter) a lab wants beyond what it owns, has coming and has contracted. */
export function computeGap(state: GameState, company: CompanyState, traits: Traits): number {
  if (company.role !== 'lab') return 0;
  // Enough to serve the demand it expects and train alongside — and, since every CU trains a better model,
  // a steady growth of its compute on top (the arms race).
  const inference = inferenceCuFor(state, labDemandM(state, company, 3));
  const have = capacityCu(state, company) + pipelineCu(state, company) + contractedCu(state, company.id);
  const target = Math.max(
    inference + applyBp(inference, traits.trainingRatioBp),
    have + applyBp(capacityCu(state, company) + contractedCu(state, company.id), traits.labGrowthBp),
  );
  return Math.max(0, target - have);
}
