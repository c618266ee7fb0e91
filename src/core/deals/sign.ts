/**
 * Signing: one-off terms execute at once (investments, stake sales, prepayments, cash) and recurring terms
 * start their schedule with this quarter's resolution.
 */
import { transfer } from '../ledger';
import { issueNewShares } from '../model/owners';
import { ownRecord } from '../own';
import { formatBp, formatMoney } from '../report';
import type { Deal, GameState } from '../state';
import { accountOf, partyName } from './parties';

export function signDeal(state: GameState, deal: Deal): string[] {
  const log: string[] = [];
  deal.status = 'active';
  deal.signedQuarter = state.quarter;
  deal.progress = deal.terms.map((term) => ({
    quartersDone: 0,
    prepaidLeftM: term.kind === 'chipSupply' ? term.prepaymentM : 0,
    deliveredNow: 0,
    paidM: 0,
  }));
  for (const [index, term] of deal.terms.entries()) {
    const progress = deal.progress[index];
    switch (term.kind) {
      case 'equity': {
        const investee = ownRecord(state.companies, term.investee);
        if (!investee) break;
        issueNewShares(investee, term.investor, term.stakeBp);
        transfer(
          state,
          accountOf(state, term.investor),
          investee.id,
          term.amountM,
          `Investment by ${partyName(state, term.investor)} (deal #${deal.id})`,
        );
        deal.paidBy[term.investor] = (ownRecord(deal.paidBy, term.investor) ?? 0) + term.amountM;
        log.push(
          `${partyName(state, term.investor)} invested ${formatMoney(term.amountM)} in ${investee.name} for ${formatBp(term.stakeBp)} of new shares.`,
        );
        break;
      }
      case 'stakeSale': {
        const target = ownRecord(state.companies, term.companyId);
        if (!target) break;
        target.capTable[term.seller] = (ownRecord(target.capTable, term.seller) ?? 0) - term.stakeBp;
        if (target.capTable[term.seller] === 0) delete target.capTable[term.seller];
        target.capTable[term.buyer] = (ownRecord(target.capTable, term.buyer) ?? 0) + term.stakeBp;
        transfer(
          state,
          accountOf(state, term.buyer),
          accountOf(state, term.seller),
          term.priceM,
          `Stake in ${target.name} (deal #${deal.id})`,
        );
        deal.paidBy[term.buyer] = (ownRecord(deal.paidBy, term.buyer) ?? 0) + term.priceM;
        log.push(
          `${partyName(state, term.seller)} sold ${formatBp(term.stakeBp)} of ${target.name} to ${partyName(state, term.buyer)} for ${formatMoney(term.priceM)}.`,
        );
        break;
      }
      case 'chipSupply':
        if (term.prepaymentM > 0) {
          transfer(
            state,
            accountOf(state, term.buyer),
            accountOf(state, term.supplier),
            term.prepaymentM,
            `Chip prepayment (deal #${deal.id})`,
          );
          deal.paidBy[term.buyer] = (ownRecord(deal.paidBy, term.buyer) ?? 0) + term.prepaymentM;
          if (progress) progress.paidM += term.prepaymentM;
        }
        log.push(
          `${partyName(state, term.supplier)} reserves ${term.kPerQuarter}k ${term.chipId} chips a quarter for ${term.quarters} quarters.`,
        );
        break;
      case 'cash':
        transfer(
          state,
          accountOf(state, term.payer),
          accountOf(state, term.payee),
          term.amountM,
          `Payment (deal #${deal.id})`,
        );
        deal.paidBy[term.payer] = (ownRecord(deal.paidBy, term.payer) ?? 0) + term.amountM;
        log.push(
          `${partyName(state, term.payer)} paid ${partyName(state, term.payee)} ${formatMoney(term.amountM)}.`,
        );
        break;
      default:
        break;
    }
  }
  for (const id of [deal.from, deal.to]) {
    const company = ownRecord(state.companies, id);
    if (company) company.record.signed++;
  }
  return log;
}
