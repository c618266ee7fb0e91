/**
 * How a bot judges a deal: what it is worth to this company over its life (cash, compute, chips, stakes,
 * regulatory cost), and whether it would ruin it — push projected cash below what it could still raise.
 * Built on `describeDeal`'s schedule, the same numbers a human sees on the negotiation screen.
 */

import {
  type CompanyState,
  describeDeal,
  formatMoney,
  type GameState,
  quarterLabel,
  type Term,
} from '../core';
import { applyBp, mulDiv } from '../core/intmath';
import type { ChipType } from '../core/level/schema';
import { chipById } from '../core/model/capacity';
import { formatCount } from '../core/report';
import {
  capacityCu,
  contractedCu,
  inferenceCuFor,
  labDemandM,
  pipelineCu,
  siteRoomKw,
  spotMarginalPerCu,
  spotOfferedCu,
  spotPriceAt,
} from './market';
import { HORIZON, type Outlook, outlookOf, withFlows } from './outlook';
import type { Traits } from './traits';

export interface Judgement {
  /** What the deal is worth to this company, $M (discounted, all terms). */
  valueM: number;
  /** Money the deal moves in all, $M: margins are measured against it. */
  sizeM: number;
  /** The deal would leave the company short: by how much, and when. */
  ruin: { shortM: number; quarter: number } | null;
  /** The biggest thing the company gives and gets, for the one-line reason. */
  gain: string;
  cost: string;
}

/** Discount per quarter ahead (bp): money later is worth less, and plans change. */
const DISCOUNT_BP = 200;
const discountBp = (quarter: number): number => Math.max(4000, 10000 - DISCOUNT_BP * quarter);
const discount = (amount: number, quarter: number): number => applyBp(amount, discountBp(quarter));

/**
 * CU-quarters of a commitment as the judgement weighs them, each quarter discounted as its payment is:
 * $1 a CU more moves the deal's value by this many dollars. A term sold forward weighs less than its
 * size (its payments come later).
 */
export function weighedCuQuarters(cuPerQuarter: number, quarters: number, firstRow: number): number {
  let bp = 0;
  for (let i = firstRow; i < firstRow + quarters; i++) bp += discountBp(i);
  return mulDiv(cuPerQuarter, bp, 10000);
}

/** $ a CU a quarter is worth to this company, for `cu` more (or fewer) of it. */
export function computeValuePerCu(
  state: GameState,
  company: CompanyState,
  cu: number,
  traits: Traits,
): number {
  const spot = state.market.spotPricePerCu;
  if (company.role === 'cloud') {
    const own = capacityCu(state, company) + contractedCu(state, company.id);
    return spotMarginalPerCu(state, spotOfferedCu(state), Math.max(0, own), 1);
  }
  const needed = inferenceCuFor(state, labDemandM(state, company, 2));
  const usable = capacityCu(state, company) + contractedCu(state, company.id);
  const inference = Math.max(0, Math.min(cu, needed - applyBp(usable, 10000 - company.trainingShareBp)));
  const trainingValue = applyBp(
    Math.max(spot, spotPriceAt(state, spotOfferedCu(state), 2)),
    traits.computeAppetiteBp,
  );
  const inferenceValue = Math.max(trainingValue, applyBp(state.config.market.inferencePricePerCu, 6000));
  if (cu <= 0) return trainingValue;
  return Math.floor((inference * inferenceValue + (cu - inference) * trainingValue) / cu);
}

export function judgeDeal(
  state: GameState,
  company: CompanyState,
  from: string,
  to: string,
  terms: readonly Term[],
  traits: Traits,
  outlook: Outlook = outlookOf(state, company),
): Judgement {
  const sides = describeDeal(state, from, to, terms);
  const mine = sides[0].party === company.id ? sides[0] : sides[1];
  let valueM = 0;
  let sizeM = 0;
  const cashFlows: number[] = [];
  let gain = { text: '', amount: 0 };
  let cost = { text: '', amount: 0 };
  const note = (amount: number, text: string) => {
    if (amount > gain.amount) gain = { text, amount };
    if (-amount > cost.amount) cost = { text, amount: -amount };
  };

  // Cash, as the schedule shows it.
  let cashIn = 0;
  let cashOut = 0;
  mine.schedule.forEach((row, i) => {
    cashFlows.push(row.cashM);
    // Cash now counts for more to a cautious company, compute for more to a builder.
    valueM += discount(applyBp(row.cashM, 10000 + (i === 0 ? traits.cashNowPremiumBp : 0)), i);
    sizeM += Math.abs(row.cashM);
    if (row.cashM > 0) cashIn += row.cashM;
    else cashOut -= row.cashM;
  });
  if (cashIn > 0) note(cashIn, `${formatMoney(cashIn)} of cash`);
  if (cashOut > 0) note(-cashOut, `${formatMoney(cashOut)} of payments`);

  // Compute received (+) or provided (−), valued at what it earns this company: the first quarter that
  // carries any (later than the signing quarter for a commitment sold forward) sets the amount.
  const firstCu = mine.schedule.find((row) => row.computeCu !== 0)?.computeCu ?? 0;
  if (firstCu !== 0) {
    const perCu = computeValuePerCu(state, company, Math.abs(firstCu), traits);
    let computeM = 0;
    mine.schedule.forEach((row, i) => {
      computeM += discount(mulDiv(row.computeCu, perCu, 1_000_000), i);
    });
    valueM += computeM;
    sizeM += Math.abs(computeM);
    note(computeM, `${formatCount(Math.abs(firstCu))} CU a quarter of compute`);
  }

  const rules = state.config.regulation;
  const scrutinyPointCostM = Math.max(1, Math.floor(company.valuationM / 20000));
  const nearInquiry = company.scrutiny * 2 >= rules.thresholds.inquiry;
  for (const term of terms) {
    switch (term.kind) {
      case 'chipSupply': {
        // Chips at list price are worth their price, plus a premium for skipping the queue.
        const chip = chipById(state.config, term.chipId);
        const totalK = term.kPerQuarter * term.quarters;
        // Chips the site cannot power are worth nothing to the buyer until it builds more.
        const site = company.dataCenters.find((dc) => dc.id === term.dataCenterId);
        const usefulK =
          term.buyer === company.id && chip && site
            ? Math.min(totalK, Math.floor(siteRoomKw(state, company, site) / chip.powerW))
            : totalK;
        const worthM = usefulK * (chip ? chipWorthMPerK(state, chip) : term.priceMPerK);
        const queuePremium = chip && term.buyer === company.id ? applyBp(worthM, 1000) : 0;
        const chipsValue =
          term.buyer === company.id ? worthM + queuePremium : -totalK * (chip?.priceMPerK ?? 0);
        valueM += discount(chipsValue, Math.min(term.quarters, 4));
        note(chipsValue, `${formatCount(totalK * 1000)} ${chip?.name ?? term.chipId} chips`);
        break;
      }
      case 'equity': {
        const investee = state.companies[term.investee];
        const worthM = investee ? mulDiv(investee.valuationM + term.amountM, term.stakeBp, 10000) : 0;
        if (term.investee === company.id) {
          valueM -= worthM;
          note(-worthM, `${(term.stakeBp / 100).toFixed(1)}% of the company`);
        } else if (term.investor === company.id) {
          // A minority stake is hard to sell (90%), but it rides the company's growth: half its yearly
          // revenue growth, up to +50%, is what an investor pays for. A large stake draws the regulator.
          const growthBp = Math.max(0, Math.min(5000, Math.floor((investee?.valuation.growthBp ?? 0) / 2)));
          valueM += applyBp(applyBp(worthM, 10000 + growthBp), 9000);
          note(worthM, `a ${(term.stakeBp / 100).toFixed(1)}% stake in ${investee?.name ?? term.investee}`);
          const held = investee?.capTable[company.id] ?? 0;
          if (held + term.stakeBp >= rules.pressure.largeStakeBp)
            valueM -= rules.pressure.perLargeStake * HORIZON * scrutinyPointCostM * (nearInquiry ? 4 : 1);
        }
        sizeM += term.amountM;
        break;
      }
      case 'stakeSale': {
        const target = state.companies[term.companyId];
        const standalone = target ? Math.max(0, target.valuation.totalM - target.valuation.stakesValueM) : 0;
        const worthM = mulDiv(standalone, term.stakeBp, 10000);
        valueM += term.buyer === company.id ? applyBp(worthM, 9000) : -worthM;
        break;
      }
      case 'exclusivity': {
        const scrutinyM =
          rules.pressure.perExclusivity * Math.min(term.quarters, HORIZON) * scrutinyPointCostM;
        const flexibilityM = applyBp(sizeM, term.bound === company.id ? 800 : 0);
        valueM -= (nearInquiry ? 4 : 1) * scrutinyM + flexibilityM;
        if (term.bound === company.id) note(-flexibilityM - scrutinyM, 'an exclusivity that ties our hands');
        break;
      }
      default:
        break;
    }
  }

  // A lab gets revenue from compute it can sell: count half of it against the ruin test.
  const flows = cashFlows.slice();
  if (company.role === 'lab' && firstCu > 0) {
    const needed = inferenceCuFor(state, labDemandM(state, company, 2));
    const servable = Math.max(0, Math.min(firstCu, needed - outlook.capacityCu - pipelineCu(state, company)));
    const earnM = mulDiv(servable, state.config.market.inferencePricePerCu, 2_000_000);
    for (let i = 0; i < flows.length; i++)
      if ((mine.schedule[i]?.computeCu ?? 0) > 0) flows[i] = (flows[i] ?? 0) + earnM;
  }
  const withDeal = withFlows(outlook, flows);
  const cushionM = Math.floor(Math.max(0, outlook.equityRoomM) / 2) + Math.floor(outlook.debtRoomM / 2);
  const ruin =
    withDeal.minCashM < -cushionM && withDeal.minCashM < outlook.minCashM
      ? { shortM: -withDeal.minCashM, quarter: state.quarter + withDeal.atQuarter }
      : null;
  return { valueM, sizeM: Math.max(1, sizeM), ruin, gain: gain.text, cost: cost.text };
}

/**
 * What a thousand chips are worth: their list price, or — for a chip nobody else can buy, like a cloud's
 * in-house design — the price of the same compute in the best chip on open sale.
 */
export function chipWorthMPerK(state: GameState, chip: ChipType): number {
  let bestPerTf = Number.MAX_SAFE_INTEGER;
  for (const other of state.config.chips) {
    if (other.inHouse) continue;
    bestPerTf = Math.min(bestPerTf, other.priceMPerK / other.computeTf);
  }
  if (bestPerTf === Number.MAX_SAFE_INTEGER) return chip.priceMPerK;
  return Math.max(chip.priceMPerK, Math.floor(chip.computeTf * bestPerTf));
}

/** Accept when the deal is worth at least the personality's margin on its size. */
export const acceptable = (judgement: Judgement, traits: Traits): boolean =>
  !judgement.ruin && judgement.valueM * 10000 >= traits.acceptMarginBp * judgement.sizeM;

export function ruinReason(state: GameState, judgement: Judgement): string {
  const ruin = judgement.ruin;
  if (!ruin) return '';
  return `it would leave us ${formatMoney(ruin.shortM)} short by ${quarterLabel(state.config, ruin.quarter)}, more than we could raise in time`;
}
