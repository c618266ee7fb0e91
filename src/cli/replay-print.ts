/** What `npm run replay` prints: each quarter's headline figures, standings at a quarter, and the JSON figures. */
import { formatBp, formatMoney, type GameState, type QuarterReport } from '../core';
import { table } from './table';

export interface ReplayedQuarter {
  report: QuarterReport;
  state: GameState;
}

export function printQuarters(quarters: readonly ReplayedQuarter[], initial: GameState): void {
  const names = Object.fromEntries(Object.values(initial.companies).map((c) => [c.id, c.name]));
  for (const { report } of quarters) {
    console.log('');
    const sentiment = report.market.find((line) => line.figure === 'sentiment');
    console.log(
      `${report.label}${sentiment ? ` — sentiment ${formatBp(sentiment.after)}` : ''}${report.headlines[0] ? ` — ${report.headlines[0]}` : ''}`,
    );
    const rows = report.companies.map((c) => {
      const value = (key: string) => {
        const line = c.lines.find((l) => l.figure === key);
        return line ? formatMoney(line.after) : '=';
      };
      return [
        `  ${names[c.companyId] ?? c.name}`,
        c.status,
        value('valuation'),
        value('revenue'),
        value('cash'),
      ];
    });
    console.log(table(['  Company', 'Status', 'Valuation', 'Revenue', 'Cash'], rows));
  }
}

/** Companies by valuation at the end of a quarter (the final ranking exists only at the end). */
export function standingsAt(state: GameState): string[] {
  return Object.values(state.companies)
    .sort(
      (a, b) =>
        Number(a.status === 'bankrupt') - Number(b.status === 'bankrupt') || b.valuationM - a.valuationM,
    )
    .map(
      (c, i) =>
        `${i + 1}. ${c.name}: ${c.status === 'bankrupt' ? 'failed' : `${formatMoney(c.valuationM)}, ${Object.keys(c.objectivesMet).length} objective(s) met, cash ${formatMoney(c.cashM)}`}`,
    );
}

/** Per quarter and company: the figures a chart or a spreadsheet wants, in $M and points. */
export function quarterFigures(quarters: readonly ReplayedQuarter[]) {
  return quarters.map(({ report, state }) => ({
    quarter: report.quarter,
    label: report.label,
    sentimentBp: state.market.sentimentBp,
    companies: Object.values(state.companies).map((c) => ({
      id: c.id,
      status: c.status,
      valuationM: c.valuationM,
      revenueM: c.revenueHistoryM[c.revenueHistoryM.length - 1] ?? 0,
      cashM: c.cashM,
      capexM: c.totals.capexM,
      capability: c.capability,
      capacityCu: c.compute.capacityCu,
      scrutiny: c.scrutiny,
    })),
  }));
}
