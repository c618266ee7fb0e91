/** Tables from tournament results: who wins, by player and by company, and CSV rows. */
import type { CompanyResult, GameResult } from './game';

export interface PlayerRow {
  controller: string;
  seats: number;
  wins: number;
  meanRank: number;
  medianValuationM: number;
  medianOwnersValueM: number;
  failed: number;
}

export const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

function rowOf(controller: string, entries: CompanyResult[]): PlayerRow {
  return {
    controller,
    seats: entries.length,
    wins: entries.filter((e) => e.rank === 1).length,
    meanRank: entries.reduce((sum, e) => sum + e.rank, 0) / Math.max(1, entries.length),
    medianValuationM: median(entries.map((e) => e.valuationM)),
    medianOwnersValueM: median(entries.map((e) => e.ownersValueM)),
    failed: entries.filter((e) => e.failed).length,
  };
}

/** One row per player: seats played, games won (ranked first), mean rank, median final valuation, failures. */
export function byPlayer(games: readonly GameResult[]): PlayerRow[] {
  const groups = new Map<string, CompanyResult[]>();
  for (const game of games)
    for (const entry of game.companies)
      groups.set(entry.controller, [...(groups.get(entry.controller) ?? []), entry]);
  return [...groups]
    .map(([controller, entries]) => rowOf(controller, entries))
    .sort((a, b) => a.controller.localeCompare(b.controller));
}

function grouped(games: readonly GameResult[], key: (entry: CompanyResult) => string) {
  const groups = new Map<string, Map<string, CompanyResult[]>>();
  for (const game of games) {
    for (const entry of game.companies) {
      const byPlayer = groups.get(key(entry)) ?? new Map<string, CompanyResult[]>();
      byPlayer.set(entry.controller, [...(byPlayer.get(entry.controller) ?? []), entry]);
      groups.set(key(entry), byPlayer);
    }
  }
  return [...groups].map(([group, players]) => ({
    group,
    rows: [...players]
      .map(([controller, entries]) => rowOf(controller, entries))
      .sort((a, b) => a.controller.localeCompare(b.controller)),
  }));
}

/** For each company, one row per player that played it. */
export const byCompanyAndPlayer = (games: readonly GameResult[]): { company: string; rows: PlayerRow[] }[] =>
  grouped(games, (entry) => entry.company).map(({ group, rows }) => ({ company: group, rows }));

/** For each role (lab, cloud), one row per player: how a player does in that role whatever the company. */
export const byRoleAndPlayer = (games: readonly GameResult[]): { role: string; rows: PlayerRow[] }[] =>
  grouped(games, (entry) => entry.role)
    .map(({ group, rows }) => ({ role: group, rows }))
    .sort((a, b) => a.role.localeCompare(b.role));

export const CSV_HEADER = [
  'level',
  'seed',
  'company',
  'role',
  'controller',
  'rank',
  'final_valuation_m',
  'revenue_m',
  'capex_m',
  'cash_m',
  'scrutiny',
  'deals_signed',
  'owners_value_m',
];

export function csvRows(levelId: string, games: readonly GameResult[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const game of games)
    for (const e of game.companies)
      lines.push(
        [
          levelId,
          game.seed,
          e.company,
          e.role,
          e.controller,
          e.rank,
          e.valuationM,
          e.revenueM,
          e.capexM,
          e.cashM,
          e.scrutiny,
          e.dealsSigned,
          e.ownersValueM,
        ].join(','),
      );
  return `${lines.join('\n')}\n`;
}
