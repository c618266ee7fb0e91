/**
 * Partners' staged programmes, as the sources describe them: Nvidia's letter of intent (an investment in
 * tranches, each unlocked by another gigawatt of its chips deployed for the lab, returning as chip orders)
 * and AMD's warrant (shares that vest as AMD chips are deployed for the holder). What counts as deployed
 * for a company is in `deployed-for.ts`. This module only reads the state: how much
 * a programme has unlocked, invested or vested. Offers and vesting are in `programme-offers.ts`.
 */
import type { Partner } from '../level/schema';
import { ownRecord } from '../own';
import type { GameState } from '../state';
import { partnerMwDeployedFor } from './deployed-for';
import type { Term } from './terms';

export type StagedInvestment = NonNullable<Partner['stagedInvestment']>;
export type Warrant = NonNullable<Partner['warrant']>;

/** Equity the partner has bought in `investee` under signed deals, $M. */
export function investedByPartnerM(state: GameState, partnerId: string, investee: string): number {
  let total = 0;
  for (const deal of state.deals) {
    if (deal.signedQuarter === null) continue;
    for (const term of deal.terms)
      if (term.kind === 'equity' && term.investor === partnerId && term.investee === investee)
        total += term.amountM;
  }
  return total;
}

export interface LetterStatus {
  letter: StagedInvestment;
  /** The letter has been signed (its first quarter has come). */
  open: boolean;
  /**
   * MW of the partner's chips deployed for the investee (own and under commitments) since the letter was
   * signed; 0 before.
   */
  newMw: number;
  /** Gigawatt milestones (stages) reached since the signing, kept once reached. */
  stages: number;
  unlockedM: number;
  investedM: number;
  /** New MW at which the next tranche unlocks, or null when every tranche has. */
  nextStageMw: number | null;
}

/**
 * The letter's milestones count gigawatts deployed from its signing, as the sources' do (the first
 * gigawatt of systems under it was due in the second half of 2026): chips already running for the
 * investee when it was signed are not new. The baseline is stored when the letter's first quarter
 * begins (`recordLetters`); read before then, the letter counts from now. A milestone reached stays
 * reached — a gigawatt deployed was deployed, and a tranche unlocked is not withdrawn when a commitment
 * whose chips counted ends.
 */
export function letterStatus(state: GameState, partner: Partner): LetterStatus | null {
  const letter = partner.stagedInvestment;
  if (!letter) return null;
  const investee = ownRecord(state.companies, letter.investee);
  const open = state.quarter + 1 >= letter.fromQuarter;
  let newMw = 0;
  if (open && investee) {
    const mw = partnerMwDeployedFor(state, partner, investee);
    newMw = Math.max(0, mw - (ownRecord(state.letterBaselineMw, partner.id) ?? mw));
  }
  const stages = Math.max(Math.floor(newMw / letter.stageMw), ownRecord(state.letterStages, partner.id) ?? 0);
  const unlockedM = open ? Math.min(letter.totalM, letter.firstM + stages * letter.perStageM) : 0;
  const allUnlocked = letter.firstM + stages * letter.perStageM >= letter.totalM;
  return {
    letter,
    open,
    newMw,
    stages,
    unlockedM,
    investedM: investedByPartnerM(state, partner.id, letter.investee),
    nextStageMw: allUnlocked ? null : (stages + 1) * letter.stageMw,
  };
}

/**
 * Start of a quarter: a letter whose first quarter has come is signed, its baseline stored; a signed
 * letter's milestones reached so far are kept.
 */
export function recordLetters(state: GameState): void {
  for (const partner of state.config.partners) {
    const letter = partner.stagedInvestment;
    if (!letter || state.quarter + 1 < letter.fromQuarter) continue;
    const investee = ownRecord(state.companies, letter.investee);
    if (!investee) continue;
    if (ownRecord(state.letterBaselineMw, partner.id) === undefined)
      state.letterBaselineMw[partner.id] = partnerMwDeployedFor(state, partner, investee);
    const status = letterStatus(state, partner);
    if (status) state.letterStages[partner.id] = status.stages;
  }
}

/** $M one vested tranche of the warrant is worth: its shares at the share price, less the strike. */
export function warrantTrancheM(warrant: Warrant): number {
  // thousands of shares × cents = $10 per unit; $M = sharesK × cents / 100,000.
  return Math.floor(
    (warrant.sharesK * (warrant.sharePriceCents - warrant.strikeCents)) / warrant.tranches / 100_000,
  );
}

/** The holder has signed a chip supply agreement with the partner: its warrant can vest. */
export function warrantJoined(state: GameState, partner: Partner, holder: string): boolean {
  return state.deals.some(
    (deal) =>
      deal.signedQuarter !== null &&
      deal.terms.some(
        (term) => term.kind === 'chipSupply' && term.supplier === partner.id && term.buyer === holder,
      ),
  );
}

/** Tranches the warrant would have vested with `mw` of the partner's chips running. */
export const tranchesFor = (warrant: Warrant, mw: number): number =>
  Math.min(warrant.tranches, Math.floor(mw / warrant.stageMw));

export const vestedTranches = (state: GameState, partnerId: string): number =>
  ownRecord(state.warrantTranches, partnerId) ?? 0;

/** Which programme a proposal is the standing offer of: a letter's tranche, a warrant's agreement, or none. */
export function programmeOfferKind(
  state: GameState,
  deal: { from: string; to: string; terms: readonly Term[] },
): 'letter' | 'warrant' | null {
  const partner = state.config.partners.find((p) => p.id === deal.from);
  if (!partner) return null;
  const letter = partner.stagedInvestment;
  if (
    letter?.investee === deal.to &&
    deal.terms.some((t) => t.kind === 'equity' && t.investor === partner.id && t.investee === deal.to)
  )
    return 'letter';
  const warrant = partner.warrant;
  if (
    warrant?.holder === deal.to &&
    deal.terms.every((t) => t.kind === 'chipSupply' && t.supplier === partner.id && t.buyer === deal.to)
  )
    return 'warrant';
  return null;
}
