/**
 * How a level's non-player partners answer a proposal, by the policy the level states. Each answer comes
 * with a one-line reason the player reads.
 * - A chipmaker invests only when the money comes back as chip orders (vendor financing, like Nvidia's
 *   staged investment tied to chips deployed), within its limits, at no less than list price.
 * - A cloud partner sells committed compute at or above its floor price, up to its spare capacity.
 * - An investor buys new shares at no less than 90% of the company's current valuation.
 * - A chipmaker with a letter of intent (staged investment) invests in the company it names only what the
 *   letter has unlocked so far, and at the company's valuation: it does not overpay for its tranches.
 */
import { mulDiv } from '../intmath';
import type { Partner } from '../level/schema';
import { chipById } from '../model/capacity';
import { ownRecord } from '../own';
import { formatBp, formatCount, formatMoney } from '../report';
import type { Deal, GameState } from '../state';
import { quarterLabel } from '../time';
import { letterStatus } from './programmes';
import type { Term } from './terms';

export interface PartnerAnswer {
  accept: boolean;
  reason: string;
}

const no = (reason: string): PartnerAnswer => ({ accept: false, reason });

export function partnerAnswer(
  state: GameState,
  partner: Partner,
  deal: Pick<Deal, 'terms' | 'from'>,
): PartnerAnswer {
  let investedM = 0;
  let chipPurchasesM = 0;
  for (const term of deal.terms) {
    const refusal = termRefusal(state, partner, term);
    if (refusal) return no(refusal);
    if (term.kind === 'equity') investedM += term.amountM;
    if (term.kind === 'chipSupply') chipPurchasesM += term.kPerQuarter * term.priceMPerK * term.quarters;
  }
  const letterRefusal = letterTermsRefusal(state, partner, deal.terms);
  if (letterRefusal) return no(letterRefusal);
  if (partner.kind === 'chipmaker' && investedM > 0) {
    const wanted = mulDiv(investedM, partner.chipOrdersPerInvestmentBp, 10000);
    if (chipPurchasesM < wanted)
      return no(
        `${partner.name} invests only if ${formatMoney(wanted)} comes back as chip purchases; this deal buys ${formatMoney(chipPurchasesM)}.`,
      );
  }
  return { accept: true, reason: partner.reason };
}

function termRefusal(state: GameState, partner: Partner, term: Term): string | null {
  switch (term.kind) {
    case 'equity': {
      if (term.investor !== partner.id) return `${partner.name} does not issue shares.`;
      if (term.amountM > partner.maxInvestmentM)
        return `${partner.name} invests at most ${formatMoney(partner.maxInvestmentM)} in one deal.`;
      if (term.stakeBp > partner.maxStakeBp)
        return `${partner.name} takes at most ${formatBp(partner.maxStakeBp)} of a company.`;
      // No partner buys shares far below what the market pays: an investor insists on 90% of the
      // valuation, a strategic investor (a chipmaker buying its customer's loyalty) accepts 75%.
      const floorBp = partner.kind === 'investor' ? 9000 : 7500;
      const valuation = ownRecord(state.companies, term.investee)?.valuationM ?? 0;
      const impliedPreMoney = mulDiv(term.amountM, 10000, term.stakeBp) - term.amountM;
      if (impliedPreMoney < mulDiv(valuation, floorBp, 10000))
        return `${partner.name} will not buy below ${formatBp(floorBp)} of the ${formatMoney(valuation)} valuation (this price implies ${formatMoney(impliedPreMoney)}).`;
      return null;
    }
    case 'chipSupply': {
      if (term.supplier !== partner.id || !partner.chips.includes(term.chipId))
        return `${partner.name} does not sell that chip.`;
      const list = chipById(state.config, term.chipId)?.priceMPerK ?? 0;
      return term.priceMPerK < list
        ? `${partner.name} sells at list price: ${formatMoney(list)} per thousand.`
        : null;
    }
    case 'computeCommitment':
      if (term.provider !== partner.id || partner.kind !== 'cloud')
        return `${partner.name} does not buy or sell compute.`;
      return term.pricePerCu < partner.minPricePerCu
        ? `${partner.name} sells committed compute at no less than $${partner.minPricePerCu} per CU.`
        : null;
    case 'exclusivity':
      return term.bound === partner.id ? `${partner.name} does not sign exclusivity.` : null;
    case 'cash':
      return term.payer === partner.id ? `${partner.name} does not pay fees.` : null;
    case 'revenueShare':
      return term.payer === partner.id ? `${partner.name} does not share its revenue.` : null;
    case 'stakeSale':
      return `${partner.name} does not trade stakes.`;
  }
}

/** A letter's tranches: no more than it has unlocked, and shares at no less than 90% of the fair stake. */
function letterTermsRefusal(state: GameState, partner: Partner, terms: readonly Term[]): string | null {
  const status = letterStatus(state, partner);
  if (!status) return null;
  let amountM = 0;
  for (const term of terms) {
    if (term.kind !== 'equity' || term.investee !== status.letter.investee) continue;
    amountM += term.amountM;
    const valuation = ownRecord(state.companies, term.investee)?.valuationM ?? 0;
    const fairBp = mulDiv(term.amountM, 10000, valuation + term.amountM);
    if (term.stakeBp * 10 < fairBp * 9)
      return `${partner.name} buys its tranches at the market's valuation: ${formatBp(fairBp)} for ${formatMoney(term.amountM)}.`;
  }
  if (amountM === 0) return null;
  if (!status.open)
    return `${partner.name}'s letter of intent is signed in ${quarterLabel(state.config, status.letter.fromQuarter - 1)}; it invests from then.`;
  const roomM = Math.max(0, status.unlockedM - status.investedM);
  if (amountM <= roomM) return null;
  const next =
    status.nextStageMw === null
      ? 'every tranche is unlocked'
      : `the next unlocks at ${formatCount(status.nextStageMw)} MW of its chips deployed (own, or under compute commitments)`;
  return `${partner.name}'s letter has unlocked ${formatMoney(roomM)} more for now; ${next}.`;
}
