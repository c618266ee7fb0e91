/**
 * Answering a partner programme's standing offer (Nvidia's letter of intent, AMD's agreement). Its terms
 * are the partner's public policy, so there is nothing to bargain over: a bot signs when the deal is worth
 * something to it and would not leave it short, and refuses otherwise — never counters. The deal is judged
 * like any other (`judgeDeal`), plus, for a warrant's agreement, the tranches its chips would vest.
 */
import type { CompanyState, Deal, GameState } from '../core';
import { partnerMwDeployedFor } from '../core/deals/deployed-for';
import { programmeOfferKind, vestedTranches, warrantJoined, warrantTrancheM } from '../core/deals/programmes';
import { applyBp, mulDiv } from '../core/intmath';
import { chipById } from '../core/model/capacity';
import { formatMoney } from '../core/report';
import { judgeDeal, ruinReason } from './judge';
import type { Answer } from './negotiate';
import { outlookOf } from './outlook';
import type { Traits } from './traits';

/** Vesting is years away and depends on building the sites: count 70% of it. */
const WARRANT_CONFIDENCE_BP = 7000;

/** The bot's answer to a programme offer, or null when the deal is not one (answered the usual way). */
export function answerProgrammeOffer(
  state: GameState,
  company: CompanyState,
  deal: Deal,
  traits: Traits,
): Answer | null {
  const kind = programmeOfferKind(state, deal);
  if (!kind) return null;
  const judgement = judgeDeal(
    state,
    company,
    deal.from,
    deal.to,
    deal.terms,
    traits,
    outlookOf(state, company),
  );
  const warrantM = kind === 'warrant' ? warrantValueM(state, company, deal) : 0;
  const valueM = judgement.valueM + warrantM;
  const seat = company.id;
  if (judgement.ruin)
    return {
      action: {
        type: 'deal/refuse',
        seat,
        dealId: deal.id,
        reason: `Refused: ${ruinReason(state, judgement)}.`,
      },
      reason: `Refused: ${ruinReason(state, judgement)}.`,
    };
  if (valueM > 0) {
    const why =
      warrantM > 0 ? `, ${formatMoney(warrantM)} of it the warrant tranches its chips would vest` : '';
    return {
      action: { type: 'deal/accept', seat, dealId: deal.id },
      reason: `Accepted: worth about +${formatMoney(valueM)} to us on the partner's public terms${why}.`,
    };
  }
  const reason = `Refused: worth −${formatMoney(-valueM)} to us on the partner's public terms${judgement.cost ? `, for ${judgement.cost}` : ''}.`;
  return { action: { type: 'deal/refuse', seat, dealId: deal.id, reason: reason.slice(0, 200) }, reason };
}

/** What the warrant tranches this agreement's chips bring closer are worth, $M (none once already signed). */
function warrantValueM(state: GameState, company: CompanyState, deal: Deal): number {
  const partner = state.config.partners.find((p) => p.id === deal.from);
  const warrant = partner?.warrant;
  if (!partner || !warrant || warrantJoined(state, partner, company.id)) return 0;
  let addedMw = 0;
  for (const term of deal.terms) {
    if (term.kind !== 'chipSupply') continue;
    const chip = chipById(state.config, term.chipId);
    const site = company.dataCenters.find((dc) => dc.id === term.dataCenterId);
    const pueBp = state.config.regions.find((r) => r.id === site?.regionId)?.pueBp ?? 10000;
    // k thousand chips × W = kW; with the PUE, facility kW; / 1000 = MW.
    addedMw += Math.floor((term.kPerQuarter * term.quarters * (chip?.powerW ?? 0) * pueBp) / 10000 / 1000);
  }
  // Each MW of the partner's chips brings the next tranche that much closer: count the agreement's MW
  // pro rata (the rest of a tranche comes with chips the lab orders later), within the tranches left.
  const leftMw =
    (warrant.tranches - vestedTranches(state, partner.id)) * warrant.stageMw -
    (partnerMwDeployedFor(state, partner, company) % warrant.stageMw);
  const mw = Math.max(0, Math.min(addedMw, leftMw));
  return applyBp(mulDiv(mw, warrantTrancheM(warrant), warrant.stageMw), WARRANT_CONFIDENCE_BP);
}
