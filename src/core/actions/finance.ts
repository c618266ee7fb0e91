/** Equity rounds, debt, the IPO and the emergency raise that is part of the insolvency process. */
import { applyBp, mulDiv } from '../intmath';
import { transfer } from '../ledger';
import { stakeForInvestment } from '../model/cap-table';
import { listingPrice } from '../model/ipo-price';
import { lendingLimitM } from '../model/lending';
import { issueNewShares } from '../model/owners';
import {
  type DiscountParts,
  EQUITY_WINDOW_MIN_SENTIMENT_BP,
  equityWindowShut,
  MAX_ROUND_DISCOUNT_BP,
  roundPrice,
} from '../model/round-price';
import { totalDebtM } from '../model/valuation';
import { beforeAction } from '../read';
import { formatBp, formatMoney, formatMoneyPair } from '../report';
import { fail, type GameError } from '../result';
import type { CompanyState, GameState } from '../state';
import { quarterLabel } from '../time';
import { done, type Handler, type HandlerOutcome } from './handler';

/** Where a round's discount comes from, each reason with its share, as investors would explain it. */
function discountWhy(parts: DiscountParts, size = 'its size'): string {
  const rounds = parts.repeatRounds === 1 ? 'a round' : `${parts.repeatRounds} rounds`;
  const reasons = [
    parts.sizeBp > 0 ? `${formatBp(parts.sizeBp)} for ${size}` : '',
    parts.repeatBp > 0 ? `${formatBp(parts.repeatBp)} for ${rounds} in the last year` : '',
    parts.sentimentBp > 0 ? `${formatBp(parts.sentimentBp)} for a market below neutral` : '',
    parts.shrinkingBp > 0 ? `${formatBp(parts.shrinkingBp)} for shrinking revenue` : '',
  ].filter((reason) => reason !== '');
  return `${reasons.join(', ')}${parts.capped ? `; capped at ${formatBp(MAX_ROUND_DISCOUNT_BP)}` : ''}`;
}

export const raiseEquity: Handler<'finance/raiseEquity'> = (state, action, company) => {
  if (company.equityRoundQuarters.includes(state.quarter))
    return fail(
      'finance/oneRoundPerQuarter',
      `${company.name} has already raised equity this quarter; investors will see it again next quarter.`,
    );
  const shut = windowShutError(state);
  if (shut) return { ok: false, error: shut };
  const price = roundPrice(company, action.amountM, state.quarter, state.market.sentimentBp);
  const refusal = checkRaise(state, action.amountM, company.valuationM, price.preMoneyM);
  if (refusal) return { ok: false, error: refusal };
  const holder = `${company.isPublic ? 'Follow-on' : 'Round'} investors, ${quarterLabel(state.config, state.quarter)}`;
  const outcome = sellShares(state, company, action.amountM, price.preMoneyM, holder, 'Equity raised');
  if (outcome.ok && price.discountBp > 0)
    outcome.log.push(
      `Investors priced the round ${formatBp(price.discountBp)} below the ${formatMoney(company.valuationM)} valuation (${discountWhy(price.parts)}): the owners pay that discount.`,
    );
  return outcome;
};

export const emergencyRaise: Handler<'finance/emergencyRaise'> = (state, action, company) => {
  if (company.status !== 'distressed')
    return fail(
      'finance/notDistressed',
      'An emergency raise is only for a company in distress; use a normal equity round.',
    );
  const price = applyBp(company.valuationM, 10000 - state.config.market.equity.emergencyDiscountBp);
  const refusal = checkRaise(state, action.amountM, company.valuationM, price);
  if (refusal) return { ok: false, error: refusal };
  const holder = `Rescue investors, ${quarterLabel(state.config, state.quarter)}`;
  const outcome = sellShares(state, company, action.amountM, price, holder, 'Emergency equity raised');
  if (outcome.ok)
    outcome.log.push(
      `Rescue investors paid ${formatBp(10000 - state.config.market.equity.emergencyDiscountBp)} of the last valuation: existing holders pay for the distress.`,
    );
  return outcome;
};

function windowShutError(state: GameState): GameError | null {
  switch (equityWindowShut(state)) {
    case 'sentiment':
      return {
        code: 'finance/windowShut',
        message: `Investors buy no new shares while sentiment is ${formatBp(state.market.sentimentBp)} of neutral (below ${formatBp(EQUITY_WINDOW_MIN_SENTIMENT_BP)}); only a rescue round in distress is possible until it recovers.`,
      };
    case 'scare':
      return {
        code: 'finance/windowShut',
        message: `After the scare investors buy no new shares until the end of ${quarterLabel(state.config, state.market.equityShutUntilQuarter ?? state.quarter)}, whatever the mood; only a rescue round in distress is possible.`,
      };
    case null:
      return null;
  }
}

/** The round's limit is a share of the valuation itself; its price (`preMoneyM`) sets the stake sold. */
function checkRaise(
  state: GameState,
  amountM: number,
  valuationM: number,
  preMoneyM: number,
): GameError | null {
  const maxM = applyBp(valuationM, state.config.market.equity.maxRaiseBpOfValuation);
  if (amountM > maxM)
    return {
      code: 'finance/raiseTooLarge',
      message: `Investors will put in at most ${formatBp(state.config.market.equity.maxRaiseBpOfValuation)} of the ${formatMoney(valuationM)} valuation in one round: ${formatMoney(maxM)}.`,
    };
  if (stakeForInvestment(amountM, preMoneyM) < 1)
    return {
      code: 'finance/raiseTooLarge',
      message: 'That raise is too small to issue even 0.01% of the company.',
    };
  return null;
}

function sellShares(
  state: GameState,
  company: CompanyState,
  amountM: number,
  preMoneyM: number,
  holder: string,
  label: string,
): HandlerOutcome {
  const stakeBp = stakeForInvestment(amountM, preMoneyM);
  issueNewShares(company, holder, stakeBp);
  transfer(state, 'ext:investors', company.id, amountM, label);
  company.totals.raisedM += amountM;
  company.equityRoundQuarters = [...company.equityRoundQuarters, state.quarter].slice(-8);
  return done(
    `${formatMoney(amountM)} raised at a ${formatMoney(preMoneyM)} pre-money valuation: new investors own ${formatBp(company.capTable[holder] ?? stakeBp)}, and every existing holder is diluted by the same proportion.`,
  );
}

/** Lenders lend up to their limit against assets and cash flow (see model/lending.ts), less what is owed. */
export function debtCapacityM(state: GameState, draftCompany: CompanyState): number {
  return Math.max(0, lendingLimitM(state, draftCompany) - totalDebtM(beforeAction(draftCompany)));
}

export const borrowingRateBp = (state: GameState, company: CompanyState): number =>
  state.market.baseRateBp +
  state.config.market.debt.spreadBp +
  Math.floor(company.valuation.riskDiscountBp / 10);

export const borrow: Handler<'finance/borrow'> = (state, action, company) => {
  const capacityM = debtCapacityM(state, company);
  if (action.amountM > capacityM)
    return fail(
      'finance/debtLimit',
      `Lenders will lend ${formatMoneyPair(capacityM, action.amountM).join(' more against your assets and cash flow; ')} was asked for.`,
    );
  const rateBp = borrowingRateBp(state, company);
  // Interest is paid at the end of every quarter from this one: a term of N quarters pays it N times.
  const maturityQuarter = state.quarter + state.config.market.debt.termQuarters - 1;
  company.loans.push({ id: state.nextId++, principalM: action.amountM, rateBp, maturityQuarter });
  transfer(state, 'ext:lenders', company.id, action.amountM, 'Borrowed');
  return done(
    `Borrowed ${formatMoney(action.amountM)} at ${formatBp(rateBp)} a year: ${formatMoney(mulDiv(action.amountM, rateBp, 40000))} of interest a quarter, principal due at the end of ${quarterLabel(state.config, maturityQuarter)}.`,
  );
};

export const repay: Handler<'finance/repay'> = (state, action, company) => {
  const loan = company.loans.find((l) => l.id === action.loanId);
  if (!loan) return fail('finance/unknownLoan', `You have no loan #${action.loanId}.`);
  const amountM = Math.min(action.amountM, loan.principalM);
  if (amountM > company.cashM)
    return fail(
      'money/notEnoughCash',
      `Repaying ${formatMoneyPair(amountM, company.cashM).join(' needs that much cash; you have ')}.`,
    );
  transfer(state, company.id, 'ext:lenders', amountM, 'Loan repaid early');
  loan.principalM -= amountM;
  company.loans = company.loans.filter((l) => l.principalM > 0);
  return done(`Repaid ${formatMoney(amountM)} of loan #${loan.id}; ${formatMoney(loan.principalM)} remains.`);
};

export const ipo: Handler<'finance/ipo'> = (state, _action, company) => {
  if (company.isPublic) return fail('finance/alreadyPublic', `${company.name} is already listed.`);
  // A lasting scare shuts listings too (a sentiment shortfall is judged by the IPO's own, higher bar).
  const scare = equityWindowShut(state) === 'scare' ? windowShutError(state) : null;
  if (scare) return { ok: false, error: scare };
  const rules = state.config.market.ipo;
  const missing: string[] = [];
  if (company.valuationM < rules.minValuationM)
    missing.push(
      `a valuation of at least ${formatMoney(rules.minValuationM)} (now ${formatMoney(company.valuationM)})`,
    );
  if (company.valuation.revenueRunRateM < rules.minRevenueRunRateM)
    missing.push(
      `a revenue run-rate of at least ${formatMoney(rules.minRevenueRunRateM)} (now ${formatMoney(company.valuation.revenueRunRateM)})`,
    );
  const ipoWindow = state.regulation.ipoWindow;
  const minSentimentBp =
    ipoWindow && ipoWindow.untilQuarter >= state.quarter
      ? Math.min(rules.minSentimentBp, ipoWindow.minSentimentBp)
      : rules.minSentimentBp;
  if (state.market.sentimentBp < minSentimentBp)
    missing.push(
      `market sentiment of at least ${formatBp(minSentimentBp)} of neutral (now ${formatBp(state.market.sentimentBp)})`,
    );
  if (missing.length > 0)
    return fail('finance/ipoConditions', `The IPO window is shut: it needs ${missing.join(', ')}.`);
  // Sell floatBp of the company after the listing at the listing's price, priced as a round.
  const price = listingPrice(state, company);
  issueNewShares(company, 'Public shareholders', rules.floatBp);
  transfer(state, 'ext:investors', company.id, price.proceedsM, 'IPO proceeds');
  company.totals.raisedM += price.proceedsM;
  company.isPublic = true;
  company.ipoQuarter = state.quarter;
  company.ipoValuationM = price.listingValuationM;
  const sale = `selling ${formatBp(rules.floatBp)} of the company to the public for ${formatMoney(price.proceedsM)}`;
  return done(
    price.discountBp > 0
      ? `${company.name} listed at a ${formatMoney(price.listingValuationM)} valuation, priced ${formatBp(price.discountBp)} below its ${formatMoney(company.valuationM)} market valuation (${discountWhy(price.parts, "the float's size")}), ${sale}: the owners pay that discount.`
      : `${company.name} listed at a ${formatMoney(price.listingValuationM)} valuation, ${sale}.`,
  );
};
