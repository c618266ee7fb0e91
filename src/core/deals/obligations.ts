/**
 * Signed deals become scheduled obligations, delivered and paid in resolution each quarter — exactly once
 * per term per quarter, until each recurring term has run its quarters.
 * - Compute commitments are delivered before compute is used (the provider sells less on the spot market,
 *   the buyer has more to use) and paid after revenue: take-or-pay, whether the buyer used it or not.
 * - Chip supply is delivered before the open chip queue, from the chip's supply, and paid on delivery
 *   (prepayment drawn down first).
 * - Revenue shares are paid on the quarter's revenue.
 * A payment the payer cannot make is a default: the unpaid amount plus a 10% penalty becomes an arrear
 * owed to the other side, the market adds a risk discount for a year, and the other side may end the deal.
 */
import { applyBp, mulDiv } from '../intmath';
import { payWhatYouCan } from '../ledger';
import { cuRevenueM } from '../model/market';
import { ownRecord } from '../own';
import { formatCount, formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { Deal, GameState } from '../state';
import { accountOf, partyName } from './parties';
import { startOffset, type Term, type TermOf } from './terms';

export const DEFAULT_PENALTY_BP = 1000;
export const DEFAULT_RISK_BP = 1500;
export const DEFAULT_RISK_QUARTERS = 4;

type Running<K extends Term['kind']> = { deal: Deal; index: number; term: TermOf<K> };

/** A company that has failed and left the game can neither deliver nor pay: its deals are over. */
const hasFailedParty = (state: GameState, deal: Deal): boolean =>
  [deal.from, deal.to].some((id) => ownRecord(state.companies, id)?.status === 'bankrupt');

/** The quarter a signed term first delivers in: the signing quarter, or later for one sold forward. */
export const firstQuarterOf = (deal: Deal, term: Term): number =>
  (deal.signedQuarter ?? Number.MAX_SAFE_INTEGER) + startOffset(term);

/** A term sold forward is signed but not yet running: nothing is delivered or paid before its first quarter. */
export const hasStarted = (state: GameState, deal: Deal, term: Term): boolean =>
  firstQuarterOf(deal, term) <= state.quarter;

/** Recurring terms of signed deals that have started and still have quarters to run. */
export function runningTerms<K extends Term['kind']>(state: GameState, kind: K): Running<K>[] {
  const out: Running<K>[] = [];
  for (const deal of state.deals) {
    if (deal.status !== 'active' || hasFailedParty(state, deal)) continue;
    deal.terms.forEach((term, index) => {
      if (term.kind !== kind || !('quarters' in term) || !hasStarted(state, deal, term)) return;
      if ((deal.progress[index]?.quartersDone ?? 0) < term.quarters)
        out.push({ deal, index, term: term as TermOf<K> });
    });
  }
  return out;
}

/**
 * CU a quarter `providerId` has sold, running or sold forward, in each of the next `quarters` quarters
 * (index 0: this one). A new commitment must fit beside what is sold in each quarter it runs.
 */
export function committedCuAhead(state: GameState, providerId: string, quarters: number): number[] {
  const out = new Array<number>(quarters).fill(0);
  for (const deal of state.deals) {
    if (deal.status !== 'active' || hasFailedParty(state, deal)) continue;
    deal.terms.forEach((term, index) => {
      if (term.kind !== 'computeCommitment' || term.provider !== providerId) return;
      // The quarters still to deliver, as offsets from now: a running term from 0, a forward one from its start.
      const left = term.quarters - (deal.progress[index]?.quartersDone ?? 0);
      const first = Math.max(0, firstQuarterOf(deal, term) - state.quarter);
      for (let ahead = first; ahead < Math.min(first + left, quarters); ahead++)
        out[ahead] = (out[ahead] ?? 0) + term.cuPerQuarter;
    });
  }
  return out;
}

export const reservedChipsK = (state: GameState, chipId: string): number =>
  runningTerms(state, 'chipSupply')
    .filter((r) => r.term.chipId === chipId)
    .reduce((sum, r) => sum + r.term.kPerQuarter, 0);

/**
 * What each buyer must pay in the `quarters` resolutions from `fromQuarter` on under the take-or-pay
 * terms it has signed (compute commitments and chip supply, prepayment already made deducted), $M by
 * buyer: the fixed charges the market weighs against revenue, whatever the demand turns out to be.
 * `fromQuarter` is the first quarter not yet resolved — this one during a turn, the next one at a
 * quarter's end, when the valuation asks (a running term's remaining quarters start there; a term sold
 * forward counts only from its own first quarter). One walk over the deals for every company.
 */
export function takeOrPayDueByBuyer(
  state: GameState,
  quarters: number,
  fromQuarter: number,
): Map<string, number> {
  const due = new Map<string, number>();
  const add = (buyer: string, amountM: number) => due.set(buyer, (due.get(buyer) ?? 0) + amountM);
  for (const deal of state.deals) {
    if (deal.status !== 'active' || hasFailedParty(state, deal)) continue;
    deal.terms.forEach((term, index) => {
      if (term.kind !== 'computeCommitment' && term.kind !== 'chipSupply') return;
      const progress = deal.progress[index];
      const wait = Math.max(0, firstQuarterOf(deal, term) - fromQuarter);
      const left = Math.min(quarters - wait, term.quarters - (progress?.quartersDone ?? 0));
      if (left <= 0) return;
      if (term.kind === 'computeCommitment')
        add(term.buyer, left * cuRevenueM(term.cuPerQuarter, term.pricePerCu));
      else
        add(
          term.buyer,
          Math.max(0, left * term.kPerQuarter * term.priceMPerK - (progress?.prepaidLeftM ?? 0)),
        );
    });
  }
  return due;
}

/** What `buyerId` must pay in the next `quarters` resolutions under its take-or-pay terms, $M (during a turn). */
export const takeOrPayDueM = (
  state: GameState,
  buyerId: string,
  quarters: number,
  fromQuarter = state.quarter,
): number => takeOrPayDueByBuyer(state, quarters, fromQuarter).get(buyerId) ?? 0;

/** The beneficiary a company is bound to by an exclusivity in force, if any. */
export const activeExclusivityOf = (state: GameState, companyId: string): string | null =>
  runningTerms(state, 'exclusivity').find((r) => r.term.bound === companyId)?.term.beneficiary ?? null;

/**
 * This quarter's compute deliveries, in deal order: each provider serves its commitments from its capacity
 * until it runs out (partners up to their stated maximum). Returns CU out per provider and in per buyer.
 */
export function deliverCompute(
  state: GameState,
  capacityOf: (companyId: string) => number,
  notes: ResolutionNotes,
) {
  const outCu: Record<string, number> = {};
  const inCu: Record<string, number> = {};
  for (const { deal, index, term } of runningTerms(state, 'computeCommitment')) {
    const progress = deal.progress[index];
    if (!progress) continue;
    const partner = state.config.partners.find((p) => p.id === term.provider);
    const capacity = partner ? partner.maxComputeCu : capacityOf(term.provider);
    const delivered = Math.max(
      0,
      Math.min(term.cuPerQuarter, capacity - (ownRecord(outCu, term.provider) ?? 0)),
    );
    progress.deliveredNow = delivered;
    if (startOffset(term) > 0 && progress.quartersDone === 0) {
      // Sold forward: the quarter it was bought for has come (the ledger showed it waiting).
      const text = `The compute ${partyName(state, term.provider)} sold forward to ${partyName(state, term.buyer)} under deal #${deal.id} starts this quarter: ${formatCount(term.cuPerQuarter)} CU a quarter for ${term.quarters} quarters.`;
      noteFor(notes, term.buyer, text);
      noteFor(notes, term.provider, text);
    }
    outCu[term.provider] = (ownRecord(outCu, term.provider) ?? 0) + delivered;
    inCu[term.buyer] = (ownRecord(inCu, term.buyer) ?? 0) + delivered;
    if (delivered < term.cuPerQuarter) {
      const text = `${partyName(state, term.provider)} delivered only ${formatCount(delivered)} of the ${formatCount(term.cuPerQuarter)} CU committed under deal #${deal.id}; ${partyName(state, term.buyer)} pays only for what arrived and may end the deal.`;
      noteFor(notes, term.buyer, text);
      noteFor(notes, term.provider, text);
      deal.terminableBy = term.buyer;
      deal.defaultedBy = term.provider;
    }
  }
  return { outCu, inCu };
}

/** Pays everything the running terms owe this quarter, then moves each term on one quarter. */
export function settleObligations(state: GameState, notes: ResolutionNotes): void {
  for (const deal of state.deals) {
    if (deal.status !== 'active') continue;
    if (hasFailedParty(state, deal)) {
      endWithFailedParty(state, deal, notes);
      continue;
    }
    deal.terms.forEach((term, index) => {
      const progress = deal.progress[index];
      if (!progress || !('quarters' in term) || progress.quartersDone >= term.quarters) return;
      if (!hasStarted(state, deal, term)) return;
      const owed = amountOwed(state, term, progress.deliveredNow);
      if (owed) {
        const [payer, payee, amountM, label] = owed;
        const drawn = term.kind === 'chipSupply' ? Math.min(progress.prepaidLeftM, amountM) : 0;
        progress.prepaidLeftM -= drawn;
        const due = amountM - drawn;
        const unpaid = payWhatYouCan(
          state,
          accountOf(state, payer),
          accountOf(state, payee),
          due,
          `${label} (deal #${deal.id})`,
        );
        progress.paidM += due - unpaid;
        deal.paidBy[payer] = (ownRecord(deal.paidBy, payer) ?? 0) + due - unpaid;
        if (term.kind === 'computeCommitment') bookContractSale(state, payer, payee, due - unpaid);
        if (unpaid > 0) recordDefault(state, deal, payer, payee, unpaid, label, notes);
      }
      progress.quartersDone++;
      progress.deliveredNow = 0;
      if (progress.quartersDone >= term.quarters) returnUnusedPrepayment(state, deal, index, notes);
    });
    const finished = deal.terms.every(
      (term, i) => !('quarters' in term) || (deal.progress[i]?.quartersDone ?? 0) >= term.quarters,
    );
    if (finished) {
      deal.status = 'completed';
      deal.endedQuarter = state.quarter;
      noteFor(notes, deal.from, `Deal #${deal.id} with ${partyName(state, deal.to)} has run its course.`);
      noteFor(notes, deal.to, `Deal #${deal.id} with ${partyName(state, deal.from)} has run its course.`);
    }
  }
  reportCircularMoney(state, notes);
}

/**
 * Capacity sold under contract is revenue for the cloud that provides it, like capacity sold on the spot
 * market, and an operating cost for the buyer: it moves both run-rates, valuations and runways.
 */
function bookContractSale(state: GameState, buyer: string, provider: string, paidM: number): void {
  if (paidM <= 0) return;
  const seller = ownRecord(state.companies, provider);
  if (seller) {
    const last = seller.revenueHistoryM.length - 1;
    if (last >= 0) seller.revenueHistoryM[last] = (seller.revenueHistoryM[last] ?? 0) + paidM;
    seller.totals.revenueM += paidM;
    seller.operatingCashFlowM += paidM;
  }
  const customer = ownRecord(state.companies, buyer);
  if (customer) customer.operatingCashFlowM -= paidM;
}

/**
 * A chip supply that ends with prepayment left (export controls or a short supply held chips back) pays
 * it back: the buyer paid for chips it never received. A supplier that cannot refund it has defaulted.
 * Returns the sentence for the log, or null when nothing was left.
 */
export function returnUnusedPrepayment(
  state: GameState,
  deal: Deal,
  index: number,
  notes: ResolutionNotes,
): string | null {
  const term = deal.terms[index];
  const progress = deal.progress[index];
  if (term?.kind !== 'chipSupply' || !progress || progress.prepaidLeftM <= 0) return null;
  const leftM = progress.prepaidLeftM;
  progress.prepaidLeftM = 0;
  const label = 'Unused chip prepayment returned';
  const unpaid = payWhatYouCan(
    state,
    accountOf(state, term.supplier),
    accountOf(state, term.buyer),
    leftM,
    `${label} (deal #${deal.id})`,
  );
  progress.paidM -= leftM - unpaid;
  deal.paidBy[term.buyer] = (ownRecord(deal.paidBy, term.buyer) ?? 0) - (leftM - unpaid);
  if (unpaid > 0) recordDefault(state, deal, term.supplier, term.buyer, unpaid, label, notes);
  const text = `${partyName(state, term.supplier)} returned ${formatMoney(leftM - unpaid)} of prepayment for chips it did not deliver under deal #${deal.id}.`;
  if (ownRecord(state.companies, term.buyer)) noteFor(notes, term.buyer, text);
  if (ownRecord(state.companies, term.supplier)) noteFor(notes, term.supplier, text);
  return text;
}

function endWithFailedParty(state: GameState, deal: Deal, notes: ResolutionNotes): void {
  const failed =
    [deal.from, deal.to].find((id) => ownRecord(state.companies, id)?.status === 'bankrupt') ?? '';
  const other = failed === deal.from ? deal.to : deal.from;
  deal.status = 'terminated';
  deal.endedQuarter = state.quarter;
  deal.reason = `Ended: ${partyName(state, failed)} failed and left the game.`;
  if (ownRecord(state.companies, other))
    noteFor(notes, other, `Deal #${deal.id} ended: ${partyName(state, failed)} failed and left the game.`);
}

/** [payer, payee, $M, label] for this quarter of a recurring term, or null when nothing is due. */
function amountOwed(
  state: GameState,
  term: Term,
  delivered: number,
): [string, string, number, string] | null {
  switch (term.kind) {
    case 'computeCommitment':
      return [term.buyer, term.provider, cuRevenueM(delivered, term.pricePerCu), 'Compute commitment'];
    case 'chipSupply':
      return [term.buyer, term.supplier, delivered * term.priceMPerK, 'Chip supply'];
    case 'revenueShare': {
      const revenue = ownRecord(state.companies, term.payer)?.revenueHistoryM.at(-1) ?? 0;
      return [term.payer, term.payee, applyBp(revenue, term.shareBp), 'Revenue share'];
    }
    default:
      return null;
  }
}

export function recordDefault(
  state: GameState,
  deal: Deal,
  payer: string,
  payee: string,
  unpaidM: number,
  label: string,
  notes: ResolutionNotes,
): void {
  const company = ownRecord(state.companies, payer);
  if (!company) return;
  const penaltyM = applyBp(unpaidM, DEFAULT_PENALTY_BP);
  company.arrears.push({
    to: accountOf(state, payee),
    amountM: unpaidM + penaltyM,
    reason: `${label} missed under deal #${deal.id}, with a ${formatMoney(penaltyM)} penalty`,
  });
  company.record.defaults++;
  company.riskEffects.push({
    bp: DEFAULT_RISK_BP,
    untilQuarter: state.quarter + DEFAULT_RISK_QUARTERS - 1, // this quarter's valuation is the first of four
    reason: `missed a payment to ${partyName(state, payee)}`,
  });
  deal.defaultedBy = payer;
  deal.terminableBy = payee;
  noteFor(
    notes,
    payer,
    `Default: ${formatMoney(unpaidM)} of ${label.toLowerCase()} owed to ${partyName(state, payee)} under deal #${deal.id} went unpaid. It is now owed with a ${formatMoney(penaltyM)} penalty, the market marks the company down for a year, and ${partyName(state, payee)} may end the deal.`,
  );
  noteFor(
    notes,
    payee,
    `${partyName(state, payer)} defaulted on ${formatMoney(unpaidM)} owed under deal #${deal.id}; you may end the deal.`,
  );
  notes.headlines.push(`${partyName(state, payer)} defaulted on a payment to ${partyName(state, payee)}.`);
}

/**
 * Vendor financing made visible: where one side invested in the other under a deal and money comes back
 * to the investor as payments, the report says how much of the investment has gone round.
 */
function reportCircularMoney(state: GameState, notes: ResolutionNotes): void {
  for (const deal of state.deals) {
    // While the money goes round, and once more in the quarter the deal completes — not every quarter after.
    const running =
      deal.status === 'active' || (deal.status === 'completed' && deal.endedQuarter === state.quarter);
    if (!running) continue;
    for (const term of deal.terms) {
      if (term.kind !== 'equity') continue;
      const returned = ownRecord(deal.paidBy, term.investee) ?? 0;
      if (returned <= 0) continue;
      const shareBp = mulDiv(returned, 10000, term.amountM);
      const text = `Circular money (deal #${deal.id}): ${partyName(state, term.investor)} invested ${formatMoney(term.amountM)} in ${partyName(state, term.investee)}, and ${formatMoney(returned)} (${Math.floor(shareBp / 100)}%) has come back to it as payments under the same deal.`;
      noteFor(notes, term.investee, text);
      if (ownRecord(state.companies, term.investor)) noteFor(notes, term.investor, text);
      else notes.headlines.push(text);
    }
  }
}
