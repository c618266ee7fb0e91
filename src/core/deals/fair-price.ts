/**
 * The board's test: a deal that hands over shares at an absurd price is refused, as a board or a court
 * would refuse it. Shares are valued at the market's price (the stake's share of the company's value,
 * after the money a new issue brings in); what the side giving them receives is everything the deal
 * pays it at once (cash, investments, stake prices, shares coming back) plus the value of compute sold
 * to it below the spot price and of revenue shared with it. Less than half the shares' worth is a grab;
 * more than twice is a gift from the buyer's owners. Small stakes (under $50M) are left to the parties.
 */
import { applyBp, mulDiv } from '../intmath';
import { formatMoney } from '../report';
import type { GameError } from '../result';
import type { GameState } from '../state';
import { partyName } from './parties';
import type { Term } from './terms';

const SMALL_STAKE_M = 50;
const MIN_PRICE_BP = 5000;
const MAX_PRICE_BP = 20000;

interface Side {
  sharesOutM: number; // market value of the shares this side hands over
  receivedM: number; // what the deal gives it in return, at the market's prices
  paidM: number; // cash this side pays at once
}

export function checkFairPrice(
  state: GameState,
  from: string,
  to: string,
  terms: readonly Term[],
): GameError | null {
  const sides: Record<string, Side> = {
    [from]: { sharesOutM: 0, receivedM: 0, paidM: 0 },
    [to]: { sharesOutM: 0, receivedM: 0, paidM: 0 },
  };
  const side = (id: string): Side => sides[id] ?? { sharesOutM: 0, receivedM: 0, paidM: 0 };
  const stakeNames: string[] = [];
  for (const term of terms) {
    switch (term.kind) {
      case 'equity': {
        const investee = state.companies[term.investee];
        if (!investee) break;
        const valueM = applyBp(investee.valuationM + term.amountM, term.stakeBp);
        side(term.investee).sharesOutM += valueM;
        side(term.investor).receivedM += valueM;
        side(term.investee).receivedM += term.amountM;
        side(term.investor).paidM += term.amountM;
        stakeNames.push(`${(term.stakeBp / 100).toFixed(2)}% of ${investee.name}`);
        break;
      }
      case 'stakeSale': {
        const target = state.companies[term.companyId];
        if (!target) break;
        const valueM = applyBp(target.valuationM, term.stakeBp);
        side(term.seller).sharesOutM += valueM;
        side(term.buyer).receivedM += valueM;
        side(term.seller).receivedM += term.priceM;
        side(term.buyer).paidM += term.priceM;
        stakeNames.push(`${(term.stakeBp / 100).toFixed(2)}% of ${target.name}`);
        break;
      }
      case 'cash':
        side(term.payee).receivedM += term.amountM;
        side(term.payer).paidM += term.amountM;
        break;
      case 'computeCommitment': {
        const belowSpot = state.market.spotPricePerCu - term.pricePerCu;
        if (belowSpot > 0)
          side(term.buyer).receivedM += mulDiv(belowSpot * term.cuPerQuarter, term.quarters, 1_000_000);
        break;
      }
      case 'revenueShare': {
        const payer = state.companies[term.payer];
        const quarterlyM = payer?.revenueHistoryM[payer.revenueHistoryM.length - 1] ?? 0;
        side(term.payee).receivedM += applyBp(quarterlyM, term.shareBp) * term.quarters;
        break;
      }
      default:
        break;
    }
  }
  for (const [giver, taker] of [
    [from, to],
    [to, from],
  ] as const) {
    const give = side(giver);
    if (give.sharesOutM < SMALL_STAKE_M) continue;
    const shares = stakeNames.join(' and ');
    if (give.receivedM < applyBp(give.sharesOutM, MIN_PRICE_BP))
      return {
        code: 'deal/unfairPrice',
        message: `No board would sign this: ${shares} is worth ${formatMoney(give.sharesOutM)} at the market's price, and ${partyName(state, giver)} would get ${formatMoney(give.receivedM)} for it, less than half.`,
      };
    if (side(taker).paidM > applyBp(give.sharesOutM, MAX_PRICE_BP) + SMALL_STAKE_M)
      return {
        code: 'deal/unfairPrice',
        message: `No board would sign this: ${partyName(state, taker)} would pay ${formatMoney(side(taker).paidM)} for ${shares}, worth ${formatMoney(give.sharesOutM)} at the market's price, more than twice.`,
      };
  }
  return null;
}
