/**
 * The quarter report is data the reducer produces: every figure that changed and why, in plain words.
 * The UI and the CLI only render it.
 */

import { ownRecord } from './own';
import type { CashItem, FiredEvent } from './state';

export type ReportUnit = '$M' | 'CU' | 'points' | 'bp' | 'MW';

export interface ReportLine {
  figure: string; // stable key, e.g. "valuation"
  label: string; // what a player reads, e.g. "Valuation"
  unit: ReportUnit;
  before: number;
  after: number;
  why: string[]; // plain sentences, biggest cause first
}

export interface CompanyReport {
  companyId: string;
  name: string;
  status: string;
  lines: ReportLine[];
  cashFlow: CashItem[];
  notes: string[];
}

export interface QuarterReport {
  quarter: number;
  label: string;
  market: ReportLine[];
  headlines: string[];
  /** Events that fired at the start of this quarter. */
  events: FiredEvent[];
  companies: CompanyReport[];
}

/** Collects what resolution noticed while it ran; turned into the report at the end. */
export interface ResolutionNotes {
  headlines: string[];
  byCompany: Record<string, string[]>;
}

export const newNotes = (companyIds: readonly string[]): ResolutionNotes => ({
  headlines: [],
  byCompany: Object.fromEntries(companyIds.map((id) => [id, [] as string[]])),
});

export function noteFor(notes: ResolutionNotes, companyId: string, sentence: string): void {
  const list = ownRecord(notes.byCompany, companyId) ?? [];
  list.push(sentence);
  notes.byCompany[companyId] = list;
}

/** $M as a player reads it: "$1.2B", "$850M", "−$40M". */
export function formatMoney(amountM: number): string {
  const sign = amountM < 0 ? '−' : '';
  const abs = Math.abs(amountM);
  if (abs >= 1_000_000) return `${sign}$${trimDecimal(abs / 1_000_000)}T`;
  if (abs >= 1000) return `${sign}$${trimDecimal(abs / 1000)}B`;
  return `${sign}$${abs}M`;
}

/** Two amounts compared in one sentence: exact $M when rounding would make different amounts look equal. */
export function formatMoneyPair(a: number, b: number): [string, string] {
  const [first, second] = [formatMoney(a), formatMoney(b)];
  return first === second && a !== b ? [`$${formatCount(a)}M`, `$${formatCount(b)}M`] : [first, second];
}

/** bp as a percentage: 1250 -> "12.5%". */
export function formatBp(bp: number): string {
  return `${trimDecimal(bp / 100)}%`;
}

/** 1234567 -> "1,234,567" (by hand: locale formatting may differ between engines, and reports are hashed). */
export function formatCount(value: number): string {
  const digits = String(Math.abs(Math.trunc(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return value < 0 ? `−${grouped}` : grouped;
}

function trimDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}
