/**
 * Both sides' obligations, visible before anyone signs: what each side gives and gets, in sentences, and
 * each side's cash, compute and chips quarter by quarter over the deal's life (the data the negotiation
 * screen draws live as terms change).
 */
import { applyBp } from '../intmath';
import { cuRevenueM } from '../model/market';
import { ownRecord } from '../own';
import { formatBp, formatCount, formatMoney } from '../report';
import type { GameState } from '../state';
import { quarterLabel } from '../time';
import { partyName } from './parties';
import { startOffset, type Term, termParties } from './terms';

export interface ScheduleRow {
  quarter: number;
  label: string;
  cashM: number; // + received, − paid
  computeCu: number; // + received, − provided
  chipsK: number; // + received, − supplied
}

export interface SideSummary {
  party: string;
  name: string;
  gives: string[];
  gets: string[];
  schedule: ScheduleRow[];
}

/**
 * `signedQuarter`: the quarter the deal is signed in — now for a draft or a proposal, the deal's own for
 * one in force (its rows and "from 2027 Q3" count from it).
 */
export function describeDeal(
  state: GameState,
  from: string,
  to: string,
  terms: readonly Term[],
  signedQuarter: number = state.quarter,
): [SideSummary, SideSummary] {
  const span = Math.max(1, ...terms.map((t) => startOffset(t) + ('quarters' in t ? t.quarters : 1)));
  const side = (party: string): SideSummary => ({
    party,
    name: partyName(state, party),
    gives: [],
    gets: [],
    schedule: Array.from({ length: span }, (_, i) => ({
      quarter: signedQuarter + i,
      label: quarterLabel(state.config, signedQuarter + i),
      cashM: 0,
      computeCu: 0,
      chipsK: 0,
    })),
  });
  const sides: Record<string, SideSummary> = { [from]: side(from), [to]: side(to) };
  for (const term of terms) {
    const [a, b] = termParties(term);
    const giver = sides[a];
    const taker = sides[b];
    if (!giver || !taker) continue;
    // Rows from the term's first quarter on (later than the signing one for a commitment sold forward).
    const first = startOffset(term);
    const each = (fn: (row: ScheduleRow, sign: 1 | -1, i: number) => void, quarters: number) => {
      for (let i = 0; i < quarters; i++) {
        const g = giver.schedule[first + i];
        const t = taker.schedule[first + i];
        if (g) fn(g, -1, i);
        if (t) fn(t, 1, i);
      }
    };
    switch (term.kind) {
      case 'equity':
        giver.gives.push(`${formatMoney(term.amountM)} now`);
        giver.gets.push(`${formatBp(term.stakeBp)} of ${taker.name} in new shares`);
        taker.gives.push(`${formatBp(term.stakeBp)} of the company (everyone else diluted)`);
        taker.gets.push(`${formatMoney(term.amountM)} now`);
        each((row, sign, i) => {
          if (i === 0) row.cashM += sign * term.amountM;
        }, 1);
        break;
      case 'stakeSale':
        giver.gives.push(`${formatBp(term.stakeBp)} of ${partyName(state, term.companyId)}`);
        giver.gets.push(`${formatMoney(term.priceM)} now`);
        taker.gives.push(`${formatMoney(term.priceM)} now`);
        taker.gets.push(`${formatBp(term.stakeBp)} of ${partyName(state, term.companyId)}`);
        each((row, sign, i) => {
          if (i === 0) row.cashM -= sign * term.priceM;
        }, 1);
        break;
      case 'computeCommitment': {
        const perQuarter = cuRevenueM(term.cuPerQuarter, term.pricePerCu);
        const starting = first > 0 ? ` from ${quarterLabel(state.config, signedQuarter + first)}` : '';
        giver.gives.push(
          `${formatCount(term.cuPerQuarter)} CU a quarter for ${term.quarters} quarters${starting}`,
        );
        giver.gets.push(
          `${formatMoney(perQuarter)} a quarter, ${formatMoney(perQuarter * term.quarters)} in all (take-or-pay)`,
        );
        taker.gives.push(
          `${formatMoney(perQuarter)} a quarter whether used or not, ${formatMoney(perQuarter * term.quarters)} in all`,
        );
        taker.gets.push(
          `${formatCount(term.cuPerQuarter)} CU a quarter for ${term.quarters} quarters${starting}`,
        );
        each((row, sign) => {
          row.computeCu += sign * term.cuPerQuarter;
          row.cashM -= sign * perQuarter;
        }, term.quarters);
        break;
      }
      case 'chipSupply': {
        const perQuarter = term.kPerQuarter * term.priceMPerK;
        giver.gives.push(
          `${formatCount(term.kPerQuarter * 1000)} ${term.chipId} chips a quarter for ${term.quarters} quarters`,
        );
        giver.gets.push(
          `${formatMoney(perQuarter * term.quarters)} in all${term.prepaymentM > 0 ? `, ${formatMoney(term.prepaymentM)} of it prepaid now` : ''}`,
        );
        taker.gives.push(
          `${formatMoney(perQuarter * term.quarters)} for the chips${term.prepaymentM > 0 ? `, ${formatMoney(term.prepaymentM)} prepaid now` : ''}`,
        );
        taker.gets.push(`a reserved allocation of ${formatCount(term.kPerQuarter * 1000)} chips a quarter`);
        let prepaid = term.prepaymentM;
        each((row, sign, i) => {
          row.chipsK += sign * term.kPerQuarter;
          const fromPrepay = Math.min(prepaid, perQuarter);
          row.cashM -= sign * ((i === 0 ? term.prepaymentM : 0) + perQuarter - fromPrepay);
          if (sign === 1) prepaid -= fromPrepay;
        }, term.quarters);
        break;
      }
      case 'revenueShare': {
        const revenue = ownRecord(state.companies, term.payer)?.revenueHistoryM.at(-1) ?? 0;
        const estimate = applyBp(revenue, term.shareBp);
        giver.gives.push(
          `${formatBp(term.shareBp)} of revenue for ${term.quarters} quarters (about ${formatMoney(estimate)} a quarter at today's revenue)`,
        );
        taker.gets.push(`${formatBp(term.shareBp)} of ${giver.name}'s revenue for ${term.quarters} quarters`);
        each((row, sign) => {
          row.cashM += sign * estimate;
        }, term.quarters);
        break;
      }
      case 'exclusivity':
        giver.gives.push(
          `buys compute and chips only from ${taker.name} for ${term.quarters} quarters (raises regulatory scrutiny)`,
        );
        taker.gets.push(`${giver.name}'s exclusive business for ${term.quarters} quarters`);
        break;
      case 'cash':
        giver.gives.push(`${formatMoney(term.amountM)} now`);
        taker.gets.push(`${formatMoney(term.amountM)} now`);
        each((row, sign, i) => {
          if (i === 0) row.cashM += sign * term.amountM;
        }, 1);
        break;
    }
  }
  return [sides[from] as SideSummary, sides[to] as SideSummary];
}
