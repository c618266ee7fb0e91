/**
 * The price of an equity round, as the market sets it. Investors start from the company's valuation
 * (which already reflects revenue, growth and sentiment) and ask a discount for what makes a round
 * harder to place: its size against the company, how often the company has come back for money, a
 * market below neutral and shrinking revenue. The discount is what dilution costs the owners: raising
 * often, or a lot at once, buys cash with more of the company than the cash adds. The listing is priced
 * the same way (ipo-price.ts).
 */
import { clamp, mulDiv } from '../intmath';
import type { CompanyState, GameState } from '../state';

/** Discount per 1% of the valuation raised (in bp): a 15% round is priced 7.5% below the valuation. */
const SIZE_DISCOUNT_PER_PERCENT_BP = 50;
/** Discount for each round in the four quarters before this one (and this one's, before a listing). */
const REPEAT_DISCOUNT_BP = 600;
/** Share of the sentiment shortfall below neutral investors add again at the table. */
const SENTIMENT_SHORTFALL_SHARE_BP = 5000;
/** A company whose revenue shrank over the year pays this on top. */
const SHRINKING_DISCOUNT_BP = 1000;
/** No round (nor listing) is priced further below the valuation than this. */
export const MAX_ROUND_DISCOUNT_BP = 6000;
/** Below this sentiment the equity window is shut: no ordinary round finds buyers (a scare that lasts). */
export const EQUITY_WINDOW_MIN_SENTIMENT_BP = 7500;

/**
 * Why ordinary rounds (and listings) find no buyers now, or null while the window is open: the market's
 * mood below the line, or a scare that keeps investors away for a stated number of quarters.
 */
export function equityWindowShut(state: GameState): 'sentiment' | 'scare' | null {
  const until = state.market.equityShutUntilQuarter;
  if (until !== null && until >= state.quarter) return 'scare';
  return state.market.sentimentBp < EQUITY_WINDOW_MIN_SENTIMENT_BP ? 'sentiment' : null;
}

/** What each reason adds to a round's discount, in bp, so a message can say where the discount comes from. */
export interface DiscountParts {
  sizeBp: number;
  /** Rounds counted by `recentRounds`, and the discount they add. */
  repeatRounds: number;
  repeatBp: number;
  sentimentBp: number;
  shrinkingBp: number;
  /** Whether the sum was capped at the maximum discount. */
  capped: boolean;
}

export interface RoundPrice {
  discountBp: number;
  preMoneyM: number;
  parts: DiscountParts;
}

/**
 * Rounds in `quarter` and the four quarters before it. A second ordinary round in a quarter is refused
 * before it is priced, so only a listing can follow a round of its own quarter: it counts, or a lab could
 * raise and list in the same quarter and escape the discount.
 */
export const recentRounds = (company: CompanyState, quarter: number): number =>
  company.equityRoundQuarters.filter((q) => q <= quarter && q >= quarter - 4).length;

export function roundPrice(
  company: CompanyState,
  amountM: number,
  quarter: number,
  sentimentBp: number,
): RoundPrice {
  const sizePercentTenths = mulDiv(amountM, 1000, Math.max(1, company.valuationM));
  const repeatRounds = recentRounds(company, quarter);
  const parts = {
    sizeBp: mulDiv(sizePercentTenths, SIZE_DISCOUNT_PER_PERCENT_BP, 10),
    repeatRounds,
    repeatBp: REPEAT_DISCOUNT_BP * repeatRounds,
    sentimentBp: mulDiv(Math.max(0, 10000 - sentimentBp), SENTIMENT_SHORTFALL_SHARE_BP, 10000),
    shrinkingBp: company.valuation.growthBp < 0 ? SHRINKING_DISCOUNT_BP : 0,
  };
  const sum = parts.sizeBp + parts.repeatBp + parts.sentimentBp + parts.shrinkingBp;
  const discountBp = clamp(sum, 0, MAX_ROUND_DISCOUNT_BP);
  return {
    discountBp,
    preMoneyM: mulDiv(company.valuationM, 10000 - discountBp, 10000),
    parts: { ...parts, capped: sum > MAX_ROUND_DISCOUNT_BP },
  };
}
