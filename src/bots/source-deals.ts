/**
 * The deals the sources describe between two seated companies (a level's `sourceDeals`, e.g. CoreWeave's
 * contracts with OpenAI). A bot in the `from` seat offers one while its window is open, once it is worth
 * something to it, at the stated terms — an equity term's stake priced at the issuer's valuation now — and
 * the other side answers as it answers any proposal (accept, counter or refuse). Not offered again once
 * signed, nor for two quarters after a refusal.
 */
import { type CompanyState, checkDeal, type GameState, type Term } from '../core';
import { startOffset, termParties } from '../core/deals/terms';
import { applyBp } from '../core/intmath';
import type { SourceDeal } from '../core/level/schema';
import { cheapestRegion, rankedChips } from './build';
import { judgeDeal } from './judge';
import { capacityCu, chipAllInCostM, committedCu } from './market';
import type { Proposal, ProposalContext } from './propose';

/**
 * The deal's shape: each term's kind, its two parties and how far ahead it starts, in a fixed order (a
 * commitment sold forward is another deal than the quarterly ones between the same two).
 */
const shapeOf = (terms: readonly Term[]) =>
  terms
    .map((t) => `${t.kind}:${termParties(t).join('>')}+${startOffset(t)}`)
    .sort()
    .join(',');

/** A deal between the two with the same terms, each between the same parties: the source deal, as bargained. */
function sameDeal(source: SourceDeal, deal: GameState['deals'][number]): boolean {
  const pair =
    (deal.from === source.from && deal.to === source.to) ||
    (deal.from === source.to && deal.to === source.from);
  return pair && shapeOf(deal.terms) === shapeOf(source.terms);
}

/** The source deal's terms as offered now: equity stakes at the issuer's current valuation. */
export function sourceDealTerms(state: GameState, source: SourceDeal): Term[] {
  return source.terms.map((term): Term => {
    if (term.kind !== 'equity') return term;
    const valuationM = state.companies[term.investee]?.valuationM ?? 0;
    const stakeBp = Math.max(1, Math.ceil((term.amountM * 10000) / Math.max(1, valuationM + term.amountM)));
    return { ...term, stakeBp };
  });
}

/**
 * A bot sells compute forward only if it can pay to build what it lacks: the chips and sites for the CU
 * beyond what it computes today and has not sold, against its cash and the outside money (debt headroom
 * and an equity round) its personality would bet. A financier, who does not borrow, does not bet the
 * company on ten years of OpenAI's demand; a builder does (the article's dilemma, Oracle's side of it).
 */
function canBuildForward(
  state: GameState,
  company: CompanyState,
  terms: readonly Term[],
  ctx: ProposalContext,
): boolean {
  let soldCu = 0;
  for (const t of terms)
    if (t.kind === 'computeCommitment' && t.provider === company.id && startOffset(t) > 0)
      soldCu += t.cuPerQuarter;
  if (soldCu === 0) return true;
  const lackingCu = soldCu - Math.max(0, capacityCu(state, company) - committedCu(state, company.id));
  const chip = rankedChips(state, company)[0];
  if (lackingCu <= 0 || !chip) return lackingCu <= 0;
  const buildM = Math.ceil(lackingCu / chip.computeTf) * chipAllInCostM(chip, cheapestRegion(state));
  // Outside money, borrowed or raised, in the measure the personality bets on it (its debt appetite).
  const outsideM = applyBp(ctx.outlook.debtRoomM + ctx.outlook.equityRoomM, ctx.traits.debtAppetiteBp);
  return buildM <= Math.max(0, ctx.freeCashM) + outsideM;
}

export function sourceDealProposal(state: GameState, ctx: ProposalContext): Proposal | null {
  const company: CompanyState = ctx.company;
  const quarter = state.quarter + 1;
  for (const source of state.config.sourceDeals ?? []) {
    const { window: open } = source; // the quarters the level lets it be offered in
    if (source.from !== company.id || quarter < open.from || quarter > open.to) continue;
    const other = state.companies[source.to];
    if (!other || other.status === 'bankrupt' || !state.seats.some((s) => s.companyId === other.id)) continue;
    const done = state.deals.some(
      (deal) =>
        sameDeal(source, deal) &&
        (deal.signedQuarter !== null ||
          deal.proposedQuarter === state.quarter ||
          ((deal.status === 'refused' || deal.status === 'blocked') &&
            deal.proposedQuarter >= state.quarter - 2)),
    );
    if (done) continue;
    const terms = sourceDealTerms(state, source);
    if (checkDeal(state, company.id, source.to, terms)) continue;
    if (!canBuildForward(state, company, terms, ctx)) continue;
    const mine = judgeDeal(state, company, company.id, source.to, terms, ctx.traits, ctx.outlook);
    if (mine.ruin || mine.valueM <= 0) continue;
    return { action: { type: 'deal/propose', seat: company.id, to: source.to, terms }, valueM: mine.valueM };
  }
  return null;
}
