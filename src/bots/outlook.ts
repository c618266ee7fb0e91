/**
 * A company's cash outlook over the coming quarters, from what is already decided: operating cash flow,
 * signed deals, data centers under construction, chip R&D, interest and maturing loans. Bots judge
 * spending and deals by how they move this line, and refuse what would push it below what they can raise.
 */

import { type CompanyState, debtCapacityM, firstQuarterOf, type GameState } from '../core';
import { applyBp, ceilDiv, mulDiv } from '../core/intmath';
import { chipById } from '../core/model/capacity';
import { cuRevenueM } from '../core/model/market';
import { equityWindowShut } from '../core/model/round-price';
import { capacityOf } from './market';

export const HORIZON = 8;

export interface Outlook {
  cashM: number;
  /** Cash at the end of each of the next HORIZON quarters (index 0: the end of this quarter). */
  projectedM: number[];
  minCashM: number;
  /** Quarters before projected cash turns negative (HORIZON if it never does). */
  runway: number;
  /** Costs that recur every quarter: staff, power, interest, R&D, deal payments. */
  fixedCostM: number;
  owedM: number;
  /** What lenders and investors would still put in now (one equity round, the debt headroom). */
  equityRoomM: number;
  debtRoomM: number;
  capacityCu: number;
}

export function outlookOf(state: GameState, company: CompanyState): Outlook {
  const level = state.config;
  const flows = new Array<number>(HORIZON).fill(0);
  const capacity = capacityOf(state, company);
  const powerM = mulDiv(capacity.drawnMw, level.market.powerOpexKPerMwQuarter, 1000);
  const latestRevenue = company.revenueHistoryM[company.revenueHistoryM.length - 1] ?? 0;
  // The latest operating cash flow, with staff costs growing on their stated path. The rules book compute
  // commitments in it; they are taken out here and laid back on their own schedule below.
  const baseFlowM = company.operatingCashFlowM - lastQuarterCommitmentsM(state, company.id);
  for (let h = 0; h < HORIZON; h++)
    flows[h] = (flows[h] ?? 0) + baseFlowM - applyBp(company.staffOpexM, company.staffOpexGrowthBp) * (h + 1);
  let interestM = 0;
  for (const loan of company.loans) {
    const interest = mulDiv(loan.principalM, loan.rateBp, 40000);
    const due = loan.maturityQuarter - state.quarter;
    for (let h = 0; h < HORIZON && h <= due; h++) flows[h] = (flows[h] ?? 0) - interest;
    if (due >= 0 && due < HORIZON) flows[due] = (flows[due] ?? 0) - loan.principalM;
    interestM += interest;
  }
  for (const site of company.dataCenters) {
    if (site.status === 'operating') continue;
    const region = level.regions.find((r) => r.id === site.regionId);
    const buildQuarters =
      site.status === 'building' ? site.quartersToGo : ceilDiv(site.mw, region?.buildMwPerQuarter ?? site.mw);
    const start = site.status === 'building' ? 0 : site.quartersToGo;
    const left = site.capexM - site.capexPaidM;
    const instalment = ceilDiv(left, Math.max(1, buildQuarters));
    for (let i = 0; i < buildQuarters; i++) {
      const h = start + i;
      if (h < HORIZON) flows[h] = (flows[h] ?? 0) - Math.min(instalment, left - instalment * i);
    }
  }
  let rndM = 0;
  for (const programme of company.programmes) {
    if (programme.ready) continue;
    const chip = chipById(level, programme.chipId);
    if (!chip?.inHouse) continue;
    const left = chip.inHouse.rndQuarters - programme.quartersDone;
    for (let h = 0; h < Math.min(left, HORIZON); h++)
      flows[h] = (flows[h] ?? 0) - chip.inHouse.rndCostPerQuarterM;
    rndM += chip.inHouse.rndCostPerQuarterM;
  }
  let dealCostM = 0;
  for (const deal of state.deals) {
    if (deal.status !== 'active' || (deal.from !== company.id && deal.to !== company.id)) continue;
    deal.terms.forEach((term, index) => {
      if (!('quarters' in term)) return;
      const left = term.quarters - (deal.progress[index]?.quartersDone ?? 0);
      // A commitment sold forward pays nothing until its first quarter.
      const wait = Math.max(0, firstQuarterOf(deal, term) - state.quarter);
      let perQuarter = 0;
      if (term.kind === 'computeCommitment') {
        const amount = cuRevenueM(term.cuPerQuarter, term.pricePerCu);
        perQuarter = term.buyer === company.id ? -amount : term.provider === company.id ? amount : 0;
      } else if (term.kind === 'chipSupply') {
        const amount = term.kPerQuarter * term.priceMPerK;
        perQuarter = term.buyer === company.id ? -amount : term.supplier === company.id ? amount : 0;
        if (term.buyer === company.id) {
          let prepaid = deal.progress[index]?.prepaidLeftM ?? 0;
          for (let h = 0; h < Math.min(left, HORIZON); h++) {
            const drawn = Math.min(prepaid, amount);
            prepaid -= drawn;
            flows[h] = (flows[h] ?? 0) - amount + drawn;
          }
          dealCostM += amount;
          return;
        }
      } else if (term.kind === 'revenueShare') {
        const amount = applyBp(latestRevenue, term.shareBp);
        perQuarter = term.payer === company.id ? -amount : term.payee === company.id ? amount : 0;
      }
      for (let h = wait; h < Math.min(wait + left, HORIZON); h++) flows[h] = (flows[h] ?? 0) + perQuarter;
      if (perQuarter < 0 && wait === 0) dealCostM -= perQuarter;
    });
  }
  const owedM = company.arrears.reduce((sum, arrear) => sum + arrear.amountM, 0);
  const projectedM: number[] = [];
  let cash = company.cashM - owedM;
  let runway = HORIZON;
  let minCashM = cash;
  for (let h = 0; h < HORIZON; h++) {
    cash += flows[h] ?? 0;
    projectedM.push(cash);
    if (cash < minCashM) minCashM = cash;
    if (cash < 0 && runway === HORIZON) runway = h;
  }
  return {
    cashM: company.cashM,
    projectedM,
    minCashM,
    runway,
    fixedCostM: company.staffOpexM + powerM + interestM + rndM + dealCostM,
    owedM,
    // Nothing while the window is shut: a bot does not plan on a round investors will not buy.
    equityRoomM:
      equityWindowShut(state) === null
        ? applyBp(company.valuationM, level.market.equity.maxRaiseBpOfValuation)
        : 0,
    debtRoomM: debtCapacityM(state, company),
    capacityCu: capacity.capacityCu,
  };
}

/** The outlook with extra cash flows (a deal's schedule) laid on top: the lowest point within the horizon, and when. */
export function withFlows(
  outlook: Outlook,
  extraM: readonly number[],
): { minCashM: number; atQuarter: number } {
  let added = 0;
  let minCashM = Number.MAX_SAFE_INTEGER;
  let atQuarter = 0;
  for (let h = 0; h < HORIZON; h++) {
    added += extraM[h] ?? 0;
    const cash = (outlook.projectedM[h] ?? 0) + added;
    if (cash < minCashM) {
      minCashM = cash;
      atQuarter = h;
    }
  }
  return { minCashM, atQuarter };
}

/** Net compute-commitment payments (+ received, − paid) booked in the last quarter's operating cash flow. */
function lastQuarterCommitmentsM(state: GameState, companyId: string): number {
  let net = 0;
  for (const deal of state.deals) {
    if (deal.signedQuarter === null || deal.signedQuarter >= state.quarter) continue;
    const ran =
      deal.status === 'active' || (deal.endedQuarter === state.quarter - 1 && deal.status === 'completed');
    if (!ran) continue;
    for (const term of deal.terms) {
      // Booked last quarter only if it had started by then (one sold forward waits for its first quarter).
      if (term.kind !== 'computeCommitment' || firstQuarterOf(deal, term) > state.quarter - 1) continue;
      const amount = cuRevenueM(term.cuPerQuarter, term.pricePerCu);
      if (term.provider === companyId) net += amount;
      if (term.buyer === companyId) net -= amount;
    }
  }
  return net;
}
