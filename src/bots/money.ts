/**
 * Money moves: getting out of distress (a rescue round, then chip sales), raising when the outlook runs
 * short (debt first for clouds and builders, equity for labs), the IPO test, and the free housekeeping at
 * the end of a turn (repaying debt when flush, ending deals the other side broke).
 */

import { type Action, type CompanyState, type GameState, objectivesFor } from '../core';
import { applyBp, ceilDiv, mulDiv } from '../core/intmath';
import { listingPrice } from '../core/model/ipo-price';
import { equityWindowShut } from '../core/model/round-price';
import type { Outlook } from './outlook';
import type { Traits } from './traits';

/** A major action with its priority and the cash it spends (−) or brings in (+) now. */
export interface Major {
  priority: number;
  action: Action;
  cashM: number;
}

/** Out of distress before the turn ends: a rescue round at a discount, then chips sold if that is not enough. */
export function rescue(state: GameState, company: CompanyState, outlook: Outlook, traits: Traits): Action[] {
  const actions: Action[] = [];
  const seat = company.id;
  // Clear the arrears and keep a quarter of costs, so the next quarter does not tip it back.
  let needM =
    outlook.owedM - company.cashM + Math.ceil(outlook.fixedCostM / Math.max(1, 4 - traits.reserveQuarters));
  if (needM <= 0) return actions;
  const market = state.config.market;
  const price = applyBp(company.valuationM, 10000 - market.equity.emergencyDiscountBp);
  const raiseM = Math.min(needM, applyBp(price, market.equity.maxRaiseBpOfValuation));
  if (raiseM >= 1 && mulDiv(raiseM, 10000, price + raiseM) >= 1) {
    actions.push({ type: 'finance/emergencyRaise', seat, amountM: raiseM });
    needM -= raiseM;
  }
  if (needM <= 0) return actions;
  // Sell chips, idle ones first (sites not yet operating), oldest batches first as the rules do.
  const sites = [...company.dataCenters].sort(
    (a, b) => Number(a.status === 'operating') - Number(b.status === 'operating') || a.id - b.id,
  );
  for (const site of sites) {
    const byChip = new Map<string, { k: number; bookM: number }>();
    for (const batch of company.chipBatches) {
      if (batch.dataCenterId !== site.id) continue;
      const entry = byChip.get(batch.chipId) ?? { k: 0, bookM: 0 };
      entry.k += batch.k;
      entry.bookM += batch.bookValueM;
      byChip.set(batch.chipId, entry);
    }
    for (const [chipId, entry] of [...byChip].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (needM <= 0 || entry.k === 0) break;
      const perK = applyBp(Math.max(1, Math.floor(entry.bookM / entry.k)), market.assetSaleRecoveryBp);
      const k = Math.min(entry.k, ceilDiv(needM, Math.max(1, perK)));
      actions.push({ type: 'assets/sellChips', seat, dataCenterId: site.id, chipId, k });
      needM -= k * perK;
    }
  }
  return actions;
}

export function ipoOpen(state: GameState, company: CompanyState): boolean {
  const rules = state.config.market.ipo;
  const ipoWindow = state.regulation.ipoWindow;
  const minSentiment =
    ipoWindow && ipoWindow.untilQuarter >= state.quarter
      ? Math.min(rules.minSentimentBp, ipoWindow.minSentimentBp)
      : rules.minSentimentBp;
  return (
    equityWindowShut(state) !== 'scare' &&
    company.valuationM >= rules.minValuationM &&
    company.valuation.revenueRunRateM >= rules.minRevenueRunRateM &&
    state.market.sentimentBp >= minSentiment
  );
}

/**
 * Whether a lab whose IPO window is open lists now. An IPO objective is judged by the valuation at the
 * listing itself (passing the bar later does not count), so a personality that holds the listing waits
 * while one is pending and the valuation it would list at (the market's, less the listing's discount) is
 * within reach of the bar but below it — at the risk that a scare shuts the window meanwhile. Far below
 * the bar the money now is worth more than a bar years away; the builder lists at once, as the proceeds
 * buy the capacity it wants.
 */
export function listsNow(state: GameState, company: CompanyState, traits: Traits): boolean {
  if (traits.holdListingFromBp <= 0) return true;
  // Judged by the price the listing would get, not the market valuation: the objective is judged at it.
  // Reach is judged by the price once the last year's rounds have aged out, as they do within four
  // quarters: a lab that raised often is no further from the bar than its valuation says, only later.
  const listingM = listingPrice(state, company).listingValuationM;
  const reachM = listingPrice(state, { ...company, equityRoundQuarters: [] }).listingValuationM;
  return objectivesFor(state, company).every(
    (objective) =>
      objective.kind !== 'ipoAtValuation' ||
      company.objectivesMet[objective.id] !== undefined ||
      (objective.byQuarter !== undefined && state.quarter >= objective.byQuarter) ||
      listingM >= objective.amount ||
      reachM < applyBp(objective.amount, traits.holdListingFromBp),
  );
}

export function funding(
  company: CompanyState,
  outlook: Outlook,
  traits: Traits,
  needM: number,
  priority: number,
): Major[] {
  const seat = company.id;
  const majors: Major[] = [];
  let left = needM;
  // Clouds and builders borrow first (cheaper than equity while lenders allow); labs mostly sell shares.
  const borrowFirst = company.role === 'cloud' || traits.debtAppetiteBp >= 8000;
  const debtM = Math.min(left, applyBp(outlook.debtRoomM, traits.debtAppetiteBp));
  if (borrowFirst && debtM >= 100) {
    majors.push({ priority, action: { type: 'finance/borrow', seat, amountM: debtM }, cashM: debtM });
    left -= debtM;
  }
  const equityM = Math.min(left, outlook.equityRoomM);
  if (left > 0 && equityM >= 100 && mulDiv(equityM, 10000, company.valuationM + equityM) >= 1) {
    majors.push({
      priority: priority - 1,
      action: { type: 'finance/raiseEquity', seat, amountM: equityM },
      cashM: equityM,
    });
    left -= equityM;
  }
  if (!borrowFirst && left > 0 && debtM >= 100)
    majors.push({
      priority: priority - 2,
      action: { type: 'finance/borrow', seat, amountM: Math.min(left, debtM) },
      cashM: Math.min(left, debtM),
    });
  return majors;
}

/** Free actions: repay debt when flush (financier), end deals the other side has broken. */
export function housekeeping(
  state: GameState,
  company: CompanyState,
  outlook: Outlook,
  traits: Traits,
  reserveM: number,
  cashM: number,
): Action[] {
  const actions: Action[] = [];
  if (traits.repayAboveReserves > 0 && company.loans.length > 0) {
    const spareM = Math.min(cashM, outlook.minCashM) - traits.repayAboveReserves * Math.max(1, reserveM);
    const loan = [...company.loans].sort((a, b) => b.rateBp - a.rateBp || a.id - b.id)[0];
    if (loan && spareM > 100)
      actions.push({
        type: 'finance/repay',
        seat: company.id,
        loanId: loan.id,
        amountM: Math.min(spareM, loan.principalM),
      });
  }
  for (const deal of state.deals) {
    if (deal.status !== 'active' || deal.terminableBy !== company.id) continue;
    // Worth ending when we pay under it: the other side failed to deliver.
    const paying = deal.terms.some(
      (t) =>
        (t.kind === 'computeCommitment' && t.buyer === company.id) ||
        (t.kind === 'chipSupply' && t.buyer === company.id),
    );
    if (paying) actions.push({ type: 'deal/terminate', seat: company.id, dealId: deal.id });
  }
  return actions;
}
