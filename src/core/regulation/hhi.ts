/**
 * Market concentration, the regulator's yardstick: the Herfindahl–Hirschman index, the sum of squared
 * market shares in percent (0–10,000). Above 1,800 a market is "highly concentrated" under the 2023 US
 * Merger Guidelines. Computed each quarter on the compute market (capacity) and the model market (demand
 * share); rivals outside the game count as several equal firms so a two-company level is not a monopoly.
 */
import { mulDivFloor } from '../intmath';
import { companyCapacity } from '../model/capacity';
import type { GameState } from '../state';

/** Σ (share in %)² from shares in bp. */
export const hhiOf = (sharesBp: readonly number[]): number =>
  sharesBp.reduce((sum, bp) => sum + Math.round((bp * bp) / 10000), 0);

export interface MarketShares {
  byCompany: Record<string, number>; // bp
  hhi: number;
}

/** Shares of a quantity among companies, with `otherTotal` split evenly over `otherFirms`. */
export function sharesOf(
  amounts: Record<string, number>,
  otherTotal: number,
  otherFirms: number,
): MarketShares {
  const total = Object.values(amounts).reduce((sum, value) => sum + value, 0) + otherTotal;
  const byCompany: Record<string, number> = {};
  for (const [id, amount] of Object.entries(amounts))
    byCompany[id] = total > 0 ? mulDivFloor(amount, 10000, total) : 0;
  const otherShare = total > 0 ? mulDivFloor(otherTotal, 10000, total) : 0;
  const otherEach = Array.from({ length: otherFirms }, () => Math.floor(otherShare / otherFirms));
  return { byCompany, hhi: hhiOf([...Object.values(byCompany), ...otherEach]) };
}

export function computeMarketShares(state: GameState): MarketShares {
  const amounts: Record<string, number> = {};
  for (const seat of state.seats) {
    const company = state.companies[seat.companyId];
    if (company && company.status !== 'bankrupt')
      amounts[company.id] = companyCapacity(state.config, company).capacityCu;
  }
  return sharesOf(amounts, state.regulation.otherComputeCu, state.config.regulation.otherModelFirms);
}

/** Model-market shares as the revenue split computes them: capability² weights, the rest of the market included. */
export function modelMarketSharesNow(state: GameState): MarketShares {
  const weight = (capability: number) => Math.max(1, capability) ** 2;
  const amounts: Record<string, number> = {};
  for (const seat of state.seats) {
    const company = state.companies[seat.companyId];
    if (company && company.status !== 'bankrupt' && company.role === 'lab')
      amounts[company.id] = weight(company.capability);
  }
  return sharesOf(
    amounts,
    weight(state.market.restOfMarketCapability),
    state.config.regulation.otherModelFirms,
  );
}

/** Recomputes both HHIs into the state (each quarter, and once when the game starts). */
export function updateConcentration(state: GameState): { compute: MarketShares; models: MarketShares } {
  const compute = computeMarketShares(state);
  const models = modelMarketSharesNow(state);
  state.regulation.hhiCompute = compute.hhi;
  state.regulation.hhiModel = models.hhi;
  return { compute, models };
}
