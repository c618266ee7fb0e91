/**
 * The two markets compute is sold in.
 * - The model market: customers' spending on AI models, shared among labs by capability² (the best model
 *   wins disproportionately), with the unseated rest of the market as a competitor. A lab earns the smaller
 *   of its share and what its inference compute can serve.
 * - The spot market for cloud capacity: a linear demand curve. Clouds offer their capacity; the price
 *   falls as more is offered, down to a floor below which buyers take only what the curve says.
 */
import { applyBp, mulDiv, mulDivFloor } from '../intmath';

/**
 * Spot demand moves with investor sentiment at half its swing: much of the AI compute rented by the hour
 * is bought by start-ups spending venture money, which dries up in a scare and floods in a boom, while
 * enterprise buyers keep their budgets. A cloud that overbuilt on a boom's prices finds them gone.
 */
export const spotDemandAtSentiment = (demandCu: number, sentimentBp: number): number =>
  Math.max(1, applyBp(demandCu, 10000 + Math.trunc((sentimentBp - 10000) / 2)));

export interface ModelMarketShare {
  companyId: string;
  demandM: number; // what customers would spend with this lab
  shareBp: number;
}

export function modelMarketShares(
  demandM: number,
  labs: readonly { companyId: string; capability: number }[],
  restOfMarketCapability: number,
): { shares: ModelMarketShare[]; restShareBp: number } {
  const weight = (capability: number) => Math.max(1, capability) ** 2;
  const total = labs.reduce((sum, lab) => sum + weight(lab.capability), weight(restOfMarketCapability));
  const shares = labs.map((lab) => ({
    companyId: lab.companyId,
    demandM: mulDivFloor(demandM, weight(lab.capability), total),
    shareBp: mulDivFloor(10000, weight(lab.capability), total),
  }));
  return { shares, restShareBp: mulDivFloor(10000, weight(restOfMarketCapability), total) };
}

export interface SpotCurve {
  maxPricePerCu: number;
  minPricePerCu: number;
  demandCu: number; // quantity taken at a price of zero
}

export interface SpotClearing {
  pricePerCu: number;
  soldCu: number;
  offeredCu: number;
}

/** Price where the offered quantity meets the demand curve, or the floor and the quantity demanded there. */
export function clearSpot(curve: SpotCurve, offeredCu: number): SpotClearing {
  if (offeredCu <= 0) return { pricePerCu: curve.maxPricePerCu, soldCu: 0, offeredCu: 0 };
  const price = curve.maxPricePerCu - mulDivFloor(curve.maxPricePerCu, offeredCu, curve.demandCu);
  if (price >= curve.minPricePerCu) return { pricePerCu: price, soldCu: offeredCu, offeredCu };
  const takenAtFloor = curve.demandCu - mulDivFloor(curve.demandCu, curve.minPricePerCu, curve.maxPricePerCu);
  return { pricePerCu: curve.minPricePerCu, soldCu: Math.min(offeredCu, takenAtFloor), offeredCu };
}

/** Splits sold quantity among sellers in proportion to what each offered (remainder to the first). */
export function shareSold(sold: number, offers: readonly number[]): number[] {
  const total = offers.reduce((sum, offer) => sum + offer, 0);
  if (total === 0) return offers.map(() => 0);
  const parts = offers.map((offer) => mulDivFloor(sold, offer, total));
  const remainder = sold - parts.reduce((sum, part) => sum + part, 0);
  const first = parts.findIndex((_, i) => (offers[i] ?? 0) > 0);
  if (first >= 0) parts[first] = (parts[first] ?? 0) + remainder;
  return parts;
}

/** $ per CU × CU, in $M rounded half up. */
export const cuRevenueM = (cu: number, pricePerCu: number): number => mulDiv(cu, pricePerCu, 1_000_000);
