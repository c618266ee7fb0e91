/**
 * Value to the owners: what the company's starting shareholders still hold. Every new share issued
 * (a round, a deal's investment, the listing) dilutes them; shares changing hands between holders do
 * not. Their value is their fraction of the company's whole value — which already counts its net cash
 * and its stakes in others — so a round at a fair price leaves it unchanged, and a cheap one shows.
 *
 * The fraction is kept in millionths (1,000,000 = all of it), not basis points: after dozens of rounds
 * a basis-point figure would round the owners' share away.
 */
import { mulDivFloor } from '../intmath';
import type { CompanyState } from '../state';
import { issueShares } from './cap-table';

export const ALL_OWNERS_PPM = 1_000_000;

/** Issues new shares to `holder` and dilutes the starting owners by the same proportion as everyone. */
export function issueNewShares(company: CompanyState, holder: string, newBp: number): void {
  issueShares(company.capTable, holder, newBp);
  company.ownersPpm = mulDivFloor(company.ownersPpm, 10000 - newBp, 10000);
}

/** The starting owners' share of the company's value, in $M (nothing once it has failed). */
export const ownersValueM = (company: CompanyState): number =>
  company.status === 'bankrupt' ? 0 : mulDivFloor(company.valuationM, company.ownersPpm, ALL_OWNERS_PPM);
