/**
 * Capability grows from this quarter's training, then every company is valued: first on its own, then
 * with its stakes in the others added at their stand-alone value (so cross-holdings cannot loop).
 */

import { activeCompanies } from '../companies';
import { takeOrPayDueByBuyer } from '../deals/obligations';
import { capabilityFor } from '../model/scaling';
import { stakesValueOf, valueCompany } from '../model/valuation';
import { noteFor, type ResolutionNotes } from '../report';
import type { CompanyState, GameState } from '../state';

export function updateCapability(state: GameState, notes: ResolutionNotes): void {
  for (const company of activeCompanies(state)) {
    if (company.role !== 'lab') continue;
    company.cumulativeTrainingCu += company.compute.trainingCu;
    const before = company.capability;
    company.capability = capabilityFor(state.config, company.cumulativeTrainingCu);
    if (company.capability > before && company.compute.trainingCu > 0) {
      const gained = company.capability - before;
      noteFor(notes, company.id, `Training added ${gained} capability point${gained === 1 ? '' : 's'}.`);
    }
  }
}

export function updateValuations(state: GameState): void {
  const companies = activeCompanies(state);
  // At the quarter's end: this quarter's payments are made, the coming year starts next quarter.
  const takeOrPayDue = takeOrPayDueByBuyer(state, 4, state.quarter + 1);
  const inputsFor = (company: CompanyState, stakesValueM: number) => ({
    level: state.config,
    sentimentBp: state.market.sentimentBp,
    bestRivalCapability: bestRivalCapability(state, company.id),
    stakesValueM,
    operatingCashFlowM: company.operatingCashFlowM,
    extraRiskBp: extraRiskBp(state, company),
    takeOrPayNextYearM: takeOrPayDue.get(company.id) ?? 0,
  });
  for (const company of companies) {
    company.valuation = valueCompany(company, inputsFor(company, 0));
  }
  const stakes = companies.map((company) => stakesValueOf(company.id, companies));
  companies.forEach((company, i) => {
    company.valuation = valueCompany(company, inputsFor(company, stakes[i] ?? 0));
    company.valuationM = company.valuation.totalM;
  });
}

/** Risk the market adds for an open inquiry and for temporary effects (defaults, events) still running. */
export function extraRiskBp(state: GameState, company: CompanyState): number {
  const effects = company.riskEffects
    .filter((r) => r.untilQuarter >= state.quarter)
    .reduce((sum, r) => sum + r.bp, 0);
  return effects + (company.inquiryOpen ? state.config.regulation.inquiryRiskBp : 0);
}

export function bestRivalCapability(state: GameState, companyId: string): number {
  let best = state.market.restOfMarketCapability;
  for (const other of activeCompanies(state)) {
    if (other.id !== companyId && other.role === 'lab') best = Math.max(best, other.capability);
  }
  return best;
}
