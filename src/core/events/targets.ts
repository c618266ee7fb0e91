/** Who an event hits, and whether its condition holds, read from the state. */
import { activeCompanies } from '../companies';
import type { EventCard, EventCondition } from '../level/schema';
import { companyCapacity } from '../model/capacity';
import { nextInt } from '../rng';
import type { GameState } from '../state';

export function eventTargets(state: GameState, card: EventCard): string[] {
  const companies = activeCompanies(state);
  const labs = companies.filter((c) => c.role === 'lab');
  const clouds = companies.filter((c) => c.role === 'cloud');
  const top = <T>(items: T[], score: (item: T) => number): T[] => {
    const best = items.reduce<T | null>((a, b) => (a === null || score(b) > score(a) ? b : a), null);
    return best === null ? [] : [best];
  };
  switch (card.target) {
    case 'market':
      return [];
    case 'everyone':
      return companies.map((c) => c.id);
    case 'allLabs':
      return labs.map((c) => c.id);
    case 'allClouds':
      return clouds.map((c) => c.id);
    case 'leadingLab':
      return top(labs, (c) => c.capability).map((c) => c.id);
    case 'largestCloud':
      return top(clouds, (c) => companyCapacity(state.config, c).capacityCu).map((c) => c.id);
    case 'mostScrutinised':
      return top(companies, (c) => c.scrutiny).map((c) => c.id);
    case 'randomCompany':
    case 'randomLab': {
      const pool = card.target === 'randomLab' ? labs : companies;
      if (pool.length === 0) return [];
      const pick = pool[nextInt(state.rng, 0, pool.length - 1)];
      return pick ? [pick.id] : [];
    }
  }
}

export function conditionHolds(state: GameState, condition: EventCondition | undefined): boolean {
  if (!condition) return true;
  const value = metricValue(state, condition.metric);
  return condition.op === 'atLeast' ? value >= condition.value : value <= condition.value;
}

function metricValue(state: GameState, metric: EventCondition['metric']): number {
  const companies = activeCompanies(state);
  switch (metric) {
    case 'sentimentBp':
      return state.market.sentimentBp;
    case 'baseRateBp':
      return state.market.baseRateBp;
    case 'hhiCompute':
      return state.regulation.hhiCompute;
    case 'hhiModel':
      return state.regulation.hhiModel;
    case 'maxScrutiny':
      return Math.max(0, ...companies.map((c) => c.scrutiny));
    case 'leadingValuationM':
      return Math.max(0, ...companies.map((c) => c.valuationM));
    case 'totalOperatingMw':
      return companies.reduce(
        (sum, c) => sum + c.dataCenters.filter((d) => d.status === 'operating').reduce((s, d) => s + d.mw, 0),
        0,
      );
  }
}
