/**
 * Reading a finished game for the reality check. A game is the list of its states at quarter
 * boundaries: `states[0]` when it began, `states[q + 1]` right after quarter q resolved, the last one
 * final. Everything here is integer $M or bp, read from the state; nothing is recomputed.
 */
import { cuRevenueM } from '../model/market';
import { ownRecord } from '../own';
import type { CompanyState, Deal, GameState } from '../state';

export type GameStates = readonly GameState[];

/** The state right after the last quarter of `year` resolved, or null if the game does not reach it. */
export function endOfYear(states: GameStates, year: number): GameState | null {
  const first = states[0];
  if (!first) return null;
  const { start } = first.config;
  // Quarter index of `year` Q4 in this level (start Q1 of the start year is index 0 when start.quarter is 1).
  const index = (year - start.year) * 4 + (4 - start.quarter);
  return index >= 0 ? (states[index + 1] ?? null) : null;
}

/** The states right after each quarter of `year` resolved (those the game reached). */
export function quartersOfYear(states: GameStates, year: number): GameState[] {
  const first = states[0];
  if (!first) return [];
  const { start } = first.config;
  return states.slice(1).filter((_, q) => start.year + Math.floor((start.quarter - 1 + q) / 4) === year);
}

export const companyIn = (state: GameState | null | undefined, id: string): CompanyState | undefined =>
  state ? ownRecord(state.companies, id) : undefined;

/** Deals that were signed at some point (still running, completed, or ended early). */
export function signedDeals(states: GameStates): Deal[] {
  return (states.at(-1)?.deals ?? []).filter((deal) => deal.signedQuarter !== null);
}

/** What a signed deal's compute commitments from `provider` (any, if null) to `buyer` are worth over their whole term, $M. */
export function computeCommitmentsM(states: GameStates, buyer: string, provider: string | null): number {
  let total = 0;
  for (const deal of signedDeals(states))
    for (const term of deal.terms)
      if (
        term.kind === 'computeCommitment' &&
        term.buyer === buyer &&
        (provider === null || term.provider === provider)
      )
        total += cuRevenueM(term.cuPerQuarter, term.pricePerCu) * term.quarters;
  return total;
}

/** What `buyer`'s signed chip-supply terms are worth over their whole term, $M. */
export function chipCommitmentsM(states: GameStates, buyer: string): number {
  let total = 0;
  for (const deal of signedDeals(states))
    for (const term of deal.terms)
      if (term.kind === 'chipSupply' && term.buyer === buyer)
        total += term.kPerQuarter * term.priceMPerK * term.quarters;
  return total;
}

/** New money `investor` put into `investee` through signed deals, $M. */
export function investedM(states: GameStates, investor: string, investee: string): number {
  let total = 0;
  for (const deal of signedDeals(states))
    for (const term of deal.terms)
      if (term.kind === 'equity' && term.investor === investor && term.investee === investee)
        total += term.amountM;
  return total;
}

/** The median of whole numbers, rounded down; null for none. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : Math.floor(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}
