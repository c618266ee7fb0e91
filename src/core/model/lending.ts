/**
 * What lenders will have outstanding against a company: a share of the book value of its data centers,
 * chips and prepaid chip orders, plus eight quarters of positive operating cash flow. The same figure
 * limits new borrowing and is the covenant on old loans: when assets depreciate or cash flow falls,
 * the limit falls with them, whatever was borrowed when times were good.
 */
import { applyBp } from '../intmath';
import { beforeAction } from '../read';
import type { CompanyState, GameState } from '../state';
import { bookAssetsM } from './valuation';

export function lendingLimitM(state: GameState, draftCompany: CompanyState): number {
  const company = beforeAction(draftCompany);
  const againstAssets = applyBp(
    bookAssetsM(company) + prepaidChipsM(state, company.id),
    state.config.market.debt.maxDebtToAssetsBp,
  );
  return againstAssets + 8 * Math.max(0, company.operatingCashFlowM);
}

const prepaidChipsM = (state: GameState, companyId: string): number =>
  beforeAction(state.orders)
    .filter((o) => o.companyId === companyId)
    .reduce((sum, o) => sum + (o.k - o.deliveredK) * o.priceMPerK, 0);
