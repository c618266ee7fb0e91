/** Display helpers shared by the panels; money and percentages come from the rules' own formatters. */
import { type CompanyState, formatBp, formatCount, formatMoney, type GameState } from '../core';

// formatCount groups thousands by hand: the same on every engine, and without toLocaleString's cost
// (a new number formatter per call: a few hundred of them made the regions list a 30 ms redraw).
export { formatBp, formatCount, formatMoney };

export const roleName = (role: CompanyState['role']): string => (role === 'lab' ? 'AI lab' : 'cloud giant');

export function statusName(company: CompanyState): string {
  if (company.status === 'bankrupt') return 'failed';
  if (company.status === 'distressed') return 'in distress';
  return company.isPublic ? 'listed' : 'private';
}

/** Compute in CU with thousands grouped by hand (locale formatting differs between engines). */
export function formatCu(cu: number): string {
  if (Math.abs(cu) >= 1_000_000) return `${(cu / 1_000_000).toFixed(1)}M CU`;
  if (Math.abs(cu) >= 10_000) return `${Math.round(cu / 1000)}k CU`;
  return `${cu} CU`;
}

export const companyName = (state: GameState, id: string): string =>
  state.companies[id]?.name ?? state.config.partners?.find((p) => p.id === id)?.name ?? id;

export const latestRevenueM = (c: CompanyState): number =>
  c.revenueHistoryM[c.revenueHistoryM.length - 1] ?? 0;
