/**
 * What partners' programmes do each quarter. At the start of a quarter a partner offers its programme's
 * next deal as a proposal the company may accept or refuse (proposals lapse when the quarter ends, and
 * the offer is made again while it stands): Nvidia the next tranche its letter has unlocked, AMD its chip
 * supply agreement until the holder signs one. When a quarter resolves, warrant tranches vest for the
 * chips now running for the holder (`deployed-for.ts`).
 */
import { ceilDiv, mulDiv } from '../intmath';
import { transfer } from '../ledger';
import type { Partner } from '../level/schema';
import { chipById } from '../model/capacity';
import { ownRecord } from '../own';
import { formatCount, formatMoney, noteFor, type ResolutionNotes } from '../report';
import type { CompanyState, GameState } from '../state';
import { checkDeal } from './check';
import { partnerMwDeployedFor } from './deployed-for';
import { reservedChipsK, runningTerms } from './obligations';
import {
  letterStatus,
  recordLetters,
  tranchesFor,
  vestedTranches,
  warrantJoined,
  warrantTrancheM,
} from './programmes';
import { openProposal } from './proposal';
import type { Term } from './terms';

/** The smallest tranche worth offering, $M. */
const MIN_TRANCHE_M = 1000;
const MIN_QUARTERS = 4;
const MAX_QUARTERS = 8;
/** The smallest agreement worth offering, thousands of chips a quarter. */
const MIN_AGREEMENT_K = 5;

/** A company still playing in a seat, by id. */
function seated(state: GameState, id: string): CompanyState | null {
  const company = ownRecord(state.companies, id);
  if (!company || company.status === 'bankrupt') return null;
  return state.seats.some((seat) => seat.companyId === id) ? company : null;
}

/** IT kW of a site not yet taken by chips installed, on order or under supply deals. */
function siteRoomKw(state: GameState, company: CompanyState, siteId: number): number {
  const site = company.dataCenters.find((dc) => dc.id === siteId);
  if (!site) return 0;
  const pueBp = state.config.regions.find((region) => region.id === site.regionId)?.pueBp ?? 10000;
  const watts = (chipId: string) => chipById(state.config, chipId)?.powerW ?? 0;
  let roomKw = Math.floor((site.mw * 1000 * 10000) / pueBp);
  for (const batch of company.chipBatches)
    if (batch.dataCenterId === site.id) roomKw -= batch.k * watts(batch.chipId);
  for (const order of state.orders)
    if (order.companyId === company.id && order.dataCenterId === site.id)
      roomKw -= (order.k - order.deliveredK) * watts(order.chipId);
  for (const { deal, index, term } of runningTerms(state, 'chipSupply'))
    if (term.buyer === company.id && term.dataCenterId === site.id)
      roomKw -=
        (term.quarters - (deal.progress[index]?.quartersDone ?? 0)) * term.kPerQuarter * watts(term.chipId);
  return Math.max(0, roomKw);
}

/** The site with the most room for chips: where a programme's supply is delivered. */
function roomiestSite(state: GameState, company: CompanyState): { id: number; roomKw: number } | null {
  let best: { id: number; roomKw: number } | null = null;
  for (const site of company.dataCenters) {
    const roomKw = siteRoomKw(state, company, site.id);
    if (!best || roomKw > best.roomKw) best = { id: site.id, roomKw };
  }
  return best;
}

/** The partner's chip with the most compute per dollar. */
function bestChip(state: GameState, partner: Partner) {
  return partner.chips
    .map((id) => chipById(state.config, id))
    .filter((chip) => chip !== undefined)
    .sort((a, b) => b.computeTf * a.priceMPerK - a.computeTf * b.priceMPerK || a.id.localeCompare(b.id))[0];
}

/**
 * The letter's next tranche: new shares at the investee's valuation, and a chip supply at list price
 * worth at least as much, prepaid from the investment (the money returns as chip orders at once).
 */
export function letterOfferTerms(state: GameState, partner: Partner): Term[] | null {
  const status = letterStatus(state, partner);
  if (!status?.open) return null;
  const lab = seated(state, status.letter.investee);
  const chip = bestChip(state, partner);
  const site = lab ? roomiestSite(state, lab) : null;
  if (!lab || !chip || !site || lab.valuationM <= 0) return null;
  const siteId = site.id;
  const maxForStake = mulDiv(lab.valuationM, partner.maxStakeBp, 10000 - partner.maxStakeBp);
  // No more chips than the lab's roomiest site can power: a partner sells what can be installed.
  const roomM = Math.floor(site.roomKw / chip.powerW) * chip.priceMPerK;
  let amountM = Math.min(status.unlockedM - status.investedM, partner.maxInvestmentM, maxForStake, roomM);
  const freeK = chip.supplyKPerQuarter - reservedChipsK(state, chip.id);
  if (freeK <= 0) return null;
  // As few quarters as the free supply allows; a smaller tranche if even the longest will not carry it.
  let quarters = MIN_QUARTERS;
  while (quarters < MAX_QUARTERS && ceilDiv(amountM, chip.priceMPerK * quarters) > freeK) quarters++;
  amountM = Math.min(amountM, freeK * chip.priceMPerK * quarters);
  if (amountM < MIN_TRANCHE_M) return null;
  const kPerQuarter = ceilDiv(amountM, chip.priceMPerK * quarters);
  const stakeBp = ceilDiv(amountM * 10000, lab.valuationM + amountM);
  return [
    { kind: 'equity', investor: partner.id, investee: lab.id, amountM, stakeBp },
    {
      kind: 'chipSupply',
      supplier: partner.id,
      buyer: lab.id,
      chipId: chip.id,
      kPerQuarter,
      priceMPerK: chip.priceMPerK,
      quarters,
      prepaymentM: amountM,
      dataCenterId: siteId,
    },
  ];
}

/** The agreement a warrant comes with: a reserved supply of the partner's chip at list price. */
export function warrantOfferTerms(state: GameState, partner: Partner): Term[] | null {
  const warrant = partner.warrant;
  if (!warrant || state.quarter + 1 < warrant.fromQuarter) return null;
  const holder = seated(state, warrant.holder);
  const chip = chipById(state.config, warrant.offer.chipId);
  const site = holder ? roomiestSite(state, holder) : null;
  if (!holder || !chip || !site || warrantJoined(state, partner, holder.id)) return null;
  const siteId = site.id;
  // As much of the stated allocation as the supply not yet reserved and the roomiest site can take.
  const kPerQuarter = Math.min(
    warrant.offer.kPerQuarter,
    chip.supplyKPerQuarter - reservedChipsK(state, chip.id),
    Math.floor(site.roomKw / chip.powerW / warrant.offer.quarters),
  );
  if (kPerQuarter < MIN_AGREEMENT_K) return null;
  return [
    {
      kind: 'chipSupply',
      supplier: partner.id,
      buyer: holder.id,
      chipId: chip.id,
      kPerQuarter,
      priceMPerK: chip.priceMPerK,
      quarters: warrant.offer.quarters,
      prepaymentM: 0,
      dataCenterId: siteId,
    },
  ];
}

/**
 * The letter's progress in words. A milestone once reached is kept, but what runs for the lab can fall
 * below it (a commitment ends): then the words say both, or "0 MW so far" would read as progress lost.
 */
function deployedSoFar(newMw: number, reachedMw: number): string {
  if (newMw >= reachedMw) return `${formatCount(newMw)} MW so far`;
  return `${formatCount(newMw)} MW running now; the ${formatCount(reachedMw)} MW reached earlier stays counted`;
}

/** Start of a quarter: each programme's standing offer, as a proposal its company may accept or refuse. */
export function offerProgrammes(state: GameState): void {
  if (state.phase === 'over') return;
  recordLetters(state);
  for (const partner of state.config.partners) {
    const letter = letterOfferTerms(state, partner);
    if (letter && partner.stagedInvestment) {
      const status = letterStatus(state, partner);
      const next =
        status?.nextStageMw === null || status === null
          ? 'it is the last'
          : `the next unlocks at ${formatCount(status.nextStageMw)} MW of its chips deployed (${deployedSoFar(status.newMw, status.stages * partner.stagedInvestment.stageMw)}, in the lab's sites and its share of its compute providers')`;
      propose(
        state,
        partner.id,
        partner.stagedInvestment.investee,
        letter,
        `${partner.name}'s letter of intent: a tranche of its staged investment, which returns as chip orders; ${next}.`,
      );
    }
    const agreement = warrantOfferTerms(state, partner);
    if (agreement && partner.warrant) {
      const w = partner.warrant;
      propose(
        state,
        partner.id,
        w.holder,
        agreement,
        `${partner.name}'s agreement: sign it and a warrant for ${formatCount(w.sharesK * 1000)} ${partner.name} shares vests in ${w.tranches} tranches, one per ${formatCount(w.stageMw)} MW of its chips running for you, in your sites or your share of a provider's under a commitment (${formatMoney(warrantTrancheM(w))} each).`,
      );
    }
  }
}

function propose(state: GameState, from: string, to: string, terms: Term[], reason: string): void {
  if (checkDeal(state, from, to, terms)) return;
  openProposal(state, from, to, terms, null, 1, reason);
}

/** End of a quarter: warrant tranches vest for the partner's chips now running; each is exercised and sold. */
export function vestWarrants(state: GameState, notes: ResolutionNotes): void {
  for (const partner of state.config.partners) {
    const warrant = partner.warrant;
    if (!warrant) continue;
    const holder = seated(state, warrant.holder);
    if (!holder || !warrantJoined(state, partner, holder.id)) continue;
    const mw = partnerMwDeployedFor(state, partner, holder);
    const due = tranchesFor(warrant, mw);
    let vested = vestedTranches(state, partner.id);
    if (due <= vested) continue;
    const trancheM = warrantTrancheM(warrant);
    const sharesK = Math.floor(warrant.sharesK / warrant.tranches);
    const price = `$${formatCount(Math.floor(warrant.sharePriceCents / 100))}`;
    for (; vested < due; vested++) {
      transfer(
        state,
        `npc:${partner.id}`,
        holder.id,
        trancheM,
        `${partner.name} warrant, tranche ${vested + 1} of ${warrant.tranches}`,
      );
      noteFor(
        notes,
        holder.id,
        `${partner.name}'s warrant: tranche ${vested + 1} of ${warrant.tranches} vested with ${formatCount(mw)} MW of its chips running for it (its own, and its share of its compute providers'); ${formatCount(sharesK * 1000)} shares exercised and sold at ${price} bring ${formatMoney(trancheM)}.`,
      );
    }
    notes.headlines.push(
      `${holder.name} has vested ${vested} of ${warrant.tranches} tranches of ${partner.name}'s warrant.`,
    );
    state.warrantTranches[partner.id] = vested;
  }
}
