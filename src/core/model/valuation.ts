/**
 * Valuation, recomputed every quarter. The market prices a company at a multiple of its revenue run-rate;
 * the multiple rises with growth and (for labs) with the capability lead over the best rival, is scaled by
 * market sentiment and cut by risk (short runway, leverage, arrears). Labs also get an option value for
 * capability itself, which is why a lab can be worth far more than its revenue (the article: ~$500B on
 * $13B). Stakes in other companies add their share of those companies' own value.
 */
import { applyBp, clamp, growthBp, mulDiv, mulDivFloor } from '../intmath';
import type { Level } from '../level/schema';
import type { CompanyState, ValuationParts } from '../state';

export interface ValuationInputs {
  level: Level;
  sentimentBp: number;
  /** Best capability among every other model maker, the unseated rest of the market included. */
  bestRivalCapability: number;
  /** Value of each stake this company holds, already computed from the other companies. */
  stakesValueM: number;
  /** Net operating cash flow of the latest quarter (negative while burning). */
  operatingCashFlowM: number;
  /** Discounts from outside the accounts: an open inquiry, a recent default, an event. */
  extraRiskBp: number;
  /** Take-or-pay payments (compute commitments, chip supply) due over the next four quarters, $M. */
  takeOrPayNextYearM: number;
}

export function valueCompany(company: CompanyState, inputs: ValuationInputs): ValuationParts {
  const { level, sentimentBp } = inputs;
  const settings = level.market.valuation;
  const latest = company.revenueHistoryM[company.revenueHistoryM.length - 1] ?? 0;
  const yearAgo = company.revenueHistoryM[0] ?? latest;
  const revenueRunRateM = latest * 4;
  const growth = clamp(growthBp(yearAgo, latest), -10000, 100000);
  const isLab = company.role === 'lab';
  const leadPoints = isLab ? clamp(company.capability - inputs.bestRivalCapability, -100, 100) : 0;

  const base = isLab ? settings.labBaseMultipleTenths : settings.cloudBaseMultipleTenths;
  // growthWeightTenths per 10 points (1,000 bp) of year-on-year growth; shrinking revenue lowers the multiple.
  const fromGrowth = mulDiv(settings.growthWeightTenths, growth, 1000);
  // A lead earns the full weight; trailing costs a third of it, since investors still back a close second.
  const fromLead =
    leadPoints >= 0
      ? settings.leadWeightTenths * leadPoints
      : Math.trunc((settings.leadWeightTenths * leadPoints) / 3);
  const multipleTenths = clamp(base + fromGrowth + fromLead, 0, settings.maxMultipleTenths);

  const loadBp = commitmentLoadBp(inputs.takeOrPayNextYearM, revenueRunRateM, takeOrPayFreeTenths(level));
  const riskDiscountBp = Math.min(
    8000,
    riskDiscount(company, inputs.operatingCashFlowM) + loadBp + inputs.extraRiskBp,
  );
  const keepBp = 10000 - riskDiscountBp;
  const operatingValueM = applyBp(applyBp(mulDiv(revenueRunRateM, multipleTenths, 10), sentimentBp), keepBp);
  const capabilityValueM = isLab
    ? applyBp(applyBp(company.capability * settings.capabilityValueMPerPoint, sentimentBp), keepBp)
    : 0;
  const netCashM = company.cashM - totalDebtM(company);
  const totalM = Math.max(0, operatingValueM + capabilityValueM + inputs.stakesValueM + netCashM);
  return {
    revenueRunRateM,
    growthBp: growth,
    leadPoints,
    multipleTenths,
    sentimentBp,
    riskDiscountBp,
    takeOrPayNextYearM: inputs.takeOrPayNextYearM,
    commitmentLoadBp: loadBp,
    operatingValueM,
    capabilityValueM,
    stakesValueM: inputs.stakesValueM,
    netCashM,
    totalM,
  };
}

/**
 * Risk from the accounts, in bp of value the market refuses to pay: under a year of runway, heavy debt
 * against assets, unpaid obligations. (Inquiries, defaults and events add theirs on top; 80% at most.)
 */
export function riskDiscount(company: CompanyState, operatingCashFlowM: number): number {
  let discount = 0;
  if (operatingCashFlowM < 0) {
    const runwayQuarters = Math.floor(company.cashM / -operatingCashFlowM);
    if (runwayQuarters < 2) discount += 3000;
    else if (runwayQuarters < 4) discount += 1500;
  }
  const debt = totalDebtM(company);
  const cover = bookAssetsM(company) + company.cashM;
  if (debt > cover) discount += 2500;
  else if (debt * 2 > cover) discount += 1000;
  if (company.status === 'distressed') discount += 4000;
  return Math.min(discount, 8000);
}

/** Take-or-pay payments due next year the market lets pass when the level says nothing: two years' revenue. */
export const DEFAULT_TAKE_OR_PAY_FREE_TENTHS = 20;
export const COMMITMENT_BP_PER_YEAR = 500;
export const COMMITMENT_MAX_BP = 2500;

/**
 * Fixed charges ahead of revenue: take-or-pay obligations fall due whatever the demand, so investors
 * weigh the next year's payments against a year's revenue, as they weigh leases. Up to `freeTenths`
 * tenths of a year's revenue (the level's market; by default two years, so only a reckless bet is
 * marked down) pass; beyond that each further year of revenue committed costs 5 points of value, 25 at
 * most (no revenue at all: the whole 25) — the article's dilemma of spending ahead of revenue and hoping
 * the market keeps believing.
 */
/** The tenths of a year's revenue the level's market lets pass in take-or-pay due next year. */
export const takeOrPayFreeTenths = (level: Level): number =>
  level.market.valuation.takeOrPayFreeTenths ?? DEFAULT_TAKE_OR_PAY_FREE_TENTHS;

export function commitmentLoadBp(
  takeOrPayNextYearM: number,
  revenueRunRateM: number,
  freeTenths = DEFAULT_TAKE_OR_PAY_FREE_TENTHS,
): number {
  if (takeOrPayNextYearM <= 0) return 0;
  if (revenueRunRateM <= 0) return COMMITMENT_MAX_BP;
  const excessTenths = mulDivFloor(takeOrPayNextYearM, 10, revenueRunRateM) - freeTenths;
  if (excessTenths <= 0) return 0;
  return Math.min(COMMITMENT_MAX_BP, mulDivFloor(excessTenths, COMMITMENT_BP_PER_YEAR, 10));
}

export const totalDebtM = (company: CompanyState): number =>
  company.loans.reduce((sum, loan) => sum + loan.principalM, 0);

/** Book value of data centers and installed chips (prepaid chip orders are added by the caller where relevant). */
export const bookAssetsM = (company: CompanyState): number =>
  company.dataCenters.reduce((sum, site) => sum + site.bookValueM, 0) +
  company.chipBatches.reduce((sum, batch) => sum + batch.bookValueM, 0);

/** Value one company's stakes in the others, from each one's value excluding its own stakes (no loops). */
export function stakesValueOf(holderId: string, companies: readonly CompanyState[]): number {
  let total = 0;
  for (const other of companies) {
    const bp = other.capTable[holderId];
    if (!bp || other.id === holderId || other.status === 'bankrupt') continue;
    const standalone = Math.max(0, other.valuation.totalM - other.valuation.stakesValueM);
    total += applyBp(standalone, bp);
  }
  return total;
}
