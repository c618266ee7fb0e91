/**
 * Deals a bot offers. Labs short of compute ask clouds for take-or-pay capacity and chipmakers for vendor
 * financing (an investment that comes back as chip orders); clouds sell capacity to labs, invest in labs
 * in exchange for compute purchases (the circular deal of the article), and sell their in-house chips.
 * Each candidate is judged from the bot's own side (it does not see the other's books): it opens with terms
 * a little better for itself and concedes in the counters; partners, whose policy is public, are offered
 * only what they take. One it saw refused recently is not offered again.
 */

import {
  type Action,
  type BotPersonality,
  type CompanyState,
  checkDeal,
  type GameState,
  partnerAnswer,
  type Term,
} from '../core';
import { applyBp, mulDiv } from '../core/intmath';
import type { Partner } from '../core/level/schema';
import { chipById } from '../core/model/capacity';
import { acceptable, judgeDeal } from './judge';
import {
  capacityCu,
  committedCu,
  contractedCu,
  freeSupplyK,
  siteRoomKw,
  spotMarginalPerCu,
  spotOfferedCu,
} from './market';
import type { Outlook } from './outlook';
import { sourceDealProposal } from './source-deals';
import { TRAITS, type Traits } from './traits';

export interface Proposal {
  action: Extract<Action, { type: 'deal/propose' }>;
  valueM: number;
}

export interface ProposalContext {
  company: CompanyState;
  traits: Traits;
  outlook: Outlook;
  /** Compute (CU a quarter) a lab still lacks after what it owns and has coming. */
  computeGapCu: number;
  /** Cash the bot can commit now without breaching its reserve. */
  freeCashM: number;
}

/** Terms of a candidate deal with `to`. */
type Candidate = { to: string; terms: Term[] };

export function bestProposal(state: GameState, ctx: ProposalContext): Proposal | null {
  // A deal the level's sources describe between two seats comes first while its window is open.
  const described = sourceDealProposal(state, ctx);
  if (described) return described;
  const candidates: Candidate[] = [];
  if (ctx.company.role === 'lab') candidates.push(...labCandidates(state, ctx));
  else candidates.push(...cloudCandidates(state, ctx));
  // Judge every candidate from our side first (cheap), then check the rules and the other side's answer
  // only for the best ones, in order.
  const judged: Proposal[] = [];
  for (const candidate of candidates) {
    if (recentlyRefused(state, ctx.company.id, candidate)) continue;
    const mine = judgeDeal(
      state,
      ctx.company,
      ctx.company.id,
      candidate.to,
      candidate.terms,
      ctx.traits,
      ctx.outlook,
    );
    if (mine.ruin || mine.valueM <= 0) continue;
    judged.push({
      action: { type: 'deal/propose', seat: ctx.company.id, to: candidate.to, terms: candidate.terms },
      valueM: mine.valueM,
    });
  }
  judged.sort((a, b) => b.valueM - a.valueM);
  for (const proposal of judged.slice(0, 3)) {
    const { to, terms } = proposal.action;
    // A partner's policy is public, so a bot offers it only what it takes. A seated company is judged
    // from our side alone: we open with terms a little better for us and let it accept, counter or refuse.
    const partner = state.config.partners.some((p) => p.id === to);
    const offer = partner ? terms : opening(terms, ctx.company.id, ctx.traits);
    if (checkDeal(state, ctx.company.id, to, offer)) continue;
    if (partner && !otherSideTakes(state, ctx.company.id, { to, terms })) continue;
    return { ...proposal, action: { ...proposal.action, terms: offer } };
  }
  return null;
}

/**
 * What a bot asks for first: the price of compute moved in its favour by its asking margin, or a larger
 * stake for its money. Conceding is left to the counters.
 */
function opening(terms: readonly Term[], me: string, traits: Traits): Term[] {
  const askBp = traits.counters >= 3 ? 800 : traits.acceptMarginBp > 0 ? 1500 : 1000;
  return terms.map((term): Term => {
    switch (term.kind) {
      case 'computeCommitment': {
        const pricePerCu =
          term.provider === me
            ? applyBp(term.pricePerCu, 10000 + askBp)
            : Math.max(1, applyBp(term.pricePerCu, 10000 - askBp));
        return { ...term, pricePerCu };
      }
      case 'equity':
        return term.investor === me
          ? { ...term, stakeBp: Math.min(4900, applyBp(term.stakeBp, 10000 + askBp)) }
          : term;
      case 'chipSupply':
        return term.supplier === me ? { ...term, priceMPerK: applyBp(term.priceMPerK, 10000 + askBp) } : term;
      default:
        return term;
    }
  });
}

function recentlyRefused(state: GameState, from: string, candidate: Candidate): boolean {
  const kind = candidate.terms[0]?.kind;
  for (let i = state.deals.length - 1; i >= 0; i--) {
    const deal = state.deals[i];
    if (!deal || deal.proposedQuarter < state.quarter - 2) break;
    if (deal.from !== from || deal.to !== candidate.to || deal.terms[0]?.kind !== kind) continue;
    if (deal.status === 'refused' || deal.status === 'blocked' || deal.proposedQuarter === state.quarter)
      return true;
  }
  return false;
}

/** Partners answer by their stated policy; a seated company is judged as a bot of its kind would judge it. */
function otherSideTakes(state: GameState, from: string, candidate: Candidate): boolean {
  const partner = state.config.partners.find((p) => p.id === candidate.to);
  if (partner) return partnerAnswer(state, partner, { terms: candidate.terms, from }).accept;
  const other = state.companies[candidate.to];
  if (!other) return false;
  const seat = state.seats.find((s) => s.companyId === other.id);
  const personality: BotPersonality =
    seat?.controller.kind === 'bot' ? seat.controller.personality : 'dealmaker';
  const traits = TRAITS[personality];
  return acceptable(judgeDeal(state, other, from, candidate.to, candidate.terms, traits), traits);
}

const termQuarters = (traits: Traits) => (traits.reserveQuarters >= 4 ? 6 : traits.counters >= 3 ? 12 : 8);

function labCandidates(state: GameState, ctx: ProposalContext): Candidate[] {
  const out: Candidate[] = [];
  const { company, traits } = ctx;
  const quarters = termQuarters(traits);
  if (ctx.computeGapCu > 0) {
    // Take-or-pay capacity from a cloud: a partner at its floor price, a seated cloud at the reserved price.
    for (const partner of state.config.partners) {
      if (partner.kind !== 'cloud') continue;
      const cu = Math.min(ctx.computeGapCu, partner.maxComputeCu - committedCu(state, partner.id));
      if (cu < 1000) continue;
      out.push({
        to: partner.id,
        terms: [commitment(partner.id, company.id, cu, partner.minPricePerCu, quarters)],
      });
    }
    for (const seat of state.seats) {
      const cloud = state.companies[seat.companyId];
      if (!cloud || cloud.status === 'bankrupt' || cloud.role !== 'cloud') continue;
      const spare = capacityCu(state, cloud) + contractedCu(state, cloud.id);
      const cu = Math.min(ctx.computeGapCu, Math.floor(spare / 3));
      if (cu < 1000) continue;
      const own = capacityCu(state, cloud);
      const price = Math.max(
        reservedPrice(state),
        applyBp(spotMarginalPerCu(state, spotOfferedCu(state), own, 1), 11500),
      );
      out.push({ to: cloud.id, terms: [commitment(cloud.id, company.id, cu, price, quarters)] });
    }
    // Vendor financing: the chipmaker invests, and the money comes back as a reserved chip allocation.
    for (const partner of state.config.partners) {
      const deal = vendorFinancing(state, company, partner);
      if (deal) out.push(deal);
    }
  }
  return out;
}

/**
 * Take-or-pay capacity is priced like reserved capacity: below the spot price, since the cloud sells the
 * whole term in advance and the buyer carries the risk of not needing it (FACTS §3: one-year reserved
 * runs 35–40% below on-demand). The opening price; the bargaining moves it.
 */
export const RESERVED_DISCOUNT_BP = 3500;
const reservedPrice = (state: GameState): number =>
  applyBp(state.market.spotPricePerCu, 10000 - RESERVED_DISCOUNT_BP);

function cloudCandidates(state: GameState, ctx: ProposalContext): Candidate[] {
  const out: Candidate[] = [];
  const { company, traits } = ctx;
  const quarters = termQuarters(traits);
  const own = capacityCu(state, company);
  const spare = own + contractedCu(state, company.id);
  const marginal = spotMarginalPerCu(state, spotOfferedCu(state), own, 1);
  for (const seat of state.seats) {
    const lab = state.companies[seat.companyId];
    if (!lab || lab.status === 'bankrupt' || lab.role !== 'lab') continue;
    const cu = Math.floor(spare / 4);
    if (cu < 1000) continue;
    const price = Math.max(reservedPrice(state), applyBp(marginal, 12500));
    out.push({ to: lab.id, terms: [commitment(company.id, lab.id, cu, price, quarters)] });
    // Spare cash into a fast-growing lab, below the stake that draws the regulator (the financier's way).
    if (traits.reserveQuarters >= 3 && ctx.freeCashM > 0) {
      const held = lab.capTable[company.id] ?? 0;
      const roomBp = Math.max(0, state.config.regulation.pressure.largeStakeBp - 1 - held);
      const amountM = Math.min(applyBp(ctx.freeCashM, 2500), applyBp(lab.valuationM, 400));
      const stakeBp = Math.min(roomBp, mulDiv(amountM, 10000, lab.valuationM + amountM));
      if (amountM >= 500 && stakeBp >= 5)
        out.push({
          to: lab.id,
          terms: [{ kind: 'equity', investor: company.id, investee: lab.id, amountM, stakeBp }],
        });
    }
    // The circle: invest in the lab, and the lab buys compute worth about as much.
    if (traits.counters >= 3 && ctx.freeCashM > 0) {
      const held = lab.capTable[company.id] ?? 0;
      const roomBp = Math.max(0, state.config.regulation.pressure.largeStakeBp - 1 - held);
      const amountM = Math.min(applyBp(ctx.freeCashM, 3000), applyBp(lab.valuationM, 300));
      const stakeBp = Math.min(roomBp, mulDiv(amountM, 10000, lab.valuationM + amountM));
      const perQuarterM = Math.floor(amountM / quarters);
      const circleCu = Math.min(cu, Math.floor((perQuarterM * 1_000_000) / Math.max(1, price)));
      if (amountM >= 100 && stakeBp >= 1 && circleCu >= 1000)
        out.push({
          to: lab.id,
          terms: [
            { kind: 'equity', investor: company.id, investee: lab.id, amountM, stakeBp },
            commitment(company.id, lab.id, circleCu, price, quarters),
          ],
        });
    }
    // In-house chips: the only way anyone else gets them.
    for (const chip of state.config.chips) {
      if (chip.inHouse?.companyId !== company.id) continue;
      if (!company.programmes.some((p) => p.chipId === chip.id && p.ready)) continue;
      const site = roomiestSite(state, lab);
      if (!site) continue;
      const chipQuarters = 4;
      const k = Math.min(
        Math.floor(freeSupplyK(state, chip) / 3),
        Math.floor(site.roomKw / chip.powerW / chipQuarters),
      );
      if (k < 5) continue;
      out.push({
        to: lab.id,
        terms: [
          {
            kind: 'chipSupply',
            supplier: company.id,
            buyer: lab.id,
            chipId: chip.id,
            kPerQuarter: k,
            priceMPerK: applyBp(chip.priceMPerK, 17000),
            quarters: chipQuarters,
            prepaymentM: 0,
            dataCenterId: site.id,
          },
        ],
      });
    }
  }
  return out;
}

function vendorFinancing(state: GameState, lab: CompanyState, partner: Partner): Candidate | null {
  if (partner.kind !== 'chipmaker' || partner.maxInvestmentM <= 0 || partner.chips.length === 0) return null;
  const site = roomiestSite(state, lab);
  if (!site) return null;
  const chip = partner.chips
    .map((id) => chipById(state.config, id))
    .filter((c) => c !== undefined)
    .sort((a, b) => b.computeTf * a.priceMPerK - a.computeTf * b.priceMPerK)[0];
  if (!chip) return null;
  const quarters = 4;
  const k = Math.min(
    Math.floor(freeSupplyK(state, chip) / 2),
    Math.floor(site.roomKw / chip.powerW / quarters),
  );
  if (k < 5) return null;
  const chipsM = k * chip.priceMPerK * quarters;
  // Invest no more than the chip purchases the chipmaker wants back, within its limits, at a fair price.
  const perInvested = Math.max(1, partner.chipOrdersPerInvestmentBp);
  let amountM = Math.min(partner.maxInvestmentM, mulDiv(chipsM, 10000, perInvested));
  const maxForStake = mulDiv(lab.valuationM, partner.maxStakeBp, 10000 - partner.maxStakeBp);
  amountM = Math.min(amountM, maxForStake);
  const stakeBp = Math.max(1, Math.ceil((amountM * 10000) / (lab.valuationM + amountM)));
  if (amountM < 100 || stakeBp > partner.maxStakeBp) return null;
  return {
    to: partner.id,
    terms: [
      { kind: 'equity', investor: partner.id, investee: lab.id, amountM, stakeBp },
      {
        kind: 'chipSupply',
        supplier: partner.id,
        buyer: lab.id,
        chipId: chip.id,
        kPerQuarter: k,
        priceMPerK: chip.priceMPerK,
        quarters,
        prepaymentM: 0,
        dataCenterId: site.id,
      },
    ],
  };
}

function roomiestSite(state: GameState, company: CompanyState): { id: number; roomKw: number } | null {
  let best: { id: number; roomKw: number } | null = null;
  for (const site of company.dataCenters) {
    const roomKw = siteRoomKw(state, company, site);
    if (!best || roomKw > best.roomKw) best = { id: site.id, roomKw };
  }
  return best;
}

const commitment = (
  provider: string,
  buyer: string,
  cuPerQuarter: number,
  pricePerCu: number,
  quarters: number,
): Term => ({
  kind: 'computeCommitment',
  provider,
  buyer,
  cuPerQuarter,
  pricePerCu,
  quarters,
});
