/**
 * The listing's price. An IPO is the largest equity round a company ever sells, so the market prices it
 * as it prices every round (round-price.ts): the float is a round whose size is the float's proceeds at
 * the market valuation, and the repeat rounds of the last year, a market below neutral and shrinking
 * revenue add their discounts. A lab that kept raising just before it lists, lists cheaper.
 *
 * No separate IPO underpricing is added (markets price US listings about 15–19% below their first day's
 * trade, Jay Ritter's statistics, not in FACTS): the round logic alone already prices the bots' listings
 * 15–30% below the market valuation, as labs raise in most quarters before they list, and a second
 * discount on top would charge the same thing twice.
 */
import { mulDiv } from '../intmath';
import type { CompanyState, GameState } from '../state';
import { type DiscountParts, roundPrice } from './round-price';

export interface ListingPrice {
  /** Below the market valuation, in bp. */
  discountBp: number;
  /** Where the discount comes from. */
  parts: DiscountParts;
  /** The valuation the company lists at (pre-money, at the listing's price): the IPO objective's figure. */
  listingValuationM: number;
  /** What the public pays for the float: listing valuation × float / (1 − float). */
  proceedsM: number;
}

export function listingPrice(state: GameState, company: CompanyState): ListingPrice {
  const { floatBp } = state.config.market.ipo;
  const floatAtMarketM = mulDiv(company.valuationM, floatBp, 10000 - floatBp);
  const price = roundPrice(company, floatAtMarketM, state.quarter, state.market.sentimentBp);
  return {
    discountBp: price.discountBp,
    parts: price.parts,
    listingValuationM: price.preMoneyM,
    proceedsM: mulDiv(price.preMoneyM, floatBp, 10000 - floatBp),
  };
}
