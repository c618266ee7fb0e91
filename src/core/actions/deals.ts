/**
 * Negotiation: propose, counter, accept, refuse, and end a deal after the other side defaulted.
 * A proposal to a level partner is answered at once by the partner's policy. Proposals expire when the
 * quarter resolves. Accepting re-checks both sides (the world may have moved) and goes through regulatory
 * review, which can block the deal: then nothing changes but the proposer's record.
 */
import { checkDeal } from '../deals/check';
import { describeDeal } from '../deals/describe';
import { returnUnusedPrepayment } from '../deals/obligations';
import { findParty, partyName } from '../deals/parties';
import { partnerAnswer } from '../deals/partners';
import { openProposal } from '../deals/proposal';
import { signDeal } from '../deals/sign';
import { beforeAction } from '../read';
import { reviewDeal } from '../regulation/review';
import { newNotes } from '../report';
import { fail, type GameError } from '../result';
import type { CompanyState, Deal, GameState } from '../state';
import { done, type Handler, type HandlerOutcome } from './handler';

/** Rounds one negotiation may run to (the opening offer is round 1). */
export const MAX_NEGOTIATION_ROUNDS = 6;

export const proposeDeal: Handler<'deal/propose'> = (state, action, company) => {
  const problem = checkDeal(beforeAction(state), company.id, action.to, action.terms);
  if (problem) return { ok: false, error: problem };
  const deal = openProposal(state, company.id, action.to, action.terms, null, 1);
  company.record.proposed++;
  const log = [`Proposed deal #${deal.id} to ${partyName(state, action.to)}.`, ...summaryLines(state, deal)];
  const partner = findParty(state, action.to);
  if (partner?.kind !== 'partner')
    return done(
      ...log,
      `${partyName(state, action.to)} can accept, counter or refuse it until the quarter ends.`,
    );
  const answer = partnerAnswer(state, partner.partner, deal);
  if (!answer.accept) {
    refuse(state, deal, answer.reason);
    return done(...log, `${partner.partner.name} refused: ${answer.reason}`);
  }
  return done(...log, `${partner.partner.name} accepts: ${answer.reason}`, ...conclude(state, deal));
};

export const counterDeal: Handler<'deal/counter'> = (state, action, company) => {
  const deal = openDealFor(state, action.dealId, company);
  if (!deal.ok) return deal;
  if (deal.deal.round >= MAX_NEGOTIATION_ROUNDS)
    return fail(
      'deal/tooManyRounds',
      `This negotiation has run ${MAX_NEGOTIATION_ROUNDS} rounds; accept or refuse the last offer.`,
    );
  const problem = checkDeal(beforeAction(state), company.id, deal.deal.from, action.terms);
  if (problem) return { ok: false, error: problem };
  deal.deal.status = 'countered';
  const counter = openProposal(
    state,
    company.id,
    deal.deal.from,
    action.terms,
    deal.deal.id,
    deal.deal.round + 1,
  );
  const log = [
    `Countered deal #${deal.deal.id} with deal #${counter.id} (round ${counter.round}).`,
    ...summaryLines(state, counter),
  ];
  const partner = findParty(state, deal.deal.from);
  if (partner?.kind !== 'partner') return done(...log);
  const answer = partnerAnswer(state, partner.partner, counter);
  if (!answer.accept) {
    refuse(state, counter, answer.reason);
    return done(...log, `${partner.partner.name} refused: ${answer.reason}`);
  }
  return done(...log, `${partner.partner.name} accepts: ${answer.reason}`, ...conclude(state, counter));
};

export const acceptDeal: Handler<'deal/accept'> = (state, action, company) => {
  const deal = openDealFor(state, action.dealId, company);
  if (!deal.ok) return deal;
  const problem = checkDeal(beforeAction(state), deal.deal.from, deal.deal.to, deal.deal.terms);
  if (problem) return { ok: false, error: problem };
  return done(`${company.name} accepted deal #${deal.deal.id}.`, ...conclude(state, deal.deal));
};

/**
 * Why `company` could not accept deal #dealId now, or null if it could: acceptDeal's own checks,
 * without signing anything. A screen listing several proposals asks this of each after every move;
 * applying each acceptance to a copy of the game to find out cost tens of ms in a browser.
 */
export function acceptRefusal(state: GameState, dealId: number, company: CompanyState): GameError | null {
  const deal = openDealFor(state, dealId, company);
  if (!deal.ok) return deal.error;
  return checkDeal(state, deal.deal.from, deal.deal.to, deal.deal.terms);
}

export const refuseDeal: Handler<'deal/refuse'> = (state, action, company) => {
  const deal = openDealFor(state, action.dealId, company);
  if (!deal.ok) return deal;
  const reason = action.reason?.trim() || 'No reason given.';
  refuse(state, deal.deal, reason);
  return done(`${company.name} refused deal #${deal.deal.id}: ${reason}`);
};

export const terminateDeal: Handler<'deal/terminate'> = (state, action, company) => {
  const deal = state.deals.find((d) => d.id === action.dealId);
  if (!deal) return fail('deal/unknown', `There is no deal #${action.dealId}.`);
  if (deal.status !== 'active' || deal.terminableBy !== company.id)
    return fail(
      'deal/notTerminable',
      `Deal #${deal.id} can be ended only by the side the other one failed, while it is in force.`,
    );
  deal.status = 'terminated';
  deal.endedQuarter = state.quarter;
  deal.reason = `Ended by ${company.name} after ${partyName(state, deal.defaultedBy ?? '')} defaulted.`;
  const refunds = deal.terms
    .map((_, index) => returnUnusedPrepayment(state, deal, index, newNotes([])))
    .filter((text): text is string => text !== null);
  return done(
    `${company.name} ended deal #${deal.id}; its remaining obligations are cancelled (money already paid stays paid).`,
    ...refunds,
  );
};

function openDealFor(
  state: GameState,
  dealId: number,
  company: CompanyState,
): { ok: true; deal: Deal } | Extract<HandlerOutcome, { ok: false }> {
  const deal = state.deals.find((d) => d.id === dealId);
  if (!deal) return fail('deal/unknown', `There is no deal #${dealId}.`);
  if (deal.to !== company.id)
    return fail(
      'deal/notRecipient',
      `Deal #${dealId} was offered to ${partyName(state, deal.to)}, not to ${company.name}.`,
    );
  if (deal.status !== 'proposed')
    return fail('deal/notOpen', `Deal #${dealId} is ${deal.status}; only an open proposal can be answered.`);
  return { ok: true, deal };
}

/** Regulatory review, then signing (or the block). */
function conclude(state: GameState, deal: Deal): string[] {
  const review = reviewDeal(state, deal);
  if (review.blocked) {
    deal.status = 'blocked';
    deal.reason = review.reason;
    const proposer = state.companies[deal.from];
    if (proposer) proposer.record.blocked++;
    return [review.reason];
  }
  return [...(review.reviewed ? [review.reason] : []), ...signDeal(state, deal)];
}

function refuse(state: GameState, deal: Deal, reason: string): void {
  deal.status = 'refused';
  deal.reason = reason;
  const proposer = state.companies[deal.from];
  if (proposer) proposer.record.refused++;
}

function summaryLines(state: GameState, deal: Deal): string[] {
  return describeDeal(state, deal.from, deal.to, deal.terms).map(
    (side) =>
      `${side.name} gives ${side.gives.join('; ') || 'nothing'} — and gets ${side.gets.join('; ') || 'nothing'}.`,
  );
}
