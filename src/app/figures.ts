/**
 * The few figures per company the screens chart over time (sparklines, the debrief's lines), taken from
 * the state at the start and after every quarter. They are read, never computed: each is a field the
 * rules already keep, so a chart can always be explained by the quarter reports.
 */
import type { CompanyState, GameState } from '../core';

export const latestRevenue = (c: CompanyState): number =>
  c.revenueHistoryM[c.revenueHistoryM.length - 1] ?? 0;

export interface FigurePoint {
  quarter: number; // the quarter that had just ended (−1: the start)
  cashM: number;
  revenueM: number; // the latest quarter's revenue
  valuationM: number;
  capability: number;
  capacityCu: number;
}

export type FigureHistory = Record<string, FigurePoint[]>;

export function figuresOf(state: GameState, quarter: number): Record<string, FigurePoint> {
  const out: Record<string, FigurePoint> = {};
  for (const [id, c] of Object.entries(state.companies)) {
    out[id] = {
      quarter,
      cashM: c.cashM,
      revenueM: latestRevenue(c),
      valuationM: c.valuationM,
      capability: c.capability,
      capacityCu: c.compute.capacityCu,
    };
  }
  return out;
}

export function appendFigures(history: FigureHistory, state: GameState, quarter: number): FigureHistory {
  const next: FigureHistory = { ...history };
  for (const [id, point] of Object.entries(figuresOf(state, quarter)))
    next[id] = [...(next[id] ?? []), point];
  return next;
}
