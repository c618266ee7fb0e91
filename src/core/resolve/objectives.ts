/**
 * Objectives are checked at the end of every quarter; the moment one is met is recorded. At the end of
 * the level companies are ranked: most objectives met first, then by value to the owners (what the
 * starting shareholders hold, so dilution counts against the company); a company that failed ranks below
 * every survivor.
 */

import { activeCompanies } from '../companies';
import { mulDivFloor } from '../intmath';
import type { Objective } from '../level/schema';
import { ownersValueM } from '../model/owners';
import { formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { CompanyState, GameState, RankingEntry } from '../state';

export const objectivesFor = (state: GameState, company: CompanyState): Objective[] =>
  state.config.objectives.filter((objective) => !objective.role || objective.role === company.role);

/**
 * $M of take-or-pay compute the company has signed to provide: every quarter of every commitment it sells,
 * counted when signed (what a cloud wins is the contract, as the $38B AWS deal was reported on signing).
 */
export function commitmentsWonM(state: GameState, companyId: string): number {
  let totalM = 0;
  for (const deal of state.deals) {
    if (deal.signedQuarter === null) continue;
    for (const term of deal.terms) {
      if (term.kind !== 'computeCommitment' || term.provider !== companyId) continue;
      totalM += mulDivFloor(term.cuPerQuarter * term.quarters, term.pricePerCu, 1_000_000); // $ per CU → $M
    }
  }
  return totalM;
}

/**
 * Annual run-rate of AI revenue: the latest quarter's revenue less what a cloud's existing business
 * (storage, databases, general compute) earned in it, times four — models sold, compute sold on the spot
 * market and under contract. Every company starts the race with a small AI business whatever its size, so
 * a bar on it measures what each builds and sells in the race itself; a lab's is its whole run-rate.
 */
export function aiRevenueRunRateM(company: CompanyState): number {
  const latestM = company.revenueHistoryM[company.revenueHistoryM.length - 1] ?? 0;
  return Math.max(0, latestM - (company.baseBusiness?.revenueM ?? 0)) * 4;
}

/**
 * The AI run-rate a company must reach to meet an `aiRevenueRunRateAtLeast` objective: its amount, or, when
 * the objective also accepts a multiple of the existing business, that multiple of the existing business's
 * annual revenue now, if lower. A lab has no existing business: only the amount counts for it.
 */
export function aiRunRateBarM(objective: Objective, company: CompanyState): number {
  const multipleBp = objective.orExistingBusinessMultipleBp;
  const existingM = company.baseBusiness?.revenueM ?? 0;
  if (multipleBp === undefined || existingM <= 0) return objective.amount;
  return Math.min(objective.amount, mulDivFloor(existingM * 4, multipleBp, 10000));
}

function isMet(
  state: GameState,
  objective: Objective,
  company: CompanyState,
  isFinalQuarter: boolean,
): boolean {
  switch (objective.kind) {
    case 'valuationAtLeast':
      return company.valuationM >= objective.amount;
    case 'ipoAtValuation':
      // Judged at the listing itself: a valuation that passes the bar later does not make it an IPO at it.
      return company.ipoValuationM !== null && company.ipoValuationM >= objective.amount;
    case 'capabilityAtLeast':
      return company.capability >= objective.amount;
    case 'revenueRunRateAtLeast':
      return company.valuation.revenueRunRateM >= objective.amount;
    case 'aiRevenueRunRateAtLeast':
      return aiRevenueRunRateM(company) >= aiRunRateBarM(objective, company);
    case 'commitmentsWonAtLeast':
      return commitmentsWonM(state, company.id) >= objective.amount;
    case 'survive':
      // Standing means solvent: a company still in distress at the end has not survived.
      return isFinalQuarter && company.status === 'active';
  }
}

export function checkObjectives(state: GameState, notes: ResolutionNotes): void {
  const isFinalQuarter = state.quarter === state.config.quarters - 1;
  for (const company of activeCompanies(state)) {
    for (const objective of objectivesFor(state, company)) {
      if (company.objectivesMet[objective.id] !== undefined) continue;
      const deadlinePassed = objective.byQuarter !== undefined && state.quarter >= objective.byQuarter;
      if (deadlinePassed || !isMet(state, objective, company, isFinalQuarter)) continue;
      company.objectivesMet[objective.id] = state.quarter;
      noteFor(notes, company.id, `Objective met: ${objective.text}`);
      notes.headlines.push(`${company.name} met an objective: ${objective.text}`);
    }
  }
}

export function finalRanking(state: GameState): RankingEntry[] {
  const byGrowth = state.config.rankingMetric === 'valuationGrowth';
  const entries = state.seats.map((seat, seatIndex) => {
    const company = state.companies[seat.companyId] as CompanyState;
    const valuationM = company.status === 'bankrupt' ? 0 : company.valuationM;
    const owners = ownersValueM(company);
    return {
      seatIndex,
      companyId: company.id,
      objectivesMet: Object.keys(company.objectivesMet).length,
      valuationM,
      ownersValueM: owners,
      ownersGrowthBp: mulDivFloor(owners, 10000, Math.max(1, company.startValuationM)),
      bankrupt: company.status === 'bankrupt',
    };
  });
  entries.sort(
    (a, b) =>
      Number(a.bankrupt) - Number(b.bankrupt) ||
      b.objectivesMet - a.objectivesMet ||
      (byGrowth ? b.ownersGrowthBp - a.ownersGrowthBp : 0) ||
      b.ownersValueM - a.ownersValueM ||
      a.seatIndex - b.seatIndex,
  );
  return entries.map(({ seatIndex: _, ...entry }, i) => ({ rank: i + 1, ...entry }));
}

export function describeRanking(state: GameState, ranking: RankingEntry[]): string[] {
  return ranking.map((entry) => {
    const name = state.companies[entry.companyId]?.name ?? entry.companyId;
    const outcome = entry.bankrupt
      ? 'failed'
      : `${entry.objectivesMet} objective(s) met, valued at ${formatMoney(entry.valuationM)}, of which its owners hold ${formatMoney(entry.ownersValueM)} (${(entry.ownersGrowthBp / 10000).toFixed(1)}× its starting value)`;
    return `${entry.rank}. ${name}: ${outcome}`;
  });
}
