/**
 * Can both sides deliver what a deal promises? Checked when it is proposed and again when it is accepted
 * (the world may have moved in between). A company cannot promise capacity it does not have, shares it
 * does not own, chips it cannot make or cash it does not hold; each refusal is a typed error.
 */
import { chipById } from '../model/capacity';
import { ownRecord } from '../own';
import { quote } from '../quote';
import { formatCount, formatMoneyPair } from '../report';
import type { GameError } from '../result';
import type { GameState } from '../state';
import { quarterLabel } from '../time';
import { checkFairPrice } from './fair-price';
import { sellableCapacityCu } from './forward-capacity';
import { activeExclusivityOf, committedCuAhead, reservedChipsK } from './obligations';
import { cashOf, findParty, partyName } from './parties';
import { startOffset, type Term, termParties } from './terms';

const error = (code: GameError['code'], message: string): GameError => ({ code, message });

const sumOver = (terms: readonly Term[], amount: (term: Term) => number): number =>
  terms.reduce((sum, term) => sum + amount(term), 0);

export function checkDeal(
  state: GameState,
  from: string,
  to: string,
  terms: readonly Term[],
): GameError | null {
  if (from === to) return error('deal/badParties', 'A company cannot make a deal with itself.');
  for (const id of [from, to]) {
    if (!findParty(state, id))
      return error('deal/unknownParty', `${quote(id)} is not a company or partner still in this game.`);
  }
  const cashNeeded: Record<string, number> = { [from]: 0, [to]: 0 };
  for (const [i, term] of terms.entries()) {
    const [a, b] = termParties(term);
    if (a === b || ![from, to].includes(a) || ![from, to].includes(b))
      return error(
        'deal/badParties',
        `Term ${i + 1} (${term.kind}) must be between ${partyName(state, from)} and ${partyName(state, to)}.`,
      );
    const problem = checkTerm(state, term, terms);
    if (problem) return problem;
    for (const [payer, amountM] of upfrontCash(term)) cashNeeded[payer] = (cashNeeded[payer] ?? 0) + amountM;
  }
  for (const [payer, amountM] of Object.entries(cashNeeded)) {
    if (amountM > cashOf(state, payer))
      return error(
        'deal/cannotPay',
        `${partyName(state, payer)} would pay ${formatMoneyPair(amountM, cashOf(state, payer)).join(' at signing but has ')}.`,
      );
  }
  return checkFairPrice(state, from, to, terms);
}

/** Cash each term moves at signing: [payer, $M]. */
export function upfrontCash(term: Term): [string, number][] {
  switch (term.kind) {
    case 'equity':
      return [[term.investor, term.amountM]];
    case 'stakeSale':
      return [[term.buyer, term.priceM]];
    case 'chipSupply':
      return [[term.buyer, term.prepaymentM]];
    case 'cash':
      return [[term.payer, term.amountM]];
    default:
      return [];
  }
}

function checkTerm(state: GameState, term: Term, allTerms: readonly Term[]): GameError | null {
  switch (term.kind) {
    case 'equity': {
      const investee = findParty(state, term.investee);
      if (investee?.kind !== 'company')
        return error(
          'deal/badParties',
          `${partyName(state, term.investee)} does not issue shares in this game.`,
        );
      return null;
    }
    case 'stakeSale': {
      // A company never holds its own shares (levels are refused for it too).
      if (term.buyer === term.companyId)
        return error('deal/badParties', `${partyName(state, term.buyer)} cannot buy shares in itself.`);
      const target = ownRecord(state.companies, term.companyId);
      if (!target)
        return error(
          'deal/unknownParty',
          `${quote(term.companyId)} is not a company whose shares are held in this game.`,
        );
      const held = ownRecord(target.capTable, term.seller) ?? 0;
      // The same holding may appear in several terms: what the deal sells of it in all of them counts.
      const sold = sumOver(allTerms, (t) =>
        t.kind === 'stakeSale' && t.seller === term.seller && t.companyId === term.companyId ? t.stakeBp : 0,
      );
      if (held < sold)
        return error(
          'deal/notEnoughShares',
          `${partyName(state, term.seller)} holds ${held} bp of ${target.name}, not the ${sold} bp the deal would sell.`,
        );
      return null;
    }
    case 'computeCommitment':
      return checkCompute(state, term, allTerms);
    case 'chipSupply':
      return checkChips(state, term, allTerms);
    case 'revenueShare':
      return null;
    case 'exclusivity': {
      const existing = activeExclusivityOf(state, term.bound);
      if (existing && existing !== term.beneficiary)
        return error(
          'deal/exclusivityConflict',
          `${partyName(state, term.bound)} is already bound exclusively to ${partyName(state, existing)}.`,
        );
      return null;
    }
    case 'cash':
      return null;
  }
}

function checkCompute(
  state: GameState,
  term: Extract<Term, { kind: 'computeCommitment' }>,
  allTerms: readonly Term[],
): GameError | null {
  const provider = findParty(state, term.provider);
  if (provider?.kind === 'company' && provider.company.role !== 'cloud')
    return error(
      'deal/notEnoughCapacity',
      `${provider.company.name} is not a cloud: it has no capacity to sell.`,
    );
  // Several commitments from one provider in one deal share its capacity, quarter by quarter: each
  // quarter from now to the end of the last of them must hold what is already sold plus what is asked.
  const mine = allTerms.filter(
    (t): t is Extract<Term, { kind: 'computeCommitment' }> =>
      t.kind === 'computeCommitment' && t.provider === term.provider,
  );
  const span = Math.max(...mine.map((t) => startOffset(t) + t.quarters));
  const sold = committedCuAhead(state, term.provider, span);
  const today =
    provider?.kind === 'company'
      ? sellableCapacityCu(state, provider.company, 0)
      : provider?.kind === 'partner' && provider.partner.kind === 'cloud'
        ? provider.partner.maxComputeCu
        : 0;
  for (let ahead = 0; ahead < span; ahead++) {
    let askedCu = 0;
    for (const t of mine)
      if (ahead >= startOffset(t) && ahead < startOffset(t) + t.quarters) askedCu += t.cuPerQuarter;
    if (askedCu === 0) continue;
    // What a company may sell later is never less than what it has today: look further only when needed.
    const capacityCu =
      provider?.kind === 'company' && ahead > 0 && askedCu + (sold[ahead] ?? 0) > today
        ? sellableCapacityCu(state, provider.company, ahead)
        : today;
    const availableCu = capacityCu - (sold[ahead] ?? 0);
    if (askedCu <= availableCu) continue;
    const free = formatCount(Math.max(0, availableCu));
    return error(
      'deal/notEnoughCapacity',
      ahead === 0
        ? `${partyName(state, term.provider)} has ${free} CU a quarter not yet committed; the deal asks for ${formatCount(askedCu)}.`
        : `${partyName(state, term.provider)} can sell at most ${free} CU a quarter more for ${quarterLabel(state.config, state.quarter + ahead)} (its sites finished by then, and the free grid power it could build on in time); the deal asks for ${formatCount(askedCu)}.`,
    );
  }
  return exclusivityBlocks(state, term.buyer, term.provider, allTerms);
}

function checkChips(
  state: GameState,
  term: Extract<Term, { kind: 'chipSupply' }>,
  allTerms: readonly Term[],
): GameError | null {
  const chip = chipById(state.config, term.chipId);
  if (!chip)
    return error('deal/cannotSupplyChip', `There is no chip called ${quote(term.chipId)} in this level.`);
  const supplier = findParty(state, term.supplier);
  const makesIt =
    supplier?.kind === 'partner'
      ? supplier.partner.chips.includes(chip.id)
      : chip.inHouse?.companyId === term.supplier &&
        (ownRecord(state.companies, term.supplier)?.programmes.some((p) => p.chipId === chip.id && p.ready) ??
          false);
  if (!makesIt)
    return error(
      'deal/cannotSupplyChip',
      `${partyName(state, term.supplier)} cannot supply ${chip.name} (not its chip, or its programme is not finished).`,
    );
  const free = chip.supplyKPerQuarter - reservedChipsK(state, chip.id);
  // Several supply terms for one chip in one deal share its supply.
  const askedK = sumOver(allTerms, (t) =>
    t.kind === 'chipSupply' && t.chipId === term.chipId ? t.kPerQuarter : 0,
  );
  if (askedK > free)
    return error(
      'deal/cannotSupplyChip',
      `Only ${formatCount(Math.max(0, free) * 1000)} ${chip.name} a quarter are not yet reserved; the deal asks for ${formatCount(askedK * 1000)}.`,
    );
  const buyer = ownRecord(state.companies, term.buyer);
  if (!buyer?.dataCenters.some((dc) => dc.id === term.dataCenterId))
    return error(
      'deal/badParties',
      `${partyName(state, term.buyer)} has no data center #${term.dataCenterId} to receive the chips.`,
    );
  if (term.prepaymentM > term.kPerQuarter * term.priceMPerK * term.quarters)
    return error('deal/cannotPay', 'The prepayment is larger than the whole supply is worth.');
  return exclusivityBlocks(state, term.buyer, term.supplier, allTerms);
}

/** A buyer bound by exclusivity may buy only from its beneficiary — unless this very deal is with it. */
function exclusivityBlocks(
  state: GameState,
  buyer: string,
  seller: string,
  allTerms: readonly Term[],
): GameError | null {
  const boundTo = activeExclusivityOf(state, buyer);
  if (boundTo && boundTo !== seller)
    return error(
      'deal/exclusivityConflict',
      `${partyName(state, buyer)} is bound exclusively to ${partyName(state, boundTo)} and cannot buy from ${partyName(state, seller)}.`,
    );
  const newBond = allTerms.find(
    (t) => t.kind === 'exclusivity' && t.bound === buyer && t.beneficiary !== seller,
  );
  if (newBond)
    return error(
      'deal/exclusivityConflict',
      'The deal binds the buyer exclusively to someone other than its seller.',
    );
  return null;
}
