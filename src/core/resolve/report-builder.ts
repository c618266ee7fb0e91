/**
 * Builds the quarter report from the snapshot taken when the quarter began, the cash flows recorded by
 * the ledger and the notes resolution left: every figure that changed, and why, in plain words.
 */
import { companyCapacity } from '../model/capacity';
import { valuationDrivers } from '../model/explain-valuation';
import { totalDebtM } from '../model/valuation';
import type { ScrutinyChange } from '../regulation/scrutiny';
import {
  type CompanyReport,
  formatBp,
  formatCount,
  formatMoney,
  type QuarterReport,
  type ReportLine,
  type ResolutionNotes,
} from '../report';
import type { CompanyState, GameState, QuarterSnapshot } from '../state';
import { quarterLabel } from '../time';

export function snapshotOf(state: GameState, company: CompanyState): QuarterSnapshot {
  return {
    cashM: company.cashM,
    revenueM: company.revenueHistoryM[company.revenueHistoryM.length - 1] ?? 0,
    valuationM: company.valuationM,
    valuation: { ...company.valuation },
    capability: company.capability,
    capacityCu: companyCapacity(state.config, company).capacityCu,
    debtM: totalDebtM(company),
    operatingMw: company.dataCenters
      .filter((site) => site.status === 'operating')
      .reduce((sum, site) => sum + site.mw, 0),
    sentimentBp: state.market.sentimentBp,
  };
}

export function buildReport(
  state: GameState,
  notes: ResolutionNotes,
  sentimentBeforeBp: number,
  scrutiny: Record<string, ScrutinyChange>,
  hhiBefore: { compute: number; model: number },
): QuarterReport {
  const companies: CompanyReport[] = state.seats.map((seat) => {
    const company = state.companies[seat.companyId] as CompanyState;
    const before = state.snapshots[company.id] ?? snapshotOf(state, company);
    const after = snapshotOf(state, company);
    const cashFlow = [...(state.cashFlow[company.id] ?? [])].sort(
      (a, b) => Math.abs(b.amountM) - Math.abs(a.amountM),
    );
    const lines: ReportLine[] = [];
    const line = (
      figure: string,
      label: string,
      unit: ReportLine['unit'],
      b: number,
      a: number,
      why: string[],
    ) => {
      if (b !== a) lines.push({ figure, label, unit, before: b, after: a, why });
    };
    line(
      'cash',
      'Cash',
      '$M',
      before.cashM,
      after.cashM,
      cashFlow
        .slice(0, 4)
        .map(
          (item) => `${item.amountM > 0 ? '+' : '−'}${formatMoney(Math.abs(item.amountM))}: ${item.label}`,
        ),
    );
    line(
      'revenue',
      'Quarterly revenue',
      '$M',
      before.revenueM,
      after.revenueM,
      revenueReasons(state, company),
    );
    line(
      'valuation',
      'Valuation',
      '$M',
      before.valuationM,
      after.valuationM,
      valuationDrivers(before.valuation, after.valuation),
    );
    line('capability', 'Capability', 'points', before.capability, after.capability, [
      `${formatCount(company.compute.trainingCu)} CU went to training; cumulative training compute is now ${formatCount(company.cumulativeTrainingCu)} CU (each point costs more than the last).`,
    ]);
    line(
      'capacity',
      'Compute capacity',
      'CU',
      before.capacityCu,
      after.capacityCu,
      capacityReasons(before, after),
    );
    line('debt', 'Debt', '$M', before.debtM, after.debtM, [
      before.debtM < after.debtM ? 'New borrowing.' : 'Loans repaid.',
    ]);
    const change = scrutiny[company.id];
    if (change) line('scrutiny', 'Regulatory scrutiny', 'points', change.before, change.after, change.why);
    return {
      companyId: company.id,
      name: company.name,
      status: company.status,
      lines,
      cashFlow,
      notes: notes.byCompany[company.id] ?? [],
    };
  });
  const market: ReportLine[] = [];
  if (sentimentBeforeBp !== state.market.sentimentBp)
    market.push({
      figure: 'sentiment',
      label: 'Market sentiment',
      unit: 'bp',
      before: sentimentBeforeBp,
      after: state.market.sentimentBp,
      why: [
        'Sentiment drifts back towards neutral each quarter, plus a random shock drawn from the game seed.',
      ],
    });
  const thresholdHhi = state.config.regulation.highlyConcentratedHhi;
  const hhiWhy = (what: string, value: number) => [
    `The HHI sums the squared market shares (in %) of the ${what} market; above ${thresholdHhi} a market counts as highly concentrated.`,
    value >= thresholdHhi
      ? 'This market is now highly concentrated: dominant players draw more scrutiny.'
      : 'This market is not highly concentrated.',
  ];
  market.push(
    {
      figure: 'hhiCompute',
      label: 'Compute market HHI',
      unit: 'points',
      before: hhiBefore.compute,
      after: state.regulation.hhiCompute,
      why: hhiWhy('compute', state.regulation.hhiCompute),
    },
    {
      figure: 'hhiModel',
      label: 'Model market HHI',
      unit: 'points',
      before: hhiBefore.model,
      after: state.regulation.hhiModel,
      why: hhiWhy('model', state.regulation.hhiModel),
    },
  );
  const events = state.events.filter((event) => event.quarter === state.quarter);
  return {
    quarter: state.quarter,
    label: quarterLabel(state.config, state.quarter),
    market,
    headlines: notes.headlines,
    events,
    companies,
  };
}

function revenueReasons(state: GameState, company: CompanyState): string[] {
  if (company.role === 'lab')
    return [
      `${formatCount(company.compute.inferenceCu)} CU served customers (${formatBp(10000 - company.trainingShareBp)} of compute went to inference).`,
    ];
  const reasons = [`${company.compute.spotSoldCu} CU of AI capacity sold on the spot market.`];
  const contractM = (state.cashFlow[company.id] ?? [])
    .filter((item) => item.amountM > 0 && item.label.startsWith('Compute commitment'))
    .reduce((sum, item) => sum + item.amountM, 0);
  if (contractM > 0) reasons.push(`${formatMoney(contractM)} of capacity sold under compute commitments.`);
  if (company.baseBusiness)
    reasons.push(`The existing cloud business brought ${formatMoney(company.baseBusiness.revenueM)}.`);
  return reasons;
}

function capacityReasons(before: QuarterSnapshot, after: QuarterSnapshot): string[] {
  const reasons: string[] = [];
  if (after.operatingMw !== before.operatingMw)
    reasons.push(
      `Operating data-center power went from ${before.operatingMw} MW to ${after.operatingMw} MW.`,
    );
  reasons.push("Capacity is what installed chips deliver within each site's power.");
  return reasons;
}
