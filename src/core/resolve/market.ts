/**
 * Between quarters the world moves: sentiment drifts back towards neutral plus a seeded random shock,
 * demand for models and for spot compute grows, grid power is added, rivals outside the game improve,
 * and staff costs and the existing cloud business grow.
 */

import { activeCompanies } from '../companies';
import { applyBp, clamp, mulDiv } from '../intmath';
import { growBaseBusiness } from '../model/base-business';
import type { ResolutionNotes } from '../report';
import { formatBp } from '../report';
import { nextInt } from '../rng';
import type { GameState } from '../state';

export function driftMarket(state: GameState, notes: ResolutionNotes): void {
  const { market } = state.config;
  const before = state.market.sentimentBp;
  const reversion = mulDiv(10000 - before, market.sentimentReversionBp, 10000);
  const shock = nextInt(state.rng, -market.sentimentVolatilityBp, market.sentimentVolatilityBp);
  state.market.sentimentBp = clamp(before + reversion + shock, 2000, 20000);
  const change = state.market.sentimentBp - before;
  if (Math.abs(change) >= 500)
    notes.headlines.push(
      `Investor sentiment ${change > 0 ? 'rose' : 'fell'} ${formatBp(Math.abs(change))} to ${formatBp(state.market.sentimentBp)} of neutral.`,
    );

  state.market.modelDemandM += applyBp(state.market.modelDemandM, market.modelDemandGrowthBp);
  state.market.spotDemandCu += applyBp(state.market.spotDemandCu, market.spot.demandGrowthBp);
  state.market.restOfMarketCapability += market.restOfMarket.capabilityGrowthPerQuarter;
  for (const region of state.config.regions) {
    const regionState = state.regions[region.id];
    if (regionState) regionState.powerMw += region.powerGrowthMwPerQuarter;
  }
  for (const company of activeCompanies(state)) {
    company.staffOpexM += applyBp(company.staffOpexM, company.staffOpexGrowthBp);
    if (company.baseBusiness) growBaseBusiness(company.baseBusiness, market.dataCenterDepreciationQuarters);
  }
}
