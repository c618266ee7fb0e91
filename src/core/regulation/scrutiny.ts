/**
 * Scrutiny per company, each quarter: it keeps a share of last quarter's level, adds pressure from a
 * dominant share of a concentrated market, large stakes in other players, exclusivity and fast growth,
 * and is lowered by government relations (though never below what a dominant share alone keeps it at). Crossing the level's thresholds has consequences, in order:
 * an inquiry (the market marks the company down while it lasts), deal review (deals may be blocked),
 * a fine, and forced divestiture of its largest stake in another player.
 */

import { activeCompanies } from '../companies';
import { runningTerms } from '../deals/obligations';
import { applyBp, clamp, mulDiv } from '../intmath';
import { payWhatYouCan, transfer } from '../ledger';
import { formatBp, formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { CompanyState, GameState } from '../state';
import { updateConcentration } from './hhi';

export interface ScrutinyChange {
  before: number;
  after: number;
  why: string[];
}

export function updateScrutiny(state: GameState, notes: ResolutionNotes): Record<string, ScrutinyChange> {
  const rules = state.config.regulation;
  const { compute, models } = updateConcentration(state);
  const changes: Record<string, ScrutinyChange> = {};
  for (const company of activeCompanies(state)) {
    const why: string[] = [];
    const before = company.scrutiny;
    let next = applyBp(before, rules.retentionBp);
    const market = company.role === 'lab' ? models : compute;
    const share = market.byCompany[company.id] ?? 0;
    const dominant = share > rules.dominantShareBp;
    if (dominant) {
      const concentrated = market.hhi >= rules.highlyConcentratedHhi;
      const points = dominancePoints(state, market.hhi);
      next += points;
      why.push(
        `+${points}: a ${formatBp(share)} share of the ${company.role === 'lab' ? 'model' : 'compute'} market${concentrated ? `, which is highly concentrated (HHI ${market.hhi})` : ''}`,
      );
    }
    const fromDeals = dealPressure(state, company.id);
    next += fromDeals.points;
    why.push(...fromDeals.why);
    if (company.valuation.growthBp > 10000) {
      next += rules.pressure.fastGrowth;
      why.push(`+${rules.pressure.fastGrowth}: revenue more than doubled in a year`);
    }
    if (company.govRelations > 0) {
      // Lobbying can soften how regulators read deals and growth, not a dominant share: while the company
      // dominates, relief cannot take scrutiny below what the share alone keeps it at.
      const floor = dominant ? applyBp(before, rules.retentionBp) + dominancePoints(state, market.hhi) : 0;
      const relief = Math.max(0, Math.min(company.govRelations, next - floor));
      next -= relief;
      why.push(
        relief < company.govRelations
          ? `−${relief}: government relations (no relief against a dominant share)`
          : `−${relief}: government relations`,
      );
    }
    why.push(`Scrutiny keeps ${formatBp(rules.retentionBp)} of last quarter's level before new pressure.`);
    company.scrutiny = clamp(next, 0, 1000);
    changes[company.id] = { before, after: company.scrutiny, why };
    applyThresholds(state, company, notes, dominant);
  }
  return changes;
}

/** A quarter's pressure on a company with a dominant share: full in a highly concentrated market, half otherwise. */
function dominancePoints(state: GameState, hhi: number): number {
  const rules = state.config.regulation;
  return hhi >= rules.highlyConcentratedHhi
    ? rules.pressure.dominantShare
    : Math.floor(rules.pressure.dominantShare / 2);
}

/**
 * The part of a quarter's pressure that deals create: large stakes held in other players and exclusive
 * deals in force. Exported so the negotiation screen can show what signing would add (this quarter's
 * figure on the state with the deal signed, less today's), from the same rule.
 */
export function dealPressure(state: GameState, companyId: string): { points: number; why: string[] } {
  const rules = state.config.regulation;
  const why: string[] = [];
  let points = 0;
  const largeStakes = largeStakesHeldBy(state, companyId);
  if (largeStakes.length > 0) {
    const add = rules.pressure.perLargeStake * largeStakes.length;
    points += add;
    why.push(`+${add}: large stakes in ${largeStakes.map((c) => c.name).join(', ')}`);
  }
  const exclusivities = runningTerms(state, 'exclusivity').filter(
    (r) => r.term.bound === companyId || r.term.beneficiary === companyId,
  ).length;
  if (exclusivities > 0) {
    const add = rules.pressure.perExclusivity * exclusivities;
    points += add;
    why.push(`+${add}: ${exclusivities} exclusive deal(s) in force`);
  }
  return { points, why };
}

function largeStakesHeldBy(state: GameState, holderId: string): CompanyState[] {
  return activeCompanies(state).filter(
    (other) =>
      other.id !== holderId &&
      (other.capTable[holderId] ?? 0) >= state.config.regulation.pressure.largeStakeBp,
  );
}

/** An inquiry that still finds the company dominant after this many quarters (half a year) concludes with a fine. */
export const INQUIRY_CONCLUDES_QUARTERS = 2;

function applyThresholds(
  state: GameState,
  company: CompanyState,
  notes: ResolutionNotes,
  dominant: boolean,
): void {
  const rules = state.config.regulation;
  const { thresholds } = rules;
  if (company.scrutiny >= thresholds.inquiry && !company.inquiryOpen) {
    company.inquiryOpen = true;
    noteFor(
      notes,
      company.id,
      `Regulators opened an inquiry (scrutiny ${company.scrutiny} ≥ ${thresholds.inquiry}): the market adds a ${formatBp(rules.inquiryRiskBp)} risk discount while it lasts.`,
    );
    notes.headlines.push(`Regulators open an inquiry into ${company.name}.`);
  } else if (company.scrutiny < thresholds.inquiry && company.inquiryOpen) {
    company.inquiryOpen = false;
    company.finedThisEpisode = false;
    company.inquiryQuarters = 0;
    noteFor(notes, company.id, `The inquiry closed: scrutiny fell to ${company.scrutiny}.`);
  }
  if (company.scrutiny >= thresholds.dealReview)
    noteFor(
      notes,
      company.id,
      `Scrutiny ${company.scrutiny} ≥ ${thresholds.dealReview}: deals you sign are reviewed and may be blocked.`,
    );
  if (company.inquiryOpen) company.inquiryQuarters++;
  const concluded = dominant && company.inquiryQuarters >= INQUIRY_CONCLUDES_QUARTERS;
  if ((company.scrutiny >= thresholds.fine || concluded) && !company.finedThisEpisode) {
    const fineM = applyBp(company.valuation.revenueRunRateM, rules.fineBpOfRevenue);
    const unpaid = payWhatYouCan(state, company.id, 'ext:government', fineM, 'Regulatory fine');
    if (unpaid > 0)
      company.arrears.push({ to: 'ext:government', amountM: unpaid, reason: 'Regulatory fine' });
    company.finedThisEpisode = true;
    noteFor(
      notes,
      company.id,
      `Fined ${formatMoney(fineM)} (${formatBp(rules.fineBpOfRevenue)} of yearly revenue) for conduct found in the inquiry.`,
    );
    notes.headlines.push(`${company.name} fined ${formatMoney(fineM)}.`);
  }
  if (company.scrutiny >= thresholds.divestiture) forceDivestiture(state, company, notes);
}

/** The largest stake held in another seated company is sold to outside investors at a discount. */
function forceDivestiture(state: GameState, company: CompanyState, notes: ResolutionNotes): void {
  const holdings = activeCompanies(state)
    .filter((other) => other.id !== company.id && (other.capTable[company.id] ?? 0) > 0)
    .sort(
      (a, b) => (b.capTable[company.id] ?? 0) - (a.capTable[company.id] ?? 0) || a.id.localeCompare(b.id),
    );
  const target = holdings[0];
  if (!target) return;
  const stakeBp = target.capTable[company.id] ?? 0;
  const standalone = Math.max(0, target.valuation.totalM - target.valuation.stakesValueM);
  const proceedsM = applyBp(
    mulDiv(standalone, stakeBp, 10000),
    state.config.regulation.divestitureRecoveryBp,
  );
  delete target.capTable[company.id];
  const buyer = 'Investors (forced sale)';
  target.capTable[buyer] = (target.capTable[buyer] ?? 0) + stakeBp;
  transfer(state, 'ext:investors', company.id, proceedsM, `Forced sale of the stake in ${target.name}`);
  noteFor(
    notes,
    company.id,
    `Regulators forced the sale of the ${formatBp(stakeBp)} stake in ${target.name}, for ${formatMoney(proceedsM)}.`,
  );
  noteFor(notes, target.id, `${company.name} was forced to sell its ${formatBp(stakeBp)} stake in you.`);
  notes.headlines.push(`${company.name} is forced to divest its stake in ${target.name}.`);
}
